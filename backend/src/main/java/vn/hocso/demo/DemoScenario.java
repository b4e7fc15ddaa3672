package vn.hocso.demo;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.hocso.account.demo.DemoAccounts;
import vn.hocso.calendar.WorkingDayCalendar;
import vn.hocso.course.CourseCatalog;
import vn.hocso.course.CourseCatalog.CourseVersionView;
import vn.hocso.course.CourseCatalog.LectureView;
import vn.hocso.citizen.demo.DemoCitizens;
import vn.hocso.enrolment.EnrolmentDirectory;
import vn.hocso.enrolment.EnrolmentRef;
import vn.hocso.enrolment.demo.DemoOpenCourse;
import vn.hocso.enrolment.demo.DemoWave;
import vn.hocso.identity.KeycloakUserAdmin;
import vn.hocso.learner.demo.DemoLearners;
import vn.hocso.learner.demo.DemoLearners.Registered;
import vn.hocso.learner.demo.DemoLearners.SeedLearner;
import vn.hocso.organization.OrgUnitDirectory;
import vn.hocso.organization.OrgUnitSummary;
import vn.hocso.platform.VietnamTime;
import vn.hocso.progress.demo.DemoProgress;
import vn.hocso.quiz.demo.DemoQuizPass;

/**
 * Runs the demo scenario from {@code seed-data/demo/learners.json} in a background thread
 * once the demo course is published (the course loader publishes it ~30 s after start):
 * learners registered, a wave of the course for Diễn Châu opened a few working days ago
 * with every demo learner enrolled and split into classes (Diễn Kỷ's for the demo
 * trainer), accounts recorded as issued on the opening day (the two demo logins linked to
 * their Keycloak users), and progress as the file's profile says. Each step skips what is
 * already there, so a restart does nothing twice.
 */
@Component
@ConditionalOnProperty(name = "hocso.demo.scenario.learners")
// It signs in as an unsigned (alg: none) ADMIN: never outside the demo (and the tests
// that run it).
@Profile({ "demo", "test" })
class DemoScenario {

	private static final Logger log = LoggerFactory.getLogger(DemoScenario.class);

	private static final String ACTOR = "system:demo-data";

	/**
	 * The system caller is the province's administrator: its scope is the whole province.
	 */
	private static final String ADMIN_UNIT = "NA";

	private final DemoScenarioSteps steps;

	private final CourseCatalog catalog;

	private final String courseCode;

	private final Duration courseWait;

	private volatile @Nullable Thread thread;

