package vn.hocso.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import vn.hocso.learner.LearnerSummary;
import vn.hocso.organization.OrgUnitDirectory;
import vn.hocso.testing.KeycloakJwt;

/**
 * Attendance in class: the teacher's taps (replayed offline batches included), the
 * rotating QR code, the completion rule, supervisors' scoped reads and the attendance
 * sheet.
 */
@TrainingModuleTest
@Transactional
class AttendanceApiTests {

	/** 08:05 in Vinh on the class's first day, five minutes into the morning session. */
	static final Instant DAY_ONE_MORNING = Instant.parse("2026-06-15T01:05:00Z");

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
	vn.hocso.training.TrainedFocalPoints trained;

	TrainingApi api;

	long programme;

	long classA;

	long classB;

	List<Long> sessionsA;

	long sessionB;

	LearnerSummary an;

	LearnerSummary binh;

	LearnerSummary cuong;

	long nominationAn;

	long nominationBinh;

	long nominationCuong;

	String suffix;

	@BeforeEach
	void setUp() throws Exception {
		api = new TrainingApi(mvc, units, staff, events);
		clock.set(Instant.parse("2026-06-01T01:00:00Z"));
		suffix = Long.toString(System.nanoTime(), 36);
		programme = api.openProgramme(2, 2, 100, 5);
		classA = api.addClass(programme, "Lớp 1", "2026-06-15", 100, null);
		classB = api.addClass(programme, "Lớp 2", "2026-06-22", 100, null);
		an = api.officialWithAccount("Nguyễn Văn An", "NA-SYT", "an." + suffix);
		binh = api.officialWithAccount("Trần Thị Bình", "NA-DIENCHAU", "binh." + suffix);
		cuong = api.officialWithAccount("Lê Văn Cường", "NA-SNV", "cuong." + suffix);
		nominationAn = api.nominated(TrainingApi.ADMIN, programme, an.id(), classA);
		nominationBinh = api.nominated(TrainingApi.ADMIN, programme, binh.id(), classA);
		nominationCuong = api.nominated(TrainingApi.ADMIN, programme, cuong.id(), classB);
		api.allot(programme, "DATE_PREFERENCE").andExpect(jsonPath("$.seated").value(3));
		List<Integer> ids = TrainingApi.read(api.get("/api/training/classes/" + classA, TrainingApi.TEACHER),
				"$.sessions[*].id");
		sessionsA = ids.stream().map(Integer::longValue).toList();
		sessionB = TrainingApi.<Integer>read(api.get("/api/training/classes/" + classB, TrainingApi.TEACHER),
				"$.sessions[0].id");
		clock.set(DAY_ONE_MORNING);
	}

	@Test
	void aClassHasAMorningAndAnAfternoonSessionEachDay() throws Exception {
		api.get("/api/training/classes/" + classA, TrainingApi.TEACHER)
			.andExpect(jsonPath("$.sessions.length()").value(6))
			.andExpect(jsonPath("$.sessions[0].part").value("MORNING"))
			.andExpect(jsonPath("$.sessions[0].startsAt").value("2026-06-15T01:00:00Z"))
			.andExpect(jsonPath("$.sessions[5].part").value("AFTERNOON"))
			.andExpect(jsonPath("$.sessions[5].dayNumber").value(3))
			.andExpect(jsonPath("$.participants.length()").value(2))
			.andExpect(jsonPath("$.teacher").value(true));
	}

