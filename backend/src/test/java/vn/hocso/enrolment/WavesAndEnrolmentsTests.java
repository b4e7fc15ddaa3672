package vn.hocso.enrolment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import vn.hocso.account.AccountIssued;
import vn.hocso.course.CourseCatalog;
import vn.hocso.course.CourseCatalog.CourseVersionView;
import vn.hocso.enrolment.domain.EnrolmentQueries;
import vn.hocso.enrolment.domain.EnrolmentQueries.EnrolmentRow;
import vn.hocso.enrolment.domain.WaveClass;
import vn.hocso.enrolment.domain.WaveService;
import vn.hocso.enrolment.domain.WaveService.NewWave;
import vn.hocso.identity.Role;
import vn.hocso.identity.StaffDirectory;
import vn.hocso.identity.StaffDirectory.StaffMember;
import vn.hocso.learner.LearnerCategory;
import vn.hocso.learner.LearnerDirectory;
import vn.hocso.learner.LearnerSummary;
import vn.hocso.organization.OrgUnitDirectory;
import vn.hocso.organization.OrgUnitSummary;
import vn.hocso.platform.ProblemException;
import vn.hocso.testing.AsCaller;
import vn.hocso.testing.KeycloakJwt;

/**
 * Waves, enrolments, classes and deadlines with the real calendar, org tree and scoping;
 * the learner registry, the course catalog and the staff directory are other modules'
 * APIs and are stood in for here.
 */
@EnrolmentModuleTest
@Transactional
class WavesAndEnrolmentsTests {

	@Autowired
	WaveService waves;

	@Autowired
	EnrolmentQueries queries;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	OrgUnitDirectory units;

	@Autowired
	MockMvc mvc;

	@Autowired
	EnrolmentFigures figures;

	@Autowired
	EnrolmentDirectory directory;

	@Autowired
	LearnerDirectory learners;

	@Autowired
	CourseCatalog courses;

	@Autowired
	TrainerQualification qualification;

	@Autowired
	StaffDirectory staff;

	private final List<LearnerSummary> registry = new ArrayList<>();

	@BeforeEach
	void learnersOfTwoCommunesAndAProvinceAdmin() {
		IntStream.rangeClosed(1, 40).forEach(i -> register(1000 + i, "Nguyễn Văn Ky " + i, "NA-DIENCHAU-DIENKY"));
		IntStream.rangeClosed(1, 10).forEach(i -> register(2000 + i, "Trần Thị Tháp " + i, "NA-DIENCHAU-DIENTHAP"));
		register(3001, "Lê Văn Vinh", "NA-VINH-LEMAO");
		given(learners.findActiveInSubtree(anyString())).willAnswer(
				call -> registry.stream().filter(l -> l.unitPath().startsWith(call.<String>getArgument(0))).toList());
		given(learners.findAll(anyCollection())).willAnswer(
				call -> registry.stream().filter(l -> call.<Collection<Long>>getArgument(0).contains(l.id())).toList());
		// The demo realm's answer: demo.trainer is the TRAINER of Diễn Kỷ;
		// demo.learner (same commune) and demo.unitadmin (district) are not.
		StaffMember trainer = new StaffMember("demo.trainer", "Trần Thị Hồng Ánh", "NA-DIENCHAU-DIENKY");
		given(staff.withRole(eq(Role.TRAINER), anyString(), anyCollection()))
			.willAnswer(call -> call.<Collection<String>>getArgument(2).contains(trainer.unitCode()) ? List.of(trainer)
					: List.of());
		given(staff.find("demo.trainer")).willReturn(Optional.of(trainer));
		given(courses.currentPublished(1L))
			.willReturn(Optional.of(new CourseVersionView(1L, 77L, 3, "CDS-01", "Chuyển đổi số", 90, 30, List.of())));
		AsCaller.signIn("demo.admin", "NA", "ADMIN");
	}