	DemoScenario(DemoScenarioSteps steps, CourseCatalog catalog,
			@Value("${hocso.demo.scenario.course-code:CDS-CBCCVC}") String courseCode,
			@Value("${hocso.demo.scenario.course-wait:PT15M}") Duration courseWait) {
		this.steps = steps;
		this.catalog = catalog;
		this.courseCode = courseCode;
		this.courseWait = courseWait;
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		thread = Thread.ofVirtual().name("demo-scenario").start(() -> {
			signIn();
			try {
				Optional<CourseVersionView> course = awaitPublished();
				if (course.isEmpty()) {
					log.warn("The demo course {} was not published within {}: the demo scenario is not loaded",
							courseCode, courseWait);
					return;
				}
				steps.run(course.get());
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			catch (Exception e) {
				log.warn("The demo scenario could not be loaded: {}", e.toString(), e);
			}
			finally {
				SecurityContextHolder.clearContext();
			}
		});
	}

	/** Waits for the scenario's thread (tests). */
	void await(Duration timeout) throws InterruptedException {
		Thread running = thread;
		if (running != null) {
			running.join(timeout);
		}
	}

	private Optional<CourseVersionView> awaitPublished() throws InterruptedException {
		Instant until = Instant.now().plus(courseWait);
		while (true) {
			Optional<CourseVersionView> published = catalog.courseIdOfCode(courseCode)
				.flatMap(catalog::currentPublished);
			if (published.isPresent() || Instant.now().isAfter(until)) {
				return published;
			}
			Thread.sleep(2_000);
		}
	}

	static void signIn() {
		Jwt jwt = Jwt.withTokenValue("demo-scenario")
			.header("alg", "none")
			.subject(ACTOR)
			.claim("preferred_username", ACTOR)
			.claim("name", "Demo data")
			.claim("realm_access", Map.of("roles", List.of("ADMIN")))
			.claim("org_unit", ADMIN_UNIT)
			.issuedAt(Instant.now())
			.expiresAt(Instant.now().plusSeconds(3600))
			.build();
		SecurityContextHolder.getContext()
			.setAuthentication(new JwtAuthenticationToken(jwt, List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
	}

	/** The steps, in order; a separate bean so that tests can run them directly. */
	@Component
	@ConditionalOnProperty(name = "hocso.demo.scenario.learners")
	@Profile({ "demo", "test" })
	static class DemoScenarioSteps {

		private final DemoLearners learners;

		private final DemoWave waves;

		private final DemoAccounts accounts;

		private final DemoProgress progress;

		private final DemoQuizPass quiz;

		private final EnrolmentDirectory enrolments;

		private final OrgUnitDirectory units;

		private final WorkingDayCalendar calendar;

		private final KeycloakUserAdmin keycloak;

		private final java.time.Clock clock;

		private final DemoCitizens citizens;

		private final DemoOpenCourse openCourse;

		private final JsonMapper json;

		private final Resource source;

		private final String waveName;

		private final String waveUnit;

		private final String trainer;

		private final String trainerUnit;

		private final int workingDaysAgo;

		private final int classSize;

		DemoScenarioSteps(DemoLearners learners, DemoWave waves, DemoAccounts accounts, DemoProgress progress,
				DemoQuizPass quiz, EnrolmentDirectory enrolments, OrgUnitDirectory units, WorkingDayCalendar calendar,
				KeycloakUserAdmin keycloak, java.time.Clock clock, DemoCitizens citizens, DemoOpenCourse openCourse,
				JsonMapper json, @Value("${hocso.demo.scenario.learners}") Resource source,
				@Value("${hocso.demo.scenario.wave-name:Đợt 1 – Chuyển đổi số, huyện Diễn Châu}") String waveName,
				@Value("${hocso.demo.scenario.wave-unit:NA-DIENCHAU}") String waveUnit,
				@Value("${hocso.demo.scenario.trainer:demo.trainer}") String trainer,
				@Value("${hocso.demo.scenario.trainer-unit:NA-DIENCHAU-DIENKY}") String trainerUnit,
				@Value("${hocso.demo.scenario.opened-working-days-ago:6}") int workingDaysAgo,
				@Value("${hocso.demo.scenario.class-size:20}") int classSize) {
			this.learners = learners;
			this.waves = waves;
			this.accounts = accounts;
			this.progress = progress;
			this.quiz = quiz;
			this.enrolments = enrolments;
			this.units = units;
			this.calendar = calendar;
			this.keycloak = keycloak;
			this.clock = clock;
			this.citizens = citizens;
			this.openCourse = openCourse;
			this.json = json;
			this.source = source;
			this.waveName = waveName;
			this.waveUnit = waveUnit;
			this.trainer = trainer;
			this.trainerUnit = trainerUnit;
			this.workingDaysAgo = workingDaysAgo;
			this.classSize = classSize;
		}

		static final String DEMO_CITIZEN = "demo.citizen";

		static final String DEMO_CITIZEN_COMMUNE = "NA-DIENCHAU-DIENKY";

		static final String DEMO_HELPER = "demo.helper";

		/** How far a demo learner has got. */
		enum ProgressProfile {

			COMPLETE, ON_PACE, BEHIND, NOT_STARTED

		}

		record SeedEntry(String fullName, @Nullable LocalDate dateOfBirth, @Nullable String gender, String citizenId,
				String unitCode, vn.hocso.learner.LearnerCategory category, @Nullable String position,
				@Nullable String account, @Nullable ProgressProfile progress, @Nullable Boolean quizPassed) {
		}

		record SeedFile(List<SeedEntry> learners) {
		}

		void run(CourseVersionView course) throws Exception {
			SeedFile seed;
			try (InputStream in = source.getInputStream()) {
				seed = json.readerFor(SeedFile.class)
					.without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
					.readValue(in);
			}
			LocalDate today = LocalDate.now(clock.withZone(VietnamTime.ZONE));
			LocalDate opening = workingDaysBefore(today, workingDaysAgo);
			List<Registered> registered = learners.register(seed.learners()
				.stream()
				.map(e -> new SeedLearner(e.fullName(), e.dateOfBirth(), e.gender(), e.citizenId(), e.unitCode(),
						e.category(), e.position()))
				.toList(), opening.minusMonths(6));
			OrgUnitSummary waveUnitSummary = units.findSummaryByCode(waveUnit)
				.orElseThrow(() -> new IllegalStateException("No demo unit " + waveUnit));
			String trainerPath = units.findSummaryByCode(trainerUnit)
				.orElseThrow(() -> new IllegalStateException("No demo unit " + trainerUnit))
				.path();
			long waveId = waves
				.ensure(new DemoWave.Plan(waveName, course.courseId(), opening, 10, List.of(waveUnitSummary.id()),
						registered.stream().map(Registered::learnerId).toList(), classSize, trainerPath, trainer));
			if (!quiz.ensureBank(course.courseId())) {
				log.warn("The demo course has no quiz bank (hocso.demo.quiz unset?): nobody can take its final quiz");
			}
			Instant issuedAt = opening.atTime(LocalTime.of(8, 0)).atZone(VietnamTime.ZONE).toInstant();
			int issued = 0;
			int seeded = 0;
			int passed = 0;
			List<LocalDate> studyDays = studyDays(opening, today);
			for (int i = 0; i < registered.size(); i++) {
				Registered learner = registered.get(i);
				SeedEntry entry = seed.learners().get(i);
				if (!accounts.hasAccount(learner.learnerId())) {
					String username = entry.account() != null ? entry.account() : "dienchau." + entry.citizenId();
					String keycloakId = entry.account() != null ? keycloakId(entry.account())
							: DemoAccounts.NO_KEYCLOAK_USER;
					if (keycloakId != null && accounts.issue(learner.learnerId(), username, keycloakId,
							learner.unitPath(), issuedAt)) {
						issued++;
					}
				}
				Optional<EnrolmentRef> enrolment = enrolments.ofLearner(learner.learnerId())
					.stream()
					.filter(ref -> ref.waveId() == waveId)
					.findFirst();
				ProgressProfile profile = entry.progress() == null ? ProgressProfile.NOT_STARTED : entry.progress();
				if (enrolment.isPresent() && profile != ProgressProfile.NOT_STARTED
						&& progress.isEmpty(enrolment.get().enrolmentId())) {
					seedProgress(enrolment.get(), course, profile, i, studyDays, issuedAt);
					seeded++;
				}
				if (Boolean.TRUE.equals(entry.quizPassed()) && entry.account() != null && enrolment.isPresent()
						&& enrolment.get().status() != vn.hocso.enrolment.EnrolmentStatus.COMPLETED
						&& accounts.hasAccount(learner.learnerId())) {
					Integer score = quiz.pass(enrolment.get().enrolmentId(), course.courseId(), entry.account(),
							entry.unitCode());
					if (score == null) {
						log.warn("The demo learner {} could not pass the final quiz (no question bank yet?)",
								entry.account());
					}
					else {
						passed++;
					}
				}
			}
			log.info(
					"Demo scenario: {} learners ({} new), wave {} of \"{}\", {} accounts recorded, {} progress seeded, {} quizzes passed",
					registered.size(), registered.stream().filter(Registered::created).count(), waveId, course.title(),
					issued, seeded, passed);
			seedCitizen(course, studyDays, issuedAt);
		}

		/**
		 * The demo citizen (issue 17): signed up, chose Diễn Kỷ, took the demo course,
		 * which is open to citizens, watched it all and passed the quiz, so holds a
		 * certificate.
		 */
		private void seedCitizen(CourseVersionView course, List<LocalDate> studyDays, Instant registeredAt) {
			long learnerId = citizens.ensure(DEMO_CITIZEN, "Lê Thị Mai", DEMO_CITIZEN_COMMUNE, 1990, "FEMALE", null,
					registeredAt);
			long enrolmentId = openCourse.enrol(course.courseId(), learnerId);
			EnrolmentRef enrolment = enrolments.find(enrolmentId).orElseThrow();
			if (progress.isEmpty(enrolmentId)) {
				seedProgress(enrolment, course, ProgressProfile.COMPLETE, 3, studyDays, registeredAt);
			}
			if (enrolment.status() != vn.hocso.enrolment.EnrolmentStatus.COMPLETED) {
				try {
					if (quiz.pass(enrolmentId, course.courseId(), DEMO_CITIZEN, DEMO_CITIZEN_COMMUNE) == null) {
						log.warn("The demo citizen could not pass the final quiz (no question bank yet?)");
					}
				}
				catch (Exception e) {
					log.warn("The demo citizen could not pass the final quiz: {}", e.toString());
				}
			}
			log.info("Demo scenario: citizen {} enrolled in the open course \"{}\" (enrolment {})", DEMO_CITIZEN,
					course.title(), enrolmentId);
			seedAssisted(course, studyDays, registeredAt);
		}

		/**
		 * The demo community helper (issue 17, ADR 0380): a member of Diễn Kỷ's community
		 * digital team, granted the role by the district's unit admin, who registered
		 * three citizens; one has started the open course.
		 */
		private void seedAssisted(CourseVersionView course, List<LocalDate> studyDays, Instant at) {
			Optional<Long> helper = enrolments.learnerIdOfUsername(DEMO_HELPER);
			if (helper.isEmpty()) {
				log.warn("The demo helper {} has no learner account: no assisted citizens seeded", DEMO_HELPER);
				return;
			}
			citizens.ensureHelper(helper.get(), DEMO_HELPER, "demo.unitadmin", at);
			long first = citizens.ensureAssisted("demo.assisted1", "Nguyễn Văn Bình", DEMO_CITIZEN_COMMUNE, 1958,
					"MALE", DEMO_HELPER, at);
			citizens.ensureAssisted("demo.assisted2", "Hồ Thị Lan", DEMO_CITIZEN_COMMUNE, 1965, "FEMALE", DEMO_HELPER,
					at);
			citizens.ensureAssisted("demo.assisted3", "Trần Văn Tâm", DEMO_CITIZEN_COMMUNE, 1972, "MALE", DEMO_HELPER,
					at);
			long enrolmentId = openCourse.enrol(course.courseId(), first);
			if (progress.isEmpty(enrolmentId)) {
				seedProgress(enrolments.find(enrolmentId).orElseThrow(), course, ProgressProfile.ON_PACE, 5, studyDays,
						at);
			}
			log.info("Demo scenario: community helper {} with three assisted citizens", DEMO_HELPER);
		}

		private void seedProgress(EnrolmentRef enrolment, CourseVersionView course, ProgressProfile profile, int index,
				List<LocalDate> studyDays, Instant issuedAt) {
			List<LectureView> lectures = course.lectures();
			int expected = course.expectedMinutesPerDay();
			int done;
			Map<LocalDate, Long> minutes = new LinkedHashMap<>();
			switch (profile) {
				case COMPLETE -> {
					done = lectures.size();
					studyDays.forEach(day -> minutes.put(day, (long) expected + 5 + index % 7));
				}
				case ON_PACE -> {
					done = Math.max(1, lectures.size() * (5 + index % 3) / 10);
					studyDays.forEach(day -> minutes.put(day, (long) expected + 2 + index % 9));
				}
				default -> {
					done = Math.max(1, lectures.size() * (1 + index % 2) / 10);
					studyDays.stream().limit(2).forEach(day -> minutes.put(day, 8L + index % 6));
				}
			}
			Map<LocalDate, Long> seconds = new LinkedHashMap<>();
			minutes.forEach((day, m) -> seconds.put(day, m * 60));
			LocalDate last = studyDays.isEmpty() ? LocalDate.ofInstant(issuedAt, VietnamTime.ZONE)
					: studyDays.get(studyDays.size() - 1);
			Instant watchedAt = last.atTime(LocalTime.of(16, 0)).atZone(VietnamTime.ZONE).toInstant();
			progress.watched(enrolment, new ArrayList<>(lectures.subList(0, Math.min(done, lectures.size()))),
					watchedAt, seconds);
		}

		/**
		 * The Keycloak id of a demo login, or null (with a warning) when Keycloak does
		 * not have it.
		 */
		private @Nullable String keycloakId(String username) {
			try {
				Optional<String> id = keycloak.findUserId(username);
				if (id.isEmpty()) {
					log.warn(
							"The demo user {} is not in Keycloak (an older realm?): its learner gets no account until a restart finds it",
							username);
				}
				return id.orElse(null);
			}
			catch (RuntimeException e) {
				log.warn("Keycloak could not be asked for the demo user {}: {}", username, e.toString());
				return null;
			}
		}

		/** The {@code count}-th working day before {@code day}. */
		private LocalDate workingDaysBefore(LocalDate day, int count) {
			LocalDate date = day;
			int found = 0;
			while (found < count) {
				date = date.minusDays(1);
				if (calendar.isWorkingDay(date)) {
					found++;
				}
			}
			return date;
		}

		/** Working days from the opening day up to yesterday. */
		private List<LocalDate> studyDays(LocalDate opening, LocalDate today) {
			List<LocalDate> days = new ArrayList<>();
			for (LocalDate day = opening; day.isBefore(today); day = day.plusDays(1)) {
				if (calendar.isWorkingDay(day)) {
					days.add(day);
				}
			}
			return days;
		}

	}

}