	@Test
	void teacherMarksTheClassAndAReplayedOfflineBatchAddsNothing() throws Exception {
		String batch = """
				{"marks":[
				 {"nominationId":%d,"clientId":"tap-1-%s","present":true,"late":false,"leftEarly":false,"markedAt":"2026-06-15T01:03:00Z"},
				 {"nominationId":%d,"clientId":"tap-2-%s","present":true,"late":true,"leftEarly":false,"markedAt":"2026-06-15T01:04:00Z"}]}
				"""
			.formatted(nominationAn, suffix, nominationBinh, suffix);

		mark(TrainingApi.TEACHER, sessionsA.get(0), batch).andExpect(status().isOk())
			.andExpect(jsonPath("$.applied").value(2));
		mark(TrainingApi.TEACHER, sessionsA.get(0), batch).andExpect(status().isOk())
			.andExpect(jsonPath("$.applied").value(0))
			.andExpect(jsonPath("$.unchanged").value(2));

		api.get("/api/training/classes/" + classA, TrainingApi.TEACHER)
			.andExpect(jsonPath("$.participants[?(@.nominationId == " + nominationAn + ")].attended").value(1))
			.andExpect(
					jsonPath("$.participants[?(@.nominationId == " + nominationBinh + ")].marks[0].late").value(true))
			.andExpect(jsonPath("$.participants[?(@.nominationId == " + nominationBinh + ")].marks[1]")
				.value(org.hamcrest.Matchers.contains(org.hamcrest.Matchers.nullValue())));
	}

	@Test
	void aMarkTakenEarlierOnAnOfflinePhoneDoesNotOverwriteALaterOne() throws Exception {
		mark(TrainingApi.TEACHER, sessionsA.get(0), one(nominationAn, "late-" + suffix, false, "2026-06-15T01:04:30Z"))
			.andExpect(jsonPath("$.applied").value(1));

		mark(TrainingApi.TEACHER, sessionsA.get(0), one(nominationAn, "early-" + suffix, true, "2026-06-15T01:02:00Z"))
			.andExpect(jsonPath("$.applied").value(0));
		api.get("/api/training/classes/" + classA, TrainingApi.TEACHER)
			.andExpect(jsonPath("$.participants[?(@.nominationId == " + nominationAn + ")].marks[0].present")
				.value(false));

		mark(TrainingApi.TEACHER, sessionsA.get(0), one(nominationAn, "later-" + suffix, true, "2026-06-15T01:05:00Z"))
			.andExpect(jsonPath("$.applied").value(1));
		api.get("/api/training/classes/" + classA, TrainingApi.TEACHER)
			.andExpect(
					jsonPath("$.participants[?(@.nominationId == " + nominationAn + ")].marks[0].present").value(true));
	}

