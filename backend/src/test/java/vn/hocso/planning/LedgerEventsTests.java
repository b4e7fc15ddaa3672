package vn.hocso.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.web.servlet.MockMvc;

import vn.hocso.certificate.CertificateIssued;
import vn.hocso.enrolment.EnrolmentCompleted;
import vn.hocso.enrolment.EnrolmentDirectory;
import vn.hocso.enrolment.EnrolmentRef;
import vn.hocso.enrolment.EnrolmentStatus;
import vn.hocso.learner.LearnerCategory;
import vn.hocso.learner.LearnerSummary;
import vn.hocso.organization.OrgUnitDirectory;
import vn.hocso.organization.OrgUnitEvents.OrgUnitMerged;
import vn.hocso.organization.OrgUnitEvents.OrgUnitMoved;
import vn.hocso.organization.OrgUnitStatus;
import vn.hocso.organization.OrgUnitSummary;
import vn.hocso.organization.OrgUnitType;
import vn.hocso.planning.domain.ProgressLedger;
import vn.hocso.planning.domain.ProgressLedger.Counted;
import vn.hocso.planning.domain.ProgressLedger.Filter;
import vn.hocso.planning.domain.ProgressLedger.PathCount;

/**
 * Planning's ledger is fed by other modules' events, published here as those modules
 * publish them: a completion (enrolment) and a certificate (certificate) each leave one
 * fact on the learner's current unit, on the Vietnam day; a merge and a move
 * (organization) take the facts along. The per-unit counts always equal the facts
 * recounted. Learners live in units of their own paths, away from every other test's.
 */
@PlanningModuleTest
class LedgerEventsTests {

	private static final AtomicLong IDS = new AtomicLong(System.nanoTime() % 1_000_000 * 1_000 + 9_000_000_000L);

	private static final Filter ANY = new Filter(Set.of(), Set.of(), Set.of());

	/** 18:30 UTC on 30 September is 01:30 on 1 October in Vietnam. */
	private static final Instant LATE_EVENING_UTC = Instant.parse("2026-09-30T18:30:00Z");

	private static final LocalDate VIETNAM_DAY = LocalDate.of(2026, 10, 1);

	@Autowired
	ProgressLedger ledger;

	@Autowired
	PlanningLearners learners;

	@Autowired
	OrgUnitDirectory units;

	@Autowired
	EnrolmentDirectory enrolments;

	@Autowired
	MockMvc mvc;

	@Test
	void aCompletionCountsOnceOnTheLearnersCurrentUnitFromItsVietnamDay(Scenario scenario) {
		OrgUnitSummary unit = unitOfItsOwn();
		LearnerSummary learner = learners.add(unit, LearnerCategory.CONG_CHUC);
		long enrolment = IDS.incrementAndGet();
		long enrolledInUnit = IDS.incrementAndGet();
		EnrolmentCompleted completed = new EnrolmentCompleted(enrolment, learner.id(), 31, 501, null, enrolledInUnit,
				LATE_EVENING_UTC, 90);

		scenario.publish(completed)
			.andWaitForStateChange(() -> ledger.knows(enrolment))
			.andVerify(known -> assertThat(counted(unit.path(), Counted.COMPLETED, VIETNAM_DAY))
				.containsExactly(new PathCount(unit.path(), LearnerCategory.CONG_CHUC, 1)));
		assertThat(counted(unit.path(), Counted.COMPLETED, VIETNAM_DAY.minusDays(1)))
			.as("not yet on the UTC day before")
			.isEmpty();
		assertThat(counted(unit.path(), Counted.CERTIFIED, VIETNAM_DAY)).as("completed is not certified").isEmpty();

		scenario
			.publish(new EnrolmentCompleted(enrolment, learner.id(), 31, 501, null, enrolledInUnit,
					LATE_EVENING_UTC.plusSeconds(86_400), 95))
			.andWaitForStateChange(() -> counted(unit.path(), Counted.COMPLETED, VIETNAM_DAY))
			.andVerify(counts -> assertThat(counts).as("a repeated completion counts once, on its first day")
				.containsExactly(new PathCount(unit.path(), LearnerCategory.CONG_CHUC, 1)));
	}

	@Test
	void aCompletionOfALearnerUnknownToTheRegistryLeavesNoFact(Scenario scenario) {
		long enrolment = IDS.incrementAndGet();
		long unknownLearner = IDS.incrementAndGet();

		scenario.publish(new EnrolmentCompleted(enrolment, unknownLearner, 31, 501, null, 1, LATE_EVENING_UTC, 90))
			.andWaitForStateChange(() -> ledger.knows(enrolment), known -> true)
			.andVerify(known -> assertThat(known).isFalse());
	}

