package vn.hocso.organization;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hocso.identity.Caller;
import vn.hocso.identity.CurrentCaller;
import vn.hocso.organization.domain.OrgUnit;
import vn.hocso.organization.domain.OrgUnitRepository;
import vn.hocso.organization.domain.ScopePolicy;
import vn.hocso.platform.ProblemException;

/**
 * The one scoping mechanism: every module asks it what the caller may see and checks each
 * unit it reads or writes against it. Outside the scope is 403; a unit that does not
 * exist is 404.
 */
@Service
@Transactional(readOnly = true)
public class OrgScopes {

	private final OrgUnitRepository units;

	private final CurrentCaller currentCaller;

	OrgScopes(OrgUnitRepository units, CurrentCaller currentCaller) {
		this.units = units;
		this.currentCaller = currentCaller;
	}

	/** The current request's caller's scope. */
	public OrgScope current() {
		return of(currentCaller.get());
	}

	public OrgScope of(Caller caller) {
		return scopeRoot(caller).map(root -> new OrgScope(List.of(root.getPath()))).orElseGet(OrgScope::nothing);
	}

	/** Fails unless the current caller may see the unit; returns it. */
	public OrgUnitSummary requireVisible(long unitId) {
		OrgUnit unit = units.findById(unitId)
			.orElseThrow(() -> ProblemException.notFound("org-unit.not-found", unitId));
		if (!current().covers(unit.getPath())) {
			throw ProblemException.forbidden("org-unit.out-of-scope", unit.getCode());
		}
		return OrgUnitMapping.summary(unit);
	}

	/** The unit at the top of the caller's visible subtree, if the caller has one. */
	Optional<OrgUnit> scopeRoot(Caller caller) {
		if (caller.orgUnitCode() == null) {
			return Optional.empty();
		}
		return units.findByCode(caller.orgUnitCode()).map(own -> {
			List<OrgUnit> ancestors = units.findByIdIn(own.pathIds())
				.stream()
				.sorted(Comparator.comparingInt(u -> u.getPath().length()))
				.toList();
			return ScopePolicy.scopeRoot(caller, own, ancestors);
		});
	}

}