	@Test
	void onlyTheClassesTeachersAndAnAdminMark() throws Exception {
		String batch = one(nominationAn, "x-" + suffix, true, "2026-06-15T01:04:00Z");
		mark(TrainingApi.OTHER_TEACHER, sessionsA.get(0), batch).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("training.not-teacher"));
		mark(TrainingApi.REPORTER, sessionsA.get(0), batch).andExpect(status().isForbidden());
		mark(TrainingApi.ADMIN, sessionsA.get(0), batch).andExpect(status().isOk());
	}

	@Test
	void aMarkForSomeoneWithoutASeatInTheClassIsRefused() throws Exception {
		mark(TrainingApi.TEACHER, sessionsA.get(0), one(nominationCuong, "c-" + suffix, true, "2026-06-15T01:04:00Z"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("training.not-in-class"));
	}

	@Test
	void aParticipantScanningTheCurrentCodeIsPresentAndOnTime() throws Exception {
		ResultActions qr = api.get("/api/training/sessions/" + sessionsA.get(0) + "/qr", TrainingApi.TEACHER)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.lifetimeSeconds").value(60))
			.andExpect(jsonPath("$.validUntil").value("2026-06-15T01:06:00Z"))
			.andExpect(jsonPath("$.svg").value(org.hamcrest.Matchers.startsWith("<svg")));
		String code = TrainingApi.read(qr, "$.code");
		assertThat(TrainingApi.<String>read(qr, "$.url"))
			.endsWith("/training/check-in/" + sessionsA.get(0) + "/" + code);

		checkIn(participant(an), sessionsA.get(0), code).andExpect(status().isOk())
			.andExpect(jsonPath("$.present").value(true))
			.andExpect(jsonPath("$.late").value(false));
		api.get("/api/training/classes/" + classA, TrainingApi.TEACHER)
			.andExpect(
					jsonPath("$.participants[?(@.nominationId == " + nominationAn + ")].marks[0].method").value("QR"));
	}

	@Test
	void aParticipantScanningAfterTheGracePeriodIsMarkedLate() throws Exception {
		clock.set(Instant.parse("2026-06-15T01:20:30Z"));
		String code = currentCode(sessionsA.get(0));

		checkIn(participant(binh), sessionsA.get(0), code).andExpect(status().isOk())
			.andExpect(jsonPath("$.late").value(true));
	}

	@Test
	void aCodeOlderThanItsMinuteIsRefused() throws Exception {
		clock.set(Instant.parse("2026-06-15T01:05:59Z"));
		String code = currentCode(sessionsA.get(0));
		clock.set(Instant.parse("2026-06-15T01:06:00Z"));

		checkIn(participant(an), sessionsA.get(0), code).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("training.qr-expired"));
	}

	@Test
	void anotherSessionsCodeIsRefused() throws Exception {
		String classBCode = currentCode(sessionB);
		String afternoonCode = currentCode(sessionsA.get(1));

		checkIn(participant(an), sessionsA.get(0), classBCode).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("training.qr-invalid"));
		checkIn(participant(an), sessionsA.get(0), afternoonCode).andExpect(status().isBadRequest());
	}

	@Test
	void someoneWhoseSeatIsInAnotherClassIsRefused() throws Exception {
		checkIn(participant(cuong), sessionsA.get(0), currentCode(sessionsA.get(0))).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("training.not-participant"));
	}

	@Test
	void someoneNotNominatedIsRefused() throws Exception {
		LearnerSummary stranger = api.officialWithAccount("Người ngoài", "NA-SYT", "stranger." + suffix);
		checkIn(participant(stranger), sessionsA.get(0), currentCode(sessionsA.get(0)))
			.andExpect(status().isForbidden());
		checkIn(KeycloakJwt.user("no.account." + suffix, "NA-SYT", "LEARNER"), sessionsA.get(0),
				currentCode(sessionsA.get(0)))
			.andExpect(status().isForbidden());
	}

	@Test
	void onlyTheClassesTeachersSeeTheCode() throws Exception {
		api.get("/api/training/sessions/" + sessionsA.get(0) + "/qr", participant(an))
			.andExpect(status().isForbidden());
		api.get("/api/training/sessions/" + sessionsA.get(0) + "/qr", TrainingApi.OTHER_TEACHER)
			.andExpect(status().isForbidden());
	}

	@Test
	void fiveOfSixSessionsCompleteTheProgrammeOnceAndFourDoNot(AssertablePublishedEvents recorded) throws Exception {
		attend(nominationAn, 5);
		attend(nominationBinh, 4);

		api.post("/api/training/classes/" + classA + "/completion", TrainingApi.TEACHER, "")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.completedNow").value(1))
			.andExpect(jsonPath("$.notMeetingRule").value(1));
		api.post("/api/training/classes/" + classA + "/completion", TrainingApi.TEACHER, "")
			.andExpect(jsonPath("$.completedNow").value(0))
			.andExpect(jsonPath("$.alreadyCompleted").value(1));

		assertThat(recorded.ofType(FocalPointTrained.class)).singleElement().satisfies(event -> {
			assertThat(event.learnerId()).isEqualTo(an.id());
			assertThat(event.programmeId()).isEqualTo(programme);
			assertThat(event.unitId()).isEqualTo(an.unitId());
			assertThat(event.completedAt()).isEqualTo(DAY_ONE_MORNING);
		});
		assertThat(trained.isTrained(an.id())).isTrue();
		assertThat(trained.isTrained(binh.id())).isFalse();
		assertThat(trained.isTrainedUsername("an." + suffix)).isTrue();
		api.get("/api/training/classes/" + classA, TrainingApi.TEACHER)
			.andExpect(jsonPath("$.participants[?(@.nominationId == " + nominationAn + ")].completed").value(true));
	}

	@Test
	void onlyATrainedFocalPointIsEligibleToGuideAClass() throws Exception {
		attend(nominationAn, 6);
		attend(nominationBinh, 6);
		api.post("/api/training/classes/" + classA + "/completion", TrainingApi.TEACHER, "").andExpect(status().isOk());

		api.get("/api/training/trainer-eligibility?username=an." + suffix + "&username=cuong." + suffix
				+ "&username=nobody." + suffix, TrainingApi.DIENCHAU_ADMIN)
			.andExpect(jsonPath("$[0].trained").value(true))
			.andExpect(jsonPath("$[1].trained").value(false))
			.andExpect(jsonPath("$[2].trained").value(false));
		api.get("/api/training/trainer-eligibility?username=an." + suffix, participant(an))
			.andExpect(status().isForbidden());
	}

	@Test
	void withdrawingAfterTheDeadlineIsRefused() throws Exception {
		api.post("/api/training/nominations/" + nominationBinh + "/withdraw", TrainingApi.ADMIN, "")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("training.nomination-closed"));
	}

	@Test
	void aSessionMovedToNewTimesOpensCheckInThen() throws Exception {
		clock.set(Instant.parse("2026-06-14T13:00:00Z"));
		checkIn(participant(an), sessionsA.get(0), currentCode(sessionsA.get(0))).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("training.check-in-closed"));

		api.put("/api/training/sessions/" + sessionsA.get(0), TrainingApi.TEACHER,
				"{\"startsAt\":\"2026-06-14T12:50:00Z\",\"endsAt\":\"2026-06-14T16:00:00Z\"}")
			.andExpect(status().isOk());
		checkIn(participant(an), sessionsA.get(0), currentCode(sessionsA.get(0))).andExpect(status().isOk());
		api.put("/api/training/sessions/" + sessionsA.get(0), TrainingApi.OTHER_TEACHER,
				"{\"startsAt\":\"2026-06-14T12:50:00Z\",\"endsAt\":\"2026-06-14T16:00:00Z\"}")
			.andExpect(status().isForbidden());
	}

	@Test
	void everyTrainingEndpointIsInTheOpenApiDocument() throws Exception {
		String doc = mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/v3/api-docs"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(doc).contains("/api/training/programmes", "/api/training/programmes/{id}/nominations",
				"/api/training/programmes/{id}/allotment", "/api/training/programmes/{id}/units-without-nominations",
				"/api/training/programmes/{id}/report", "/api/training/nominations/{id}/withdraw",
				"/api/training/classes/{id}", "/api/training/classes/{id}/completion",
				"/api/training/classes/{id}/attendance-sheet.xlsx", "/api/training/classes/{id}/attendance-sheet.pdf",
				"/api/training/sessions/{id}/attendance", "/api/training/sessions/{id}/qr",
				"/api/training/sessions/{id}/check-in", "/api/training/me", "/api/training/trainer-eligibility",
				"/api/training/officials/{learnerId}/trainer-role");
	}

	@Test
	void onlyTheClassesTeachersApplyTheCompletionRule() throws Exception {
		api.post("/api/training/classes/" + classA + "/completion", TrainingApi.OTHER_TEACHER, "")
			.andExpect(status().isForbidden());
		api.post("/api/training/classes/" + classA + "/completion", TrainingApi.VERIFIER, "")
			.andExpect(status().isForbidden());
	}

	@Test
	void supervisorsReadTheWholeProvinceAndAUnitAdminOnlyTheirOwnPeople() throws Exception {
		attend(nominationAn, 1);
		api.get("/api/training/classes/" + classA, TrainingApi.VERIFIER)
			.andExpect(jsonPath("$.participants.length()").value(2))
			.andExpect(jsonPath("$.teacher").value(false));
		api.get("/api/training/classes/" + classA, TrainingApi.REPORTER)
			.andExpect(jsonPath("$.participants.length()").value(2));
		api.get("/api/training/classes/" + classA, TrainingApi.SYT_ADMIN)
			.andExpect(jsonPath("$.participants.length()").value(1))
			.andExpect(jsonPath("$.participants[0].fullName").value("Nguyễn Văn An"));
		api.get("/api/training/classes/" + classA, TrainingApi.OTHER_TEACHER).andExpect(status().isForbidden());
		api.get("/api/training/classes/" + classA, participant(an)).andExpect(status().isForbidden());
	}

	@Test
	void verifiersAndReportersReadAttendanceAndCompletionPerClassAndPerUnit() throws Exception {
		attend(nominationAn, 6);
		attend(nominationBinh, 4);
		api.post("/api/training/classes/" + classA + "/completion", TrainingApi.TEACHER, "").andExpect(status().isOk());
		// Sở Nội vụ and Sở TTTT supervise the whole province, whatever unit their account
		// belongs to.
		var districtVerifier = KeycloakJwt.user("dc.verifier", "NA-DIENCHAU", "VERIFIER");

		for (var supervisor : List.of(TrainingApi.VERIFIER, TrainingApi.REPORTER, districtVerifier)) {
			api.get("/api/training/classes/" + classA, supervisor)
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.participants.length()").value(2))
				.andExpect(jsonPath("$.participants[?(@.nominationId == " + nominationAn + ")].attended")
					.value(org.hamcrest.Matchers.contains(6)))
				.andExpect(jsonPath("$.participants[?(@.nominationId == " + nominationAn + ")].completed")
					.value(org.hamcrest.Matchers.contains(true)))
				.andExpect(jsonPath("$.participants[?(@.nominationId == " + nominationBinh + ")].completed")
					.value(org.hamcrest.Matchers.contains(false)));
			api.get("/api/training/programmes/" + programme + "/report", supervisor)
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.nominated").value(3))
				.andExpect(jsonPath("$.trained").value(1))
				.andExpect(
						jsonPath("$.units[?(@.unitCode == 'NA-SYT')].trained").value(org.hamcrest.Matchers.contains(1)))
				.andExpect(jsonPath("$.units[?(@.unitCode == 'NA-DIENCHAU')].seated")
					.value(org.hamcrest.Matchers.contains(1)));
			api.get("/api/training/classes/" + classA + "/attendance-sheet.xlsx", supervisor)
				.andExpect(status().isOk());
		}
		// Another subtree sees its own people only; other roles nothing.
		api.get("/api/training/classes/" + classA, TrainingApi.DIENCHAU_ADMIN)
			.andExpect(jsonPath("$.participants.length()").value(1))
			.andExpect(jsonPath("$.participants[0].fullName").value("Trần Thị Bình"));
		api.get("/api/training/programmes/" + programme + "/report", TrainingApi.DIENCHAU_ADMIN)
			.andExpect(jsonPath("$.units.length()").value(1));
		api.get("/api/training/classes/" + classA, KeycloakJwt.user("dc.learner", "NA-DIENCHAU", "LEARNER"))
			.andExpect(status().isForbidden());
		api.get("/api/training/programmes/" + programme + "/report", participant(binh))
			.andExpect(status().isForbidden());
		api.get("/api/training/programmes/" + programme + "/report", TrainingApi.OTHER_TEACHER)
			.andExpect(status().isForbidden());
		api.get("/api/training/classes/" + classA, TrainingApi.OTHER_TEACHER).andExpect(status().isForbidden());
	}

	@Test
	void theAttendanceSheetExportsToASpreadsheetAndAPdf() throws Exception {
		attend(nominationAn, 2);
		byte[] xlsx = api.get("/api/training/classes/" + classA + "/attendance-sheet.xlsx", TrainingApi.VERIFIER)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			List<String> anRow = workbook.getFirstSheet()
				.read()
				.stream()
				.filter(row -> "Nguyễn Văn An".equals(row.getCellText(1)))
				.findFirst()
				.map(AttendanceApiTests::texts)
				.orElseThrow();
			assertThat(anRow).containsSubsequence("Nguyễn Văn An", "x", "x", "", "", "", "", "2");
		}
		byte[] pdf = api.get("/api/training/classes/" + classA + "/attendance-sheet.pdf", TrainingApi.REPORTER)
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		// The paper for the file: the participants' marks, then the teachers' and the
		// organiser's sign-off.
		try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			// The name column wraps ("Nguyễn Văn" / "An"): compare without line breaks.
			String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("Nguyễn Văn An x x 2", "GIẢNG VIÊN", "XÁC NHẬN CỦA ĐƠN VỊ TỔ CHỨC",
					"(Ký, ghi rõ họ tên, đóng dấu)");
		}
		api.get("/api/training/classes/" + classA + "/attendance-sheet.pdf", participant(an))
			.andExpect(status().isForbidden());
	}

	@Test
	void theReportCountsTrainedAgainstNominatedAndTheTargetPerUnit() throws Exception {
		attend(nominationAn, 6);
		api.post("/api/training/classes/" + classA + "/completion", TrainingApi.TEACHER, "").andExpect(status().isOk());

		api.get("/api/training/programmes/" + programme + "/report", TrainingApi.REPORTER)
			.andExpect(jsonPath("$.target").value(1000))
			.andExpect(jsonPath("$.nominated").value(3))
			.andExpect(jsonPath("$.trained").value(1))
			.andExpect(jsonPath("$.units[?(@.unitCode == 'NA-SYT')].trained").value(org.hamcrest.Matchers.contains(1)))
			.andExpect(jsonPath("$.units[?(@.unitCode == 'NA-DIENCHAU')].trained")
				.value(org.hamcrest.Matchers.contains(0)));
		api.get("/api/training/programmes/" + programme + "/report", TrainingApi.DIENCHAU_ADMIN)
			.andExpect(jsonPath("$.nominated").value(1))
			.andExpect(jsonPath("$.trained").value(0))
			.andExpect(jsonPath("$.learnersPerTrained").doesNotExist());
		api.get("/api/training/programmes/" + programme + "/report", TrainingApi.TEACHER)
			.andExpect(status().isForbidden());
	}

	@Test
	void aParticipantSeesTheirClassPlaceAndDates() throws Exception {
		api.get("/api/training/me", participant(an))
			.andExpect(jsonPath("$.seats[0].trainingClass.name").value("Lớp 1"))
			.andExpect(jsonPath("$.seats[0].trainingClass.venue")
				.value(org.hamcrest.Matchers.containsString("Trường Thi")))
			.andExpect(jsonPath("$.seats[0].sessions.length()").value(6));
		api.get("/api/training/me", TrainingApi.TEACHER)
			.andExpect(jsonPath("$.teaching[*].id").value(org.hamcrest.Matchers.hasItem((int) classA)));
	}

	private void attend(long nominationId, int sessions) throws Exception {
		for (int i = 0; i < sessions; i++) {
			mark(TrainingApi.TEACHER, sessionsA.get(i),
					one(nominationId, "s" + i + "-" + nominationId, true, "2026-06-15T01:04:00Z"))
				.andExpect(status().isOk());
		}
	}

	private String currentCode(long sessionId) throws Exception {
		return TrainingApi.read(api.get("/api/training/sessions/" + sessionId + "/qr", TrainingApi.TEACHER), "$.code");
	}

	private ResultActions checkIn(RequestPostProcessor caller, long sessionId, String code) throws Exception {
		return api.post("/api/training/sessions/" + sessionId + "/check-in", caller, "{\"code\":\"" + code + "\"}");
	}

	private RequestPostProcessor participant(LearnerSummary official) {
		String username = official == an ? "an." + suffix
				: official == binh ? "binh." + suffix : official == cuong ? "cuong." + suffix : "stranger." + suffix;
		return KeycloakJwt.user(username, official.unitCode(), "LEARNER");
	}

	private ResultActions mark(RequestPostProcessor caller, long sessionId, String batch) throws Exception {
		return api.post("/api/training/sessions/" + sessionId + "/attendance", caller, batch);
	}

	private static String one(long nominationId, String clientId, boolean present, String markedAt) {
		return """
				{"marks":[{"nominationId":%d,"clientId":"%s","present":%s,"late":false,"leftEarly":false,"markedAt":"%s"}]}
				"""
			.formatted(nominationId, clientId, present, markedAt);
	}

	private static List<String> texts(Row row) {
		return row.stream().map(cell -> cell == null ? "" : cell.getText()).collect(Collectors.toList());
	}

}
