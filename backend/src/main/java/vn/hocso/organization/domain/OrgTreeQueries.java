package vn.hocso.organization.domain;

import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hocso.organization.OrgScope;
import vn.hocso.organization.OrgScopes;
import vn.hocso.platform.ProblemException;

/** Reads of the tree, always within the caller's scope. */
@Service
@Transactional(readOnly = true)
public class OrgTreeQueries {

	private final OrgUnitRepository units;

	private final OrgUnitChangeRepository changes;

	private final OrgScopes scopes;

	OrgTreeQueries(OrgUnitRepository units, OrgUnitChangeRepository changes, OrgScopes scopes) {
		this.units = units;
		this.changes = changes;
		this.scopes = scopes;
	}

	/**
	 * The visible units (flat, parents before children), optionally starting lower down
	 * at {@code rootId}.
	 */
	public List<OrgUnit> visibleSubtree(@Nullable Long rootId, boolean includeClosed) {
		OrgScope scope = scopes.current();
		List<String> roots = scope.rootPaths();
		if (rootId != null) {
			OrgUnit root = units.findById(rootId)
				.orElseThrow(() -> ProblemException.notFound("org-unit.not-found", rootId));
			if (!scope.covers(root.getPath())) {
				throw ProblemException.forbidden("org-unit.out-of-scope", root.getCode());
			}
			roots = List.of(root.getPath());
		}
		return roots.stream()
			.flatMap(prefix -> units.findSubtree(prefix).stream())
			.filter(unit -> includeClosed || unit.getStatus().isOpen())
			.toList();
	}

	public OrgUnit visibleUnit(long unitId) {
		OrgUnit unit = units.findById(unitId)
			.orElseThrow(() -> ProblemException.notFound("org-unit.not-found", unitId));
		if (!scopes.current().covers(unit.getPath())) {
			throw ProblemException.forbidden("org-unit.out-of-scope", unit.getCode());
		}
		return unit;
	}

	public List<OrgUnit> pathOf(OrgUnit unit) {
		return units.findByIdIn(unit.pathIds())
			.stream()
			.sorted(Comparator.comparingInt(u -> u.getPath().length()))
			.toList();
	}

	public List<OrgUnitChange> historyOf(OrgUnit unit) {
		return changes.findByUnitIdOrderByRecordedAtAscIdAsc(unit.getId());
	}

}