	@Test
	void aWaveTeachesTheCoursesCurrentPublishedVersion() {
		long wave = openWaveFor("NA-DIENCHAU", 4500);

		assertThat(queries.wave(wave).courseId()).isEqualTo(1L);
		assertThat(queries.wave(wave).courseVersionId()).isEqualTo(77L);
	}

	@Test
	void aWaveOfACourseWithoutAPublishedVersionIsRefused() {
		assertThatThrownBy(() -> waves.open(new NewWave("Đợt thử nghiệm", 2L, LocalDate.of(2026, 11, 2), 100, 10,
				List.of(unit("NA-DIENCHAU").id()))))
			.isInstanceOf(ProblemException.class)
			.hasMessage("wave.course-not-published");
	}

	@AfterEach
	void signOut() {
		AsCaller.signOut();
	}

	@Test
	void enrollingADistrictTwiceEnrolsEachLearnerOnce() {
		long wave = openWaveFor("NA-DIENCHAU", 4500);

		var first = waves.enrol(wave, List.of(unit("NA-DIENCHAU").id()), List.of());
		var second = waves.enrol(wave, List.of(unit("NA-DIENCHAU").id()), List.of());

		assertThat(first.enrolled()).isEqualTo(50);
		assertThat(second.enrolled()).isZero();
		assertThat(second.alreadyEnrolled()).isEqualTo(50);
		assertThat(queries.wave(wave).enrolled()).isEqualTo(50);
	}

	@Test
	void enrolmentFiguresCountEachLearnerOncePerUnitAcrossWaves() {
		long first = openWaveFor("NA-DIENCHAU", 4500);
		long second = openWaveFor("NA-DIENCHAU", 4500);
		waves.enrol(first, List.of(unit("NA-DIENCHAU").id()), List.of());
		waves.enrol(second, List.of(unit("NA-DIENCHAU-DIENTHAP").id()), List.of());

		var byUnit = figures.enrolledLearnersByUnitAndCategory(unit("NA-DIENCHAU").path());

		assertThat(byUnit).containsEntry(unit("NA-DIENCHAU-DIENKY").id(), Map.of(LearnerCategory.CONG_CHUC, 40L))
			.containsEntry(unit("NA-DIENCHAU-DIENTHAP").id(), Map.of(LearnerCategory.CONG_CHUC, 10L))
			.hasSize(2);
	}

	@Test
	void aUnitAdminCannotEnrolASiblingDistrict() {
		long wave = openWaveFor("NA", 4500);
		AsCaller.signIn("demo.unitadmin", "NA-DIENCHAU", "UNIT_ADMIN");

		assertThatThrownBy(() -> waves.enrol(wave, List.of(unit("NA-VINH").id()), List.of()))
			.isInstanceOf(ProblemException.class)
			.hasMessage("org-unit.out-of-scope");
	}

	@Test
	void enrollingNobodyIsABadRequestNotASilentNoOp() {
		long wave = openWaveFor("NA-DIENCHAU", 4500);

		assertThatThrownBy(() -> waves.enrol(wave, List.of(), List.of())).isInstanceOf(ProblemException.class)
			.hasMessage("enrolment.selection-required");
	}

	@Test
	void aLearnerOutsideTheWavesUnitsIsRefused() {
		long wave = openWaveFor("NA-DIENCHAU", 4500);

		assertThatThrownBy(() -> waves.enrol(wave, List.of(), List.of(3001L))).isInstanceOf(ProblemException.class)
			.hasMessage("enrolment.learner-outside-wave");
	}

	@Test
	void aWaveRefusesLearnersBeyondItsCapacity() {
		long wave = openWaveFor("NA-DIENCHAU", 45);

		assertThatThrownBy(() -> waves.enrol(wave, List.of(unit("NA-DIENCHAU").id()), List.of()))
			.isInstanceOf(ProblemException.class)
			.hasMessage("wave.capacity-exceeded");
		assertThat(queries.wave(wave).enrolled()).isZero();
	}

