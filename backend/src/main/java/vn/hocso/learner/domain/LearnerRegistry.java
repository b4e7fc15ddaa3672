package vn.hocso.learner.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hocso.learner.LearnerCategory;
import vn.hocso.learner.domain.LearnerHistory.Kind;
import vn.hocso.organization.OrgScope;
import vn.hocso.organization.OrgScopes;
import vn.hocso.organization.OrgUnitSummary;
import vn.hocso.platform.ProblemException;

/**
 * The registry as the caller sees it: every read and write limited to the caller's
 * subtree, every change recorded.
 */
@Service
@Transactional
public class LearnerRegistry {

	private final LearnerRepository learners;

	private final LearnerHistoryRepository history;

	private final OrgScopes scopes;

	private final Actor actor;

	private final Clock clock;

	LearnerRegistry(LearnerRepository learners, LearnerHistoryRepository history, OrgScopes scopes, Actor actor,
			Clock clock) {
		this.learners = learners;
		this.history = history;
		this.scopes = scopes;
		this.actor = actor;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Page<Learner> search(@Nullable String q, @Nullable Long unitId, @Nullable LearnerCategory category,
			@Nullable LearnerStatus status, Pageable page) {
		OrgScope scope = scopes.current();
		String prefix;
		if (unitId != null) {
			prefix = scopes.requireVisible(unitId).path();
		}
		else if (scope.rootPaths().size() == 1) {
			prefix = scope.rootPaths().get(0);
		}
		else {
			// No scope (an account without a unit) sees nobody.
			return Page.empty(page);
		}
		return learners.findAll(new LearnerSearch(q, prefix, category, status).specification(), page);
	}

	@Transactional(readOnly = true)
	public Learner get(long id) {
		Learner learner = learners.findById(id)
			.filter(found -> found.getCategory() != LearnerCategory.CITIZEN)
			.orElseThrow(() -> ProblemException.notFound("learner.not-found", id));
		if (!scopes.current().covers(learner.getUnitPath())) {
			throw ProblemException.forbidden("learner.out-of-scope", id);
		}
		return learner;
	}

	@Transactional(readOnly = true)
	public List<LearnerHistory> history(long id) {
		get(id);
		return history.findByLearnerIdOrderByRecordedAtAscIdAsc(id);
	}

	public Learner create(LearnerDetails details, long unitId, @Nullable LocalDate validFrom) {
		UnitRef unit = writableUnit(unitId);
		requireCitizenIdFree(details.citizenId(), null);
		LocalDate from = validFrom == null ? LocalDate.now(clock) : validFrom;
		Learner learner = learners.save(new Learner(details, unit, from));
		record(learner, Kind.CREATED, from, null, null, unit.id(), null);
		return learner;
	}

	public Learner update(long id, LearnerDetails details) {
		Learner learner = get(id);
		requireCitizenIdFree(details.citizenId(), id);
		List<String> changes = learner.update(details);
		if (!changes.isEmpty()) {
			record(learner, Kind.UPDATED, LocalDate.now(clock), String.join("; ", changes), null, null, null);
		}
		return learner;
	}

	public Learner move(long id, long unitId, LocalDate effectiveDate) {
		Learner learner = get(id);
		UnitRef to = writableUnit(unitId);
		long from = learner.getUnitId();
		learner.moveTo(to);
		record(learner, Kind.MOVED, effectiveDate, "unit: " + from + " → " + to.id(), from, to.id(), null);
		return learner;
	}

	public Learner leave(long id, LocalDate effectiveDate, @Nullable String reason) {
		Learner learner = get(id);
		learner.leave(effectiveDate);
		record(learner, Kind.LEFT, effectiveDate, null, learner.getUnitId(), null, reason);
		return learner;
	}

	void record(Learner learner, Kind kind, LocalDate date, @Nullable String changes, @Nullable Long fromUnit,
			@Nullable Long toUnit, @Nullable String reason) {
		history.save(new LearnerHistory(learner.getId(), kind, date, changes, fromUnit, toUnit, reason, clock.instant(),
				actor.name()));
	}

	private UnitRef writableUnit(long unitId) {
		OrgUnitSummary unit = scopes.requireVisible(unitId);
		if (!unit.status().isOpen()) {
			throw ProblemException.conflict("learner.unit-not-active", unit.code());
		}
		return new UnitRef(unit.id(), unit.code(), unit.path());
	}

	private void requireCitizenIdFree(@Nullable String citizenId, @Nullable Long self) {
		if (citizenId == null) {
			return;
		}
		boolean taken = self == null ? learners.existsByCitizenId(citizenId)
				: learners.existsByCitizenIdAndIdNot(citizenId, self);
		if (taken) {
			throw ProblemException.conflict("learner.citizen-id-taken", citizenId);
		}
	}

}
