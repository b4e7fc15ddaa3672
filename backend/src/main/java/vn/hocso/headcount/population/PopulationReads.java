package vn.hocso.headcount.population;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hocso.headcount.VerifiedPopulations;
import vn.hocso.headcount.domain.DeclarationStatus;
import vn.hocso.organization.AccessPolicy;
import vn.hocso.organization.OrgScopes;
import vn.hocso.organization.OrgUnitDirectory;
import vn.hocso.organization.OrgUnitSummary;
import vn.hocso.organization.OrgUnitType;
import vn.hocso.organization.ScopedAction;
import vn.hocso.platform.ProblemException;

/**
 * Reads of working-age populations, scoped to the caller; and the unscoped figures for
 * planning.
 */
@Service
@Transactional(readOnly = true)
public class PopulationReads implements VerifiedPopulations {

	private final PopulationDeclarationRepository declarations;

	private final AccessPolicy access;

	private final OrgScopes scopes;

	private final OrgUnitDirectory units;

	PopulationReads(PopulationDeclarationRepository declarations, AccessPolicy access, OrgScopes scopes,
			OrgUnitDirectory units) {
		this.declarations = declarations;
		this.access = access;
		this.scopes = scopes;
		this.units = units;
	}

	/**
	 * A commune of the subtree with its figure in force and the one waiting for a
	 * decision, if any.
	 */
	public record CommuneLine(OrgUnitSummary commune, @Nullable String parentName,
			@Nullable PopulationDeclaration approved, @Nullable PopulationDeclaration latest) {
	}

	/**
	 * Every open commune under the unit (the caller's own subtree by default), for the
	 * year.
	 */
	public List<CommuneLine> communes(String period, @Nullable Long unitId) {
		String prefix = prefix(unitId);
		Map<Long, PopulationDeclaration> approved = new HashMap<>();
		Map<Long, PopulationDeclaration> latest = new HashMap<>();
		for (PopulationDeclaration d : declarations.findInSubtree(prefix, period,
				EnumSet.allOf(DeclarationStatus.class))) {
			if (d.getStatus() == DeclarationStatus.APPROVED) {
				approved.merge(d.getUnitId(), d, PopulationReads::later);
			}
			if (d.getStatus() != DeclarationStatus.SUPERSEDED) {
				latest.merge(d.getUnitId(), d, PopulationReads::later);
			}
		}
		List<OrgUnitSummary> subtree = units.subtree(prefix);
		Map<Long, String> names = new HashMap<>();
		subtree.forEach(u -> names.put(u.id(), u.name()));
		return subtree.stream()
			.filter(u -> u.type() == OrgUnitType.COMMUNE && (u.status().isOpen() || approved.containsKey(u.id())))
			.sorted(Comparator.comparing(OrgUnitSummary::path))
			.map(u -> new CommuneLine(u, u.parentId() == null ? null : names.get(u.parentId()), approved.get(u.id()),
					latest.get(u.id())))
			.toList();
	}

	/** Every revision of the commune's figures for the year, newest first. */
	public List<PopulationDeclaration> history(long unitId, String period) {
		access.requireRole(ScopedAction.POPULATION_READ);
		scopes.requireVisible(unitId);
		return declarations.findByUnitIdAndPeriodOrderByRevisionDesc(unitId, period);
	}

	public PopulationDeclaration get(long id) {
		access.requireRole(ScopedAction.POPULATION_READ);
		PopulationDeclaration declaration = declarations.findById(id)
			.orElseThrow(() -> ProblemException.notFound("population.not-found", String.valueOf(id)));
		access.requireUnit(ScopedAction.POPULATION_READ, declaration.getUnitPath());
		return declaration;
	}

	@Override
	public Map<Long, Figure> workingAgeByUnitInSubtree(String unitPathPrefix, int year) {
		Map<Long, PopulationDeclaration> best = new HashMap<>();
		for (PopulationDeclaration d : declarations.findApprovedInSubtreeUpTo(unitPathPrefix, String.valueOf(year))) {
			best.merge(d.getUnitId(), d, PopulationReads::later);
		}
		Map<Long, Figure> figures = new HashMap<>();
		best.forEach((unitId, d) -> figures.put(unitId, new Figure(d.getWorkingAge(), d.getPeriod(), d.getSource())));
		return figures;
	}

	private String prefix(@Nullable Long unitId) {
		access.requireRole(ScopedAction.POPULATION_READ);
		if (unitId != null) {
			OrgUnitSummary unit = units.find(unitId)
				.orElseThrow(() -> ProblemException.notFound("org-unit.not-found", unitId));
			access.requireUnit(ScopedAction.POPULATION_READ, unit.path());
			return unit.path();
		}
		var roots = scopes.current().rootPaths();
		if (roots.isEmpty()) {
			throw ProblemException.forbidden("access.out-of-scope");
		}
		return roots.getFirst();
	}

	/** The later year, then the later revision. */
	private static PopulationDeclaration later(PopulationDeclaration a, PopulationDeclaration b) {
		int byPeriod = a.getPeriod().compareTo(b.getPeriod());
		if (byPeriod != 0) {
			return byPeriod > 0 ? a : b;
		}
		return a.getRevision() >= b.getRevision() ? a : b;
	}

}