	@Test
	void anAccountIssuedJustBeforeTet2024GetsItsDeadlineAfterTheHolidays() {
		long wave = openWave("NA-DIENCHAU", LocalDate.of(2024, 2, 1), 4500);
		waves.enrol(wave, List.of(), List.of(1001L));

		// Wednesday 7 Feb 2024, 10:00 in Vietnam; the Tết break for civil servants was
		// 8–14 Feb.
		events.publishEvent(new AccountIssued(1001L, "kynv1001", Instant.parse("2024-02-07T03:00:00Z")));

		EnrolmentRow row = row(wave, 1001L);
		assertThat(row.deadline()).isEqualTo(LocalDate.of(2024, 2, 28));
		assertThat(row.accountIssuedAt()).isEqualTo(Instant.parse("2024-02-07T03:00:00Z"));
		assertThat(row.status()).isEqualTo(EnrolmentStatus.OVERDUE);
		assertThat(row.workingDaysLeft()).isZero();
	}

	@Test
	void anAccountOlderThanTheWaveStartsTheClockWhenTheWaveOpens() {
		events.publishEvent(new AccountIssued(1002L, "kynv1002", Instant.parse("2023-06-01T03:00:00Z")));
		// The wave opens on Monday 4 March 2024; the tenth working day after it is Monday
		// 18 March.
		long wave = openWave("NA-DIENCHAU", LocalDate.of(2024, 3, 4), 4500);

		var result = waves.enrol(wave, List.of(), List.of(1002L));

		assertThat(result.clocksStarted()).isEqualTo(1);
		assertThat(row(wave, 1002L).deadline()).isEqualTo(LocalDate.of(2024, 3, 18));
		assertThat(row(wave, 1002L).accountIssuedAt()).isEqualTo(Instant.parse("2023-06-01T03:00:00Z"));
		assertThat(row(wave, 1002L).clockStartedAt()).isEqualTo(Instant.parse("2024-03-03T17:00:00Z"));
	}

	@Test
	void aReissuedAccountDoesNotMoveTheDeadline() {
		long wave = openWave("NA-DIENCHAU", LocalDate.of(2024, 3, 4), 4500);
		waves.enrol(wave, List.of(), List.of(1003L));
		events.publishEvent(new AccountIssued(1003L, "kynv1003", Instant.parse("2024-03-04T03:00:00Z")));

		events.publishEvent(new AccountIssued(1003L, "kynv1003", Instant.parse("2024-03-11T03:00:00Z")));

		assertThat(row(wave, 1003L).deadline()).isEqualTo(LocalDate.of(2024, 3, 18));
	}

	@Test
	void splittingPutsAtMost36LearnersInAClassUnitByUnit() {
		long wave = openWaveFor("NA-DIENCHAU", 4500);
		waves.enrol(wave, List.of(unit("NA-DIENCHAU").id()), List.of());

		List<WaveClass> classes = waves.splitIntoClasses(wave, 36);

		assertThat(classes).extracting(WaveClass::getName)
			.containsExactly("Xã Diễn Kỷ – 1", "Xã Diễn Kỷ – 2", "Xã Diễn Tháp");
		assertThat(queries.waveClasses(wave)).extracting(c -> c.learners().size()).containsExactly(36, 4, 10);
		assertThat(waves.splitIntoClasses(wave, 36)).as("a second split finds nobody without a class").isEmpty();
	}

	@Test
	void aTrainerSeesTheirClassWithEachLearnersStatus() throws Exception {
		long wave = openWaveFor("NA-DIENCHAU", 4500);
		waves.enrol(wave, List.of(unit("NA-DIENCHAU-DIENTHAP").id()), List.of());
		WaveClass waveClass = waves.splitIntoClasses(wave, 36).getFirst();
		waves.assignTrainer(waveClass.getId(), "Lớp Diễn Tháp", "demo.trainer");

		// By id: the trainer may guide other classes too (e.g. those of the demo
		// scenario's test).
		String mine = "$[?(@.id == " + waveClass.getId() + ")]";
		mvc.perform(get("/api/me/classes").with(KeycloakJwt.user("demo.trainer", "NA-DIENCHAU-DIENKY", "TRAINER")))
			.andExpect(status().isOk())
			.andExpect(jsonPath(mine + ".name").value("Lớp Diễn Tháp"))
			.andExpect(jsonPath(mine + ".learners.length()").value(10))
			.andExpect(jsonPath(mine + ".learners[0].status").value("NOT_STARTED"));
	}