	@Test
	void aCertificateCountsForTheCertifiedRuleOnTheDayItWasIssued(Scenario scenario) {
		OrgUnitSummary unit = unitOfItsOwn();
		LearnerSummary learner = learners.add(unit, LearnerCategory.VIEN_CHUC);
		long enrolment = IDS.incrementAndGet();
		given(enrolments.find(enrolment)).willReturn(Optional.of(new EnrolmentRef(enrolment, learner.id(), 32, 502, 1L,
				unit.id(), unit.path(), null, EnrolmentStatus.COMPLETED, null, null, LATE_EVENING_UTC)));

		scenario
			.publish(new CertificateIssued(IDS.incrementAndGet(), enrolment, learner.id(), "HS-LEDGER",
					LATE_EVENING_UTC))
			.andWaitForStateChange(() -> ledger.knows(enrolment))
			.andVerify(known -> assertThat(counted(unit.path(), Counted.CERTIFIED, VIETNAM_DAY))
				.containsExactly(new PathCount(unit.path(), LearnerCategory.VIEN_CHUC, 1)));
		assertThat(counted(unit.path(), Counted.CERTIFIED, VIETNAM_DAY.minusDays(1))).isEmpty();
		assertThat(counted(unit.path(), Counted.COMPLETED, VIETNAM_DAY)).as("certified is not completed").isEmpty();
	}

	@Test
	void aMergeTakesTheMergedUnitsFactsToTheUnitItMergedIntoAndAMoveTakesThemAlong(Scenario scenario) throws Exception {
		OrgUnitSummary merged = unitOfItsOwn();
		OrgUnitSummary into = realDistrict();
		completedIn(scenario, merged, LearnerCategory.CONG_CHUC);
		completedIn(scenario, merged, LearnerCategory.CONG_CHUC);
		completedIn(scenario, merged, LearnerCategory.CAN_BO);

		scenario.publish(new OrgUnitMerged(merged.id(), into.id(), VIETNAM_DAY))
			.andWaitForStateChange(() -> counted(into.path(), Counted.COMPLETED, VIETNAM_DAY),
					counts -> !counts.isEmpty())
			.andVerify(counts -> assertThat(counts).containsExactlyInAnyOrder(
					new PathCount(into.path(), LearnerCategory.CONG_CHUC, 2),
					new PathCount(into.path(), LearnerCategory.CAN_BO, 1)));
		assertThat(counted(merged.path(), Counted.COMPLETED, VIETNAM_DAY)).isEmpty();

		// Moving the unit's ledger copy out again (an event only: the org tree stays)
		// also keeps the province's figures free of this test's learners.
		String away = ownPath();
		scenario.publish(new OrgUnitMoved(into.id(), 1, 2, into.path(), away, VIETNAM_DAY))
			.andWaitForStateChange(() -> counted(away, Counted.COMPLETED, VIETNAM_DAY), counts -> !counts.isEmpty())
			.andVerify(counts -> assertThat(counts).containsExactlyInAnyOrder(
					new PathCount(away, LearnerCategory.CONG_CHUC, 2), new PathCount(away, LearnerCategory.CAN_BO, 1)));
		assertThat(counted(into.path(), Counted.COMPLETED, VIETNAM_DAY)).isEmpty();
	}

	private void completedIn(Scenario scenario, OrgUnitSummary unit, LearnerCategory category) {
		LearnerSummary learner = learners.add(unit, category);
		long enrolment = IDS.incrementAndGet();
		scenario
			.publish(new EnrolmentCompleted(enrolment, learner.id(), 33, 503, null, unit.id(), LATE_EVENING_UTC, 80))
			.andWaitForStateChange(() -> ledger.knows(enrolment))
			.andVerify(known -> assertThat(known).isTrue());
	}

	/**
	 * What the ledger counts under the path on the day: from its per-unit counts, which
	 * must equal its facts recounted.
	 */
	private List<PathCount> counted(String path, Counted counted, LocalDate day) {
		List<PathCount> fromFacts = ledger.recountByPathAndCategory(path, counted, ANY, day);
		assertThat(ledger.countByPathAndCategory(path, counted, ANY, day))
			.as("the per-unit counts equal the facts recounted")
			.containsExactlyInAnyOrderElementsOf(fromFacts);
		return fromFacts;
	}

	/** A unit the ledger only knows from events: no other test counts its path. */
	private OrgUnitSummary unitOfItsOwn() {
		long id = IDS.incrementAndGet();
		return new OrgUnitSummary(id, "LEDGER-" + id, "Xã " + id, OrgUnitType.COMMUNE, OrgUnitStatus.ACTIVE, ownPath(),
				null, LocalDate.of(2020, 1, 1), null);
	}

	private String ownPath() {
		return "/ledger-" + IDS.incrementAndGet() + "/";
	}

	/** The organization module looks the unit merged into up: it must exist. */
	private OrgUnitSummary realDistrict() throws Exception {
		String code = "LEDGER-" + IDS.incrementAndGet();
		new PlanningFixture(mvc, units, learners).createDistrict(code, "NA");
		return units.findSummaryByCode(code).orElseThrow();
	}

}
