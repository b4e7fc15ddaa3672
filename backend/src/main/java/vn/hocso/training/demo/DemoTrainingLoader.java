package vn.hocso.training.demo;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import vn.hocso.account.demo.DemoAccounts;
import vn.hocso.learner.LearnerCategory;
import vn.hocso.learner.demo.DemoLearners;
import vn.hocso.learner.demo.DemoLearners.Registered;
import vn.hocso.learner.demo.DemoLearners.SeedLearner;
import vn.hocso.organization.OrgUnitDirectory;
import vn.hocso.platform.VietnamTime;
import vn.hocso.training.domain.AllotmentService;
import vn.hocso.training.domain.AttendanceService;
import vn.hocso.training.domain.CompletionService;
import vn.hocso.training.domain.NominationService;
import vn.hocso.training.domain.ProgrammeRepository;
import vn.hocso.training.domain.ProgrammeService;
import vn.hocso.training.domain.SeatAllotment;
import vn.hocso.training.domain.TrainingClass;
import vn.hocso.training.domain.TrainingProgramme;
import vn.hocso.training.domain.TrainingReads;
import vn.hocso.training.domain.TrainingSession;

/**
 * Loads the demo programme from {@code seed-data/training/} once (skipped when a
 * programme of that name exists), through the services an ADMIN and a teacher use:
 * officials registered, nominated, seated, class 1's attendance and completion
 * (demo.trainer becomes a trained focal point) and the first day of class 2, which is in
 * progress.
 */
@Component
@ConditionalOnProperty(name = "hocso.demo.training")
class DemoTrainingLoader {

	private static final Logger log = LoggerFactory.getLogger(DemoTrainingLoader.class);

	private static final String ACTOR = "system:demo-data";

	private final ProgrammeService programmes;

	private final ProgrammeRepository programmeRepository;

	private final NominationService nominations;

	private final AllotmentService allotment;

	private final AttendanceService attendance;

	private final CompletionService completions;

	private final TrainingReads reads;

	private final DemoLearners learners;

	private final DemoAccounts accounts;

	private final OrgUnitDirectory units;

	private final TransactionTemplate transaction;

	private final JsonMapper json;

	private final ResourceLoader resources;

	private final Clock clock;

	private final String location;

	DemoTrainingLoader(ProgrammeService programmes, ProgrammeRepository programmeRepository,
			NominationService nominations, AllotmentService allotment, AttendanceService attendance,
			CompletionService completions, TrainingReads reads, DemoLearners learners, DemoAccounts accounts,
			OrgUnitDirectory units, TransactionTemplate transaction, JsonMapper json, ResourceLoader resources,
			Clock clock, @Value("${hocso.demo.training}") String location) {
		this.programmes = programmes;
		this.programmeRepository = programmeRepository;
		this.nominations = nominations;
		this.allotment = allotment;
		this.attendance = attendance;
		this.completions = completions;
		this.reads = reads;
		this.learners = learners;
		this.accounts = accounts;
		this.units = units;
		this.transaction = transaction;
		this.json = json;
		this.resources = resources;
		this.clock = clock;
		this.location = location;
	}

	record SeedProgramme(String name, String contentOutline, int classCount, int seatsPerClass, int daysPerClass,
			int periodStartDay, int periodEndDay, int nominationLimit, int nominationDeadlineDay, int minSessions,
			int targetTrained) {
	}

	record SeedClass(String name, String venue, int startDay, Set<String> teachers, @Nullable String area) {
	}

	enum DayOne {

		PRESENT, LATE, LEFT_EARLY, ABSENT

	}

	record SeedParticipant(String fullName, @Nullable LocalDate dateOfBirth, @Nullable String gender, String citizenId,
			String unitCode, LearnerCategory category, @Nullable String position, int classNumber,
			@Nullable Integer attended, @Nullable DayOne dayOne, @Nullable String account) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Seed(SeedProgramme programme, List<SeedClass> classes, List<SeedParticipant> participants) {
	}

