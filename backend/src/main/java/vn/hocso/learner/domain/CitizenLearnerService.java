package vn.hocso.learner.domain;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hocso.learner.CitizenLearners;
import vn.hocso.learner.LearnerCategory;
import vn.hocso.organization.OrgUnitDirectory;
import vn.hocso.organization.OrgUnitSummary;
import vn.hocso.platform.ProblemException;
import vn.hocso.platform.VietnamTime;

/**
 * {@link CitizenLearners}: citizens' records, written for the citizen module (which
 * checks who may).
 */
@Service
@Transactional
class CitizenLearnerService implements CitizenLearners {

	private final LearnerRepository learners;

	private final LearnerHistoryRepository history;

	private final OrgUnitDirectory units;

	private final ApplicationEventPublisher events;

	CitizenLearnerService(LearnerRepository learners, LearnerHistoryRepository history, OrgUnitDirectory units,
			ApplicationEventPublisher events) {
		this.learners = learners;
		this.history = history;
		this.units = units;
		this.events = events;
	}

	@Override
	public long register(String username, String fullName, long communeUnitId, @Nullable String gender, Instant at) {
		UnitRef commune = openUnit(communeUnitId);
		LearnerDetails details = new LearnerDetails(fullName, null, gender == null ? null : Gender.valueOf(gender),
				null, null, null, LearnerCategory.CITIZEN, null);
		Learner learner = learners.save(new Learner(details, commune, LocalDate.ofInstant(at, VietnamTime.ZONE)));
		events.publishEvent(new CitizenRegistered(learner.getId(), username, commune.id(), at));
		return learner.getId();
	}

	@Override
	public void moveToCommune(long learnerId, long communeUnitId) {
		Learner learner = citizen(learnerId);
		if (learner.getUnitId() != communeUnitId) {
			learner.moveTo(openUnit(communeUnitId));
		}
	}

	@Override
	public void erase(long learnerId, Instant at) {
		Learner learner = citizen(learnerId);
		learner.erase(LocalDate.ofInstant(at, VietnamTime.ZONE));
		// The history holds names and values before and after: it goes with them.
		history.deleteAll(history.findByLearnerIdOrderByRecordedAtAscIdAsc(learnerId));
		events.publishEvent(new CitizenErased(learnerId, at));
	}

	private Learner citizen(long learnerId) {
		return learners.findById(learnerId)
			.filter(learner -> learner.getCategory() == LearnerCategory.CITIZEN)
			.orElseThrow(() -> ProblemException.notFound("learner.not-found", learnerId));
	}

	private UnitRef openUnit(long unitId) {
		OrgUnitSummary unit = units.find(unitId)
			.orElseThrow(() -> ProblemException.notFound("org-unit.not-found", unitId));
		if (!unit.status().isOpen()) {
			throw ProblemException.conflict("learner.unit-not-active", unit.code());
		}
		return new UnitRef(unit.id(), unit.code(), unit.path());
	}

}