	@Test
	void aClassTrainerIsChosenByNameAmongTheTrainersOfItsUnit() throws Exception {
		long wave = openWaveFor("NA-DIENCHAU", 4500);
		waves.enrol(wave, List.of(unit("NA-DIENCHAU-DIENKY").id()), List.of());
		WaveClass waveClass = waves.splitIntoClasses(wave, 36).getFirst();

		// The staff directory (Keycloak's demo realm, stood in for) is asked for the
		// TRAINERs of the class's unit.
		mvc.perform(get("/api/classes/{id}/trainer-options", waveClass.getId())
			.with(KeycloakJwt.user("demo.unitadmin", "NA-DIENCHAU", "UNIT_ADMIN")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].username").value(org.hamcrest.Matchers.contains("demo.trainer")))
			.andExpect(jsonPath("$[0].displayName").value("Trần Thị Hồng Ánh"))
			.andExpect(jsonPath("$[0].unitName").value("Xã Diễn Kỷ"));

		AsCaller.signIn("demo.admin", "NA", "ADMIN");
		waves.assignTrainer(waveClass.getId(), waveClass.getName(), "demo.trainer");
		assertThat(queries.waveClasses(wave).getFirst().trainerDisplayName()).isEqualTo("Trần Thị Hồng Ánh");
	}

	@Test
	void aCommunityTeamsClassMayBeGuidedByItsCommunesTrainer() throws Exception {
		register(4001, "Phan Văn Tổ", "NA-DIENCHAU-DIENKY-TCNS");
		long wave = openWaveFor("NA-DIENCHAU", 4500);
		waves.enrol(wave, List.of(), List.of(4001L));
		long classId = waves.splitIntoClasses(wave, 36).getFirst().getId();

		mvc.perform(get("/api/classes/{id}/trainer-options", classId)
			.with(KeycloakJwt.user("demo.unitadmin", "NA-DIENCHAU", "UNIT_ADMIN")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].username").value(org.hamcrest.Matchers.contains("demo.trainer")));
	}

	@Test
	void trainerOptionsAreRefusedOutsideTheUnitAndToTrainers() throws Exception {
		long wave = openWaveFor("NA-DIENCHAU", 4500);
		waves.enrol(wave, List.of(unit("NA-DIENCHAU-DIENKY").id()), List.of());
		long classId = waves.splitIntoClasses(wave, 36).getFirst().getId();

		mvc.perform(get("/api/classes/{id}/trainer-options", classId)
			.with(KeycloakJwt.user("vinh.admin", "NA-VINH", "UNIT_ADMIN"))).andExpect(status().isForbidden());
		mvc.perform(get("/api/classes/{id}/trainer-options", classId)
			.with(KeycloakJwt.user("demo.trainer", "NA-DIENCHAU-DIENKY", "TRAINER"))).andExpect(status().isForbidden());
		verify(staff, never()).withRole(any(), anyString(), anyCollection());
	}

	@Test
	void aTrainerWhoIsNotATrainedFocalPointIsAssignedOnlyOnceConfirmed() throws Exception {
		long wave = openWaveFor("NA-DIENCHAU", 4500);
		waves.enrol(wave, List.of(unit("NA-DIENCHAU-DIENTHAP").id()), List.of());
		long classId = waves.splitIntoClasses(wave, 36).getFirst().getId();
		given(qualification.isQualified("trained.one")).willReturn(true);

		mvc.perform(put("/api/classes/" + classId).with(KeycloakJwt.user("demo.admin", "NA", "ADMIN"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"Lớp Diễn Tháp\",\"trainerUsername\":\"new.person\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("enrolment.trainer-untrained"));
		AsCaller.signIn("demo.admin", "NA", "ADMIN");
		assertThat(queries.waveClasses(wave).getFirst().trainerUsername()).isNull();

		mvc.perform(put("/api/classes/" + classId).with(KeycloakJwt.user("demo.admin", "NA", "ADMIN"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"Lớp Diễn Tháp\",\"trainerUsername\":\"new.person\",\"confirmUntrained\":true}"))
			.andExpect(status().is2xxSuccessful());
		AsCaller.signIn("demo.admin", "NA", "ADMIN");
		assertThat(queries.waveClasses(wave).getFirst().trainerUsername()).isEqualTo("new.person");

		waves.assignTrainer(classId, "Lớp Diễn Tháp (đổi tên)", "new.person", false);
		waves.assignTrainer(classId, "Lớp Diễn Tháp", "trained.one", false);
		assertThat(queries.waveClasses(wave).getFirst().trainerUsername()).isEqualTo("trained.one");
		assertThatThrownBy(() -> waves.assignTrainer(classId, "Lớp Diễn Tháp", "other.person", false))
			.isInstanceOf(ProblemException.class)
			.hasMessage("enrolment.trainer-untrained");
	}

	@Test
	void aLearnerSeesTheirOwnEnrolmentsOnly() throws Exception {
		long wave = openWave("NA-DIENCHAU", LocalDate.of(2024, 2, 1), 4500);
		waves.enrol(wave, List.of(), List.of(1004L, 1005L));
		events.publishEvent(new AccountIssued(1004L, "kynv1004", Instant.parse("2024-02-07T03:00:00Z")));

		mvc.perform(get("/api/me/enrolments").with(KeycloakJwt.user("kynv1004", "NA-DIENCHAU-DIENKY", "LEARNER")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].waveId").value(wave))
			.andExpect(jsonPath("$[0].deadline").value("2024-02-28"))
			.andExpect(jsonPath("$[0].status").value("OVERDUE"))
			.andExpect(jsonPath("$[0].workingDaysLeft").value(0));
		mvc.perform(get("/api/waves/{id}/enrolments", wave)
			.with(KeycloakJwt.user("kynv1004", "NA-DIENCHAU-DIENKY", "LEARNER"))).andExpect(status().isForbidden());
	}

	@Test
	void withdrawnAmongNamesTheWithdrawnEnrolmentsOnly() {
		long wave = openWaveFor("NA-DIENCHAU", 100);
		waves.enrol(wave, List.of(), List.of(1006L, 1007L));
		long staying = row(wave, 1006L).enrolmentId();
		long leaving = row(wave, 1007L).enrolmentId();

		waves.withdraw(leaving);

		assertThat(directory.withdrawnAmong(List.of(staying, leaving, -1L))).containsExactly(leaving);
	}

	@Test
	void onlyAnAdminOpensWaves() {
		AsCaller.signIn("demo.unitadmin", "NA-DIENCHAU", "UNIT_ADMIN");

		assertThatThrownBy(() -> openWaveFor("NA-DIENCHAU", 10)).isInstanceOf(AccessDeniedException.class);
	}

	private long openWaveFor(String unitCode, int capacity) {
		return openWave(unitCode, LocalDate.of(2026, 11, 2), capacity);
	}

	private long openWave(String unitCode, LocalDate opening, int capacity) {
		return waves.open(new NewWave("Đợt thử nghiệm", 1L, opening, capacity, 10, List.of(unit(unitCode).id())))
			.getId();
	}

	private EnrolmentRow row(long wave, long learnerId) {
		return queries.waveEnrolments(wave).stream().filter(r -> r.learnerId() == learnerId).findFirst().orElseThrow();
	}

	private OrgUnitSummary unit(String code) {
		return units.findSummaryByCode(code).orElseThrow();
	}

	private void register(long id, String name, String unitCode) {
		OrgUnitSummary unit = unit(unitCode);
		registry.add(new LearnerSummary(id, name, LocalDate.of(1980, 1, 1), unit.id(), unit.code(), unit.path(),
				LearnerCategory.CONG_CHUC, null, null, null, true));
	}

}
