package vn.hocso.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import vn.hocso.learner.LearnerSummary;
import vn.hocso.organization.OrgUnitDirectory;
import vn.hocso.testing.KeycloakJwt;

/** Programmes, nominations and seats through the API, on the demo org tree. */
@TrainingModuleTest
@Transactional
class NominationApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrgUnitDirectory units;

	@Autowired
	StaffList staff;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TrainingClock clock;

	@Autowired
	RecordingEmails emails;

	TrainingApi api;

	@BeforeEach
	void setUp() {
		api = new TrainingApi(mvc, units, staff, events);
		clock.set(Instant.parse("2026-06-01T01:00:00Z"));
		emails.clear();
	}

	@Test
	void unitAdminNominatesUpToTheLimitAndIsRefusedTheNext() throws Exception {
		long programme = api.openProgramme(2, 2, 100, 5);
		LearnerSummary first = api.official("Nguyễn Văn An", "NA-DIENCHAU");
		LearnerSummary second = api.official("Trần Thị Bình", "NA-DIENCHAU");
		LearnerSummary third = api.official("Lê Văn Cường", "NA-DIENCHAU");

		api.nominated(TrainingApi.DIENCHAU_ADMIN, programme, first.id(), null);
		api.nominated(TrainingApi.DIENCHAU_ADMIN, programme, second.id(), null);

		api.nominate(TrainingApi.DIENCHAU_ADMIN, programme, third.id(), null)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("training.nomination-limit"))
			.andExpect(jsonPath("$.detail").value("Mỗi đơn vị được cử tối đa 2 cán bộ cho chương trình này."));
	}

	@Test
	void aWithdrawnNomineeFreesTheUnitsPlace() throws Exception {
		long programme = api.openProgramme(1, 2, 100, 5);
		LearnerSummary first = api.official("Nguyễn Văn An", "NA-DIENCHAU");
		LearnerSummary second = api.official("Trần Thị Bình", "NA-DIENCHAU");
		long nomination = api.nominated(TrainingApi.DIENCHAU_ADMIN, programme, first.id(), null);

		api.post("/api/training/nominations/" + nomination + "/withdraw", TrainingApi.DIENCHAU_ADMIN, "")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("WITHDRAWN"));

		api.nominate(TrainingApi.DIENCHAU_ADMIN, programme, second.id(), null).andExpect(status().isCreated());
	}

	@Test
	void nominationAfterTheDeadlineIsRefused() throws Exception {
		long programme = api.openProgramme(2, 2, 100, 5);
		LearnerSummary official = api.official("Nguyễn Văn An", "NA-DIENCHAU");
		clock.set(Instant.parse("2026-06-10T10:00:00Z"));

		api.nominate(TrainingApi.DIENCHAU_ADMIN, programme, official.id(), null)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("training.nomination-closed"));
	}

	@Test
	void theSameOfficialIsNominatedOnce() throws Exception {
		long programme = api.openProgramme(2, 2, 100, 5);
		LearnerSummary official = api.official("Nguyễn Văn An", "NA-DIENCHAU");
		api.nominated(TrainingApi.DIENCHAU_ADMIN, programme, official.id(), null);

		api.nominate(TrainingApi.DIENCHAU_ADMIN, programme, official.id(), null)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("training.already-nominated"));
	}

	@Test
	void unitAdminCannotNominateAnotherUnitsOfficial() throws Exception {
		long programme = api.openProgramme(2, 2, 100, 5);
		LearnerSummary health = api.official("Phạm Thị Dung", "NA-SYT");

		api.nominate(TrainingApi.DIENCHAU_ADMIN, programme, health.id(), null)
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("org-unit.out-of-scope"));
	}

	@Test
	void onlyAnAdminOpensAProgrammeAndOnlyNominatorsNominate() throws Exception {
		api.post("/api/training/programmes", TrainingApi.DIENCHAU_ADMIN,
				"""
						{"name":"X","contentOutline":"Y","classCount":1,"seatsPerClass":10,"daysPerClass":3,
						 "periodStart":"2026-06-01","periodEnd":"2026-09-15","nominationDeadline":"2026-06-10T10:00:00Z","minSessions":5}
						""")
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("training.admin-only"));
		long programme = api.openProgramme(2, 2, 100, 5);
		LearnerSummary official = api.official("Nguyễn Văn An", "NA-SNV");

		api.nominate(TrainingApi.VERIFIER, programme, official.id(), null)
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("training.nominator-only"));
		api.get("/api/training/programmes", TrainingApi.TEACHER).andExpect(status().isForbidden());
		api.get("/api/training/programmes", KeycloakJwt.user("some.learner", "NA-SNV", "LEARNER"))
			.andExpect(status().isForbidden());
	}

	@Test
	void onlyAnAdminAddsClassesAndAllotsSeats() throws Exception {
		long programme = api.openProgramme(2, 2, 100, 5);

		api.post("/api/training/programmes/" + programme + "/classes", TrainingApi.DIENCHAU_ADMIN,
				"{\"name\":\"Lớp X\",\"venue\":\"Y\",\"startDate\":\"2026-06-15\",\"teachers\":[\"t\"]}")
			.andExpect(status().isForbidden());
		api.post("/api/training/programmes/" + programme + "/allotment", TrainingApi.REPORTER, "{\"mode\":\"AREA\"}")
			.andExpect(status().isForbidden());
	}

	@Test
	void aUnitAdminCannotWithdrawAnotherUnitsNominee() throws Exception {
		long programme = api.openProgramme(2, 2, 100, 5);
		long health = api.nominated(TrainingApi.SYT_ADMIN, programme, api.official("Bình", "NA-SYT").id(), null);

		api.post("/api/training/nominations/" + health + "/withdraw", TrainingApi.DIENCHAU_ADMIN, "")
			.andExpect(status().isForbidden());
		api.get("/api/training/programmes/" + programme + "/units-without-nominations", TrainingApi.TEACHER)
			.andExpect(status().isForbidden());
	}

	@Test
	void aClassMustFitTheProgrammesPeriod() throws Exception {
		long programme = api.openProgramme(2, 2, 100, 5);

		api.post("/api/training/programmes/" + programme + "/classes", TrainingApi.ADMIN,
				"{\"name\":\"Lớp X\",\"venue\":\"Y\",\"startDate\":\"2026-09-14\",\"teachers\":[\"t\"]}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("training.class-outside-period"));
	}

	@Test
	void programmeWithARuleAskingMoreSessionsThanAClassHasIsRefused() throws Exception {
		api.post("/api/training/programmes", TrainingApi.ADMIN,
				"""
						{"name":"X","contentOutline":"Y","classCount":1,"seatsPerClass":10,"daysPerClass":3,
						 "periodStart":"2026-06-01","periodEnd":"2026-09-15","nominationDeadline":"2026-06-10T10:00:00Z","minSessions":7}
						""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("training.min-sessions-too-high"));
	}

	@Test
	void eachCallerSeesTheNominationsOfTheirSubtreeAndTheUnitsThatHaveNotNominated() throws Exception {
		long programme = api.openProgramme(2, 2, 100, 5);
		api.nominated(TrainingApi.DIENCHAU_ADMIN, programme, api.official("An", "NA-DIENCHAU-DIENKY").id(), null);
		api.nominated(TrainingApi.SYT_ADMIN, programme, api.official("Bình", "NA-SYT").id(), null);

		api.get("/api/training/programmes/" + programme + "/nominations", TrainingApi.ADMIN)
			.andExpect(jsonPath("$.length()").value(2));
		api.get("/api/training/programmes/" + programme + "/nominations", TrainingApi.DIENCHAU_ADMIN)
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].fullName").value("An"));

		List<String> missing = TrainingApi.read(
				api.get("/api/training/programmes/" + programme + "/units-without-nominations", TrainingApi.ADMIN),
				"$[*].code");
		assertThat(missing).contains("NA-SNV", "NA-MTTQ", "NA-DIENCHAU", "NA-QUYNHLUU")
			.doesNotContain("NA-SYT", "NA-DIENCHAU-DIENKY", "NA", "NA-TTCNTT");
		List<String> missingInDienChau = TrainingApi.read(api
			.get("/api/training/programmes/" + programme + "/units-without-nominations", TrainingApi.DIENCHAU_ADMIN),
				"$[*].code");
		assertThat(missingInDienChau).contains("NA-DIENCHAU", "NA-DIENCHAU-DIENHONG").doesNotContain("NA-SNV");
	}

	@Test
	void seatsGoByDatePreferenceThenToTheEarliestClassAndTheRestWait() throws Exception {
		long programme = api.openProgramme(2, 2, 2, 5);
		long june = api.addClass(programme, "Lớp 1", "2026-06-15", 2, null);
		long july = api.addClass(programme, "Lớp 2", "2026-07-06", 2, null);
		long[] ids = new long[5];
		String[] units = { "NA-SNV", "NA-SYT", "NA-STC", "NA-MTTQ", "NA-DIENCHAU" };
		for (int i = 0; i < 5; i++) {
			LearnerSummary official = api.official("Cán bộ " + i, units[i]);
			ids[i] = api.nominated(TrainingApi.ADMIN, programme, official.id(), i < 3 ? july : null);
		}

		api.allot(programme, "DATE_PREFERENCE")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.seated").value(4))
			.andExpect(jsonPath("$.waiting").value(1));

		var list = api.get("/api/training/programmes/" + programme + "/nominations", TrainingApi.ADMIN);
		assertThat(TrainingApi.<List<Integer>>read(list, "$[?(@.classId == " + july + ")].id"))
			.containsExactly((int) ids[0], (int) ids[1]);
		assertThat(TrainingApi.<List<Integer>>read(list, "$[?(@.classId == " + june + ")].id"))
			.containsExactly((int) ids[2], (int) ids[3]);
		assertThat(TrainingApi.<List<Integer>>read(list, "$[?(@.status == 'WAITING')].waitPosition"))
			.containsExactly(1);
		assertThat(TrainingApi.<List<Integer>>read(list, "$[?(@.status == 'WAITING')].id"))
			.containsExactly((int) ids[4]);
	}

	@Test
	void aWithdrawalGivesTheSeatToTheFirstWaitingWhoIsTold() throws Exception {
		long programme = api.openProgramme(2, 1, 1, 5);
		long only = api.addClass(programme, "Lớp 1", "2026-06-15", 1, null);
		LearnerSummary seated = api.official("Người có chỗ", "NA-SNV");
		LearnerSummary waiting = api.official("Người chờ", "NA-SYT");
		long seatedNomination = api.nominated(TrainingApi.ADMIN, programme, seated.id(), null);
		long waitingNomination = api.nominated(TrainingApi.ADMIN, programme, waiting.id(), null);
		api.allot(programme, "AREA").andExpect(jsonPath("$.waiting").value(1));
		assertThat(emails.to(waiting.email())).isEmpty();
		assertThat(emails.to(seated.email())).singleElement()
			.satisfies(mail -> assertThat(mail.body()).contains("Lớp 1", "2 Trường Thi", "15/06/2026", "17/06/2026"));

		api.post("/api/training/nominations/" + seatedNomination + "/withdraw", TrainingApi.ADMIN, "")
			.andExpect(status().isOk());

		var list = api.get("/api/training/programmes/" + programme + "/nominations", TrainingApi.ADMIN);
		assertThat(TrainingApi.<List<Integer>>read(list, "$[?(@.id == " + waitingNomination + ")].classId"))
			.containsExactly((int) only);
		assertThat(emails.to(waiting.email())).hasSize(1);
	}

	@Test
	void seatsGoToTheClassOfTheNomineesAreaFirst() throws Exception {
		long programme = api.openProgramme(2, 2, 10, 5);
		long province = api.addClass(programme, "Lớp tỉnh", "2026-06-15", 10, null);
		long dienChau = api.addClass(programme, "Lớp Diễn Châu", "2026-07-06", 10, "NA-DIENCHAU");
		long commune = api.nominated(TrainingApi.ADMIN, programme, api.official("Xã", "NA-DIENCHAU-DIENKY").id(), null);
		long department = api.nominated(TrainingApi.ADMIN, programme, api.official("Sở", "NA-SYT").id(), null);

		api.allot(programme, "AREA").andExpect(jsonPath("$.seated").value(2));

		var list = api.get("/api/training/programmes/" + programme + "/nominations", TrainingApi.ADMIN);
		assertThat(TrainingApi.<List<Integer>>read(list, "$[?(@.id == " + commune + ")].classId"))
			.containsExactly((int) dienChau);
		assertThat(TrainingApi.<List<Integer>>read(list, "$[?(@.id == " + department + ")].classId"))
			.containsExactly((int) province);
	}

}