	@EventListener(ApplicationReadyEvent.class)
	void load() {
		signIn();
		try {
			Seed seed = read();
			if (programmeRepository.findAll().stream().anyMatch(p -> p.getName().equals(seed.programme().name()))) {
				return;
			}
			transaction.executeWithoutResult(status -> loadInOneTransaction(seed));
			log.info("Loaded the demo training programme from {}", location);
		}
		catch (IOException | RuntimeException e) {
			log.warn("The demo training programme could not be loaded: {}", e.toString(), e);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private void loadInOneTransaction(Seed seed) {
		LocalDate today = LocalDate.now(clock.withZone(VietnamTime.ZONE));
		SeedProgramme p = seed.programme();
		TrainingProgramme programme = programmes.open(new TrainingProgramme.Shape(p.name(), p.contentOutline(),
				p.classCount(), p.seatsPerClass(), p.daysPerClass(), today.plusDays(p.periodStartDay()),
				today.plusDays(p.periodEndDay()), p.nominationLimit(),
				today.plusDays(p.nominationDeadlineDay()).atStartOfDay(VietnamTime.ZONE).toInstant(), p.minSessions(),
				p.targetTrained()));
		List<TrainingClass> classes = new ArrayList<>();
		for (SeedClass c : seed.classes()) {
			classes.add(programmes.addClass(programme.getId(),
					new ProgrammeService.NewClass(c.name(), c.venue(), today.plusDays(c.startDay()), null,
							c.area() == null ? null : units.findSummaryByCode(c.area()).orElseThrow().id(),
							c.teachers())));
		}
		List<SeedParticipant> participants = seed.participants();
		List<Registered> registered = learners.register(participants.stream()
			.map(s -> new SeedLearner(s.fullName(), s.dateOfBirth(), s.gender(), s.citizenId(), s.unitCode(),
					s.category(), s.position()))
			.toList(), today.minusYears(1));
		List<Long> nominationIds = new ArrayList<>();
		for (int i = 0; i < participants.size(); i++) {
			SeedParticipant s = participants.get(i);
			Registered r = registered.get(i);
			if (s.account() != null) {
				accounts.issue(r.learnerId(), s.account(), null, r.unitPath(),
						today.plusDays(p.periodStartDay()).atStartOfDay(VietnamTime.ZONE).toInstant());
			}
			nominationIds
				.add(nominations.nominate(programme.getId(), r.learnerId(), classes.get(s.classNumber() - 1).getId())
					.getId());
		}
		allotment.allot(programme.getId(), SeatAllotment.Mode.DATE_PREFERENCE);
		markClassOne(classes.get(0), participants, nominationIds);
		completions.complete(classes.get(0).getId());
		markDayOne(classes.get(1), participants, nominationIds);
	}

	private void markClassOne(TrainingClass first, List<SeedParticipant> participants, List<Long> nominationIds) {
		List<TrainingSession> sessions = reads.classSheet(first.getId()).sessions();
		for (int n = 0; n < sessions.size(); n++) {
			TrainingSession session = sessions.get(n);
			List<AttendanceService.TeacherMark> marks = new ArrayList<>();
			for (int i = 0; i < participants.size(); i++) {
				SeedParticipant s = participants.get(i);
				if (s.classNumber() == 1) {
					boolean present = s.attended() != null && n < s.attended();
					marks.add(mark(nominationIds.get(i), present, false, false, session.getStartsAt()));
				}
			}
			attendance.record(session.getId(), marks);
		}
	}

	private void markDayOne(TrainingClass second, List<SeedParticipant> participants, List<Long> nominationIds) {
		for (TrainingSession session : reads.classSheet(second.getId()).sessions()) {
			if (session.getDayNumber() != 1 || session.getStartsAt().isAfter(clock.instant())) {
				continue;
			}
			List<AttendanceService.TeacherMark> marks = new ArrayList<>();
			for (int i = 0; i < participants.size(); i++) {
				SeedParticipant s = participants.get(i);
				if (s.classNumber() == 2 && s.dayOne() != null) {
					marks.add(mark(nominationIds.get(i), s.dayOne() != DayOne.ABSENT, s.dayOne() == DayOne.LATE,
							s.dayOne() == DayOne.LEFT_EARLY, session.getStartsAt()));
				}
			}
			attendance.record(session.getId(), marks);
		}
	}

	private static AttendanceService.TeacherMark mark(long nominationId, boolean present, boolean late,
			boolean leftEarly, Instant at) {
		return new AttendanceService.TeacherMark(nominationId, "demo-" + nominationId + "-" + at, present, late,
				leftEarly, at.plusSeconds(600));
	}

	private Seed read() throws IOException {
		Resource resource = resources.getResource(location);
		try (InputStream in = resource.getInputStream()) {
			return json.readValue(in, Seed.class);
		}
	}

	private static void signIn() {
		Jwt jwt = Jwt.withTokenValue("demo-training")
			.header("alg", "none")
			.subject(ACTOR)
			.claim("preferred_username", ACTOR)
			.claim("name", "Demo data")
			.claim("realm_access", Map.of("roles", List.of("ADMIN")))
			.claim("org_unit", "NA")
			.issuedAt(Instant.now())
			.expiresAt(Instant.now().plusSeconds(3600))
			.build();
		SecurityContextHolder.getContext()
			.setAuthentication(new JwtAuthenticationToken(jwt, List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
	}

}
