package vn.hocso.organization.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hocso.identity.CurrentCaller;
import vn.hocso.organization.OrgScope;
import vn.hocso.organization.OrgScopes;
import vn.hocso.organization.OrgUnitEvents.OrgUnitClosed;
import vn.hocso.organization.OrgUnitEvents.OrgUnitCreated;
import vn.hocso.organization.OrgUnitEvents.OrgUnitMerged;
import vn.hocso.organization.OrgUnitEvents.OrgUnitMoved;
import vn.hocso.organization.OrgUnitEvents.OrgUnitRenamed;
import vn.hocso.organization.OrgUnitType;
import vn.hocso.organization.domain.OrgUnitChange.Kind;
import vn.hocso.platform.ProblemException;

/**
 * Changes to the tree. Every change is checked against the caller's scope, written to the
 * unit's history and published as an event, in one transaction.
 */
@Service
@Transactional
public class OrgTreeService {

	private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9._-]{0,63}");

	private final OrgUnitRepository units;

	private final OrgUnitChangeRepository changes;

	private final OrgScopes scopes;

	private final CurrentCaller currentCaller;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	OrgTreeService(OrgUnitRepository units, OrgUnitChangeRepository changes, OrgScopes scopes,
			CurrentCaller currentCaller, ApplicationEventPublisher events, Clock clock) {
		this.units = units;
		this.changes = changes;
		this.scopes = scopes;
		this.currentCaller = currentCaller;
		this.events = events;
		this.clock = clock;
	}

	public record NewOrgUnit(String code, String name, OrgUnitType type, @Nullable Long parentId, LocalDate validFrom) {
	}

	@PreAuthorize("hasRole('ADMIN')")
	public OrgUnit create(NewOrgUnit command) {
		if (command.parentId() == null) {
			throw ProblemException.badRequest("org-unit.parent-required");
		}
		return createRecordedBy(command, currentCaller.get().username());
	}

	/**
	 * Creates a unit (a root when parentId is null) on behalf of {@code recordedBy},
	 * unscoped: for importers.
	 */
	public OrgUnit createRecordedBy(NewOrgUnit command, String recordedBy) {
		if (!CODE.matcher(command.code()).matches()) {
			throw ProblemException.badRequest("org-unit.code-invalid", command.code());
		}
		if (units.existsByCode(command.code())) {
			throw ProblemException.conflict("org-unit.code-taken", command.code());
		}
		OrgUnit parent = command.parentId() == null ? null : load(command.parentId());
		if (parent != null && !recordedBy.startsWith("system:")) {
			requireInScope(parent);
		}
		OrgUnit unit = units
			.save(new OrgUnit(command.code(), command.name().strip(), command.type(), parent, command.validFrom()));
		unit.placeUnder(parent);
		record(unit, Kind.CREATED, command.validFrom(), null, unit.getName(), null, null, recordedBy);
		events.publishEvent(new OrgUnitCreated(unit.getId(), unit.getCode()));
		return unit;
	}

	@PreAuthorize("hasRole('ADMIN')")
	public OrgUnit rename(long unitId, String newName, LocalDate effectiveDate) {
		OrgUnit unit = loadInScope(unitId);
		String old = unit.rename(newName.strip(), effectiveDate);
		record(unit, Kind.RENAMED, effectiveDate, old, unit.getName(), null, null, currentCaller.get().username());
		events.publishEvent(new OrgUnitRenamed(unitId, old, unit.getName(), effectiveDate));
		return unit;
	}

	@PreAuthorize("hasRole('ADMIN')")
	public OrgUnit move(long unitId, long newParentId, LocalDate effectiveDate) {
		OrgUnit unit = loadInScope(unitId);
		OrgUnit newParent = loadInScope(newParentId);
		moveUnder(unit, newParent, effectiveDate, currentCaller.get().username());
		return unit;
	}

	/**
	 * Merges a unit into another on a date (e.g. the 2025 commune mergers): the unit is
	 * kept as MERGED with its history, its open sub-units move under the target, and
	 * listeners move its people.
	 */
	@PreAuthorize("hasRole('ADMIN')")
	public OrgUnit merge(long unitId, long targetId, LocalDate effectiveDate) {
		OrgUnit unit = loadInScope(unitId);
		OrgUnit target = loadInScope(targetId);
		String actor = currentCaller.get().username();
		unit.mergeInto(target, effectiveDate);
		for (OrgUnit child : units.findOpenChildren(unitId)) {
			moveUnder(child, target, effectiveDate, actor);
		}
		record(unit, Kind.MERGED, effectiveDate, unit.getName(), target.getName(), target.getId(), null, actor);
		events.publishEvent(new OrgUnitMerged(unitId, target.getId(), effectiveDate));
		return unit;
	}

	@PreAuthorize("hasRole('ADMIN')")
	public OrgUnit close(long unitId, LocalDate effectiveDate, @Nullable String reason) {
		OrgUnit unit = loadInScope(unitId);
		List<OrgUnit> openChildren = units.findOpenChildren(unitId);
		if (!openChildren.isEmpty()) {
			throw ProblemException.conflict("org-unit.has-open-children", unit.getCode(), openChildren.size());
		}
		unit.close(effectiveDate);
		record(unit, Kind.CLOSED, effectiveDate, null, null, null, reason, currentCaller.get().username());
		events.publishEvent(new OrgUnitClosed(unitId, effectiveDate));
		return unit;
	}

	private void moveUnder(OrgUnit unit, OrgUnit newParent, LocalDate effectiveDate, String actor) {
		long fromParentId = unit.getParentId() == null ? 0 : unit.getParentId();
		String fromParentName = unit.getParentId() == null ? null : load(unit.getParentId()).getName();
		String oldPrefix = unit.getPath();
		unit.moveUnder(newParent, effectiveDate);
		units.save(unit);
		units.rewriteDescendantPaths(oldPrefix, unit.getPath());
		record(unit, Kind.MOVED, effectiveDate, fromParentName, newParent.getName(), newParent.getId(), null, actor);
		events.publishEvent(new OrgUnitMoved(unit.getId(), fromParentId, newParent.getId(), oldPrefix, unit.getPath(),
				effectiveDate));
	}

	private OrgUnit loadInScope(long unitId) {
		OrgUnit unit = load(unitId);
		requireInScope(unit);
		return unit;
	}

	private void requireInScope(OrgUnit unit) {
		OrgScope scope = scopes.current();
		if (!scope.covers(unit.getPath())) {
			throw ProblemException.forbidden("org-unit.out-of-scope", unit.getCode());
		}
	}

	private OrgUnit load(long unitId) {
		return units.findById(unitId).orElseThrow(() -> ProblemException.notFound("org-unit.not-found", unitId));
	}

	private void record(OrgUnit unit, Kind kind, LocalDate effectiveDate, @Nullable String oldValue,
			@Nullable String newValue, @Nullable Long relatedUnitId, @Nullable String reason, String actor) {
		changes.save(new OrgUnitChange(unit.getId(), kind, effectiveDate, oldValue, newValue, relatedUnitId, reason,
				clock.instant(), actor));
	}

}
