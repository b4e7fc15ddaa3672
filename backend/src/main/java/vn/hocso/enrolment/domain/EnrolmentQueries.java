package vn.hocso.enrolment.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hocso.enrolment.EnrolmentStatus;
import vn.hocso.identity.CurrentCaller;
import vn.hocso.learner.LearnerDirectory;
import vn.hocso.learner.LearnerSummary;
import vn.hocso.organization.AccessPolicy;
import vn.hocso.organization.OrgScope;
import vn.hocso.organization.OrgScopes;
import vn.hocso.organization.ScopedAction;
import vn.hocso.platform.ProblemException;
import vn.hocso.platform.VietnamTime;

/** Reads of waves, classes and enrolments, each limited to what the caller may see. */
@Service
@Transactional(readOnly = true)
public class EnrolmentQueries {

	private final WaveRepository waves;

	private final WaveUnitRepository waveUnits;

	private final WaveClassRepository classes;

	private final EnrolmentRepository enrolments;

	private final LearnerAccountRecordRepository accounts;

	private final LearnerDirectory learners;

	private final OrgScopes scopes;

	private final CurrentCaller currentCaller;

	private final DeadlinePolicy deadlines;

	private final Clock clock;

	private final AccessPolicy access;

	EnrolmentQueries(WaveRepository waves, WaveUnitRepository waveUnits, WaveClassRepository classes,
			EnrolmentRepository enrolments, LearnerAccountRecordRepository accounts, LearnerDirectory learners,
			OrgScopes scopes, CurrentCaller currentCaller, DeadlinePolicy deadlines, Clock clock, AccessPolicy access) {
		this.access = access;
		this.waves = waves;
		this.waveUnits = waveUnits;
		this.classes = classes;
		this.enrolments = enrolments;
		this.accounts = accounts;
		this.learners = learners;
		this.scopes = scopes;
		this.currentCaller = currentCaller;
		this.deadlines = deadlines;
		this.clock = clock;
	}

	/** A learner's view of one enrolment. */
	public record MyEnrolment(long enrolmentId, long waveId, String waveName, long courseId,
			@Nullable Long courseVersionId, EnrolmentStatus status, @Nullable Instant accountIssuedAt,
			@Nullable Instant clockStartedAt, @Nullable LocalDate deadline, @Nullable Integer workingDaysLeft) {
	}

	/** Staff's view of one learner in a wave or class. */
	public record EnrolmentRow(long enrolmentId, long learnerId, String fullName, String unitCode,
			@Nullable Long classId, EnrolmentStatus status, @Nullable Instant accountIssuedAt,
			@Nullable Instant clockStartedAt, @Nullable LocalDate deadline, @Nullable Integer workingDaysLeft) {
	}

	public record WaveView(long id, String name, long courseId, @Nullable Long courseVersionId, LocalDate openingDate,
			int capacity, int deadlineWorkingDays, List<Long> unitIds, long enrolled,
			Map<EnrolmentStatus, Long> byStatus) {
	}

	@Schema(name = "WaveClassView")
	public record ClassView(long id, long waveId, String name, @Nullable String trainerUsername,
			@Nullable String trainerDisplayName, List<EnrolmentRow> learners) {
	}

	/** The calling learner's enrolments (through the account issued to them). */
	public List<MyEnrolment> myEnrolments() {
		String username = currentCaller.get().username();
		return accounts.findByUsername(username).map(account -> {
			LocalDate today = today();
			return enrolments.findByLearnerIdOrderByEnrolledAtDesc(account.getLearnerId()).stream().map(enrolment -> {
				Wave wave = waves.findById(enrolment.getWaveId()).orElseThrow();
				return new MyEnrolment(enrolment.getId(), wave.getId(), wave.getName(), wave.getCourseId(),
						wave.getCourseVersionId(), enrolment.statusOn(today), account.getIssuedAt(),
						enrolment.getClockStartedAt(), enrolment.getDeadline(), daysLeft(enrolment, today));
			}).toList();
		}).orElse(List.of());
	}

	/**
	 * Waves that cover any part of the caller's scope (staff only: a learner sees only
	 * themselves).
	 */
	@PreAuthorize("hasAnyRole('ADMIN','REPORTER','VERIFIER','UNIT_ADMIN','TRAINER')")
	public List<WaveView> visibleWaves() {
		OrgScope scope = scopes.current();
		return waves.findAll(Sort.by("openingDate").descending())
			.stream()
			.filter(wave -> overlaps(scope, waveUnits.findByWaveId(wave.getId())))
			.map(this::view)
			.toList();
	}

	@PreAuthorize("hasAnyRole('ADMIN','REPORTER','VERIFIER','UNIT_ADMIN','TRAINER')")
	public WaveView wave(long waveId) {
		Wave wave = visibleWave(waveId);
		return view(wave);
	}

	@PreAuthorize("hasAnyRole('ADMIN','REPORTER','VERIFIER','UNIT_ADMIN','TRAINER')")
	public List<EnrolmentRow> waveEnrolments(long waveId) {
		visibleWave(waveId);
		Map<Long, String> trainers = new HashMap<>();
		classes.findByWaveIdOrderByNameAsc(waveId)
			.forEach(waveClass -> trainers.put(waveClass.getId(), waveClass.getTrainerUsername()));
		return rows(enrolments.findByWaveIdOrderByUnitPathAscIdAsc(waveId)
			.stream()
			.filter(enrolment -> access.coversClass(ScopedAction.ENROLMENT_READ, enrolment.getUnitPath(),
					enrolment.getClassId() == null ? null : trainers.get(enrolment.getClassId())))
			.toList());
	}

	@PreAuthorize("hasAnyRole('ADMIN','REPORTER','VERIFIER','UNIT_ADMIN','TRAINER')")
	public List<ClassView> waveClasses(long waveId) {
		visibleWave(waveId);
		return classes.findByWaveIdOrderByNameAsc(waveId)
			.stream()
			.filter(waveClass -> access.coversClass(ScopedAction.ENROLMENT_READ, waveClass.getUnitPath(),
					waveClass.getTrainerUsername()))
			.map(this::classView)
			.toList();
	}

	/**
	 * The classes the calling trainer guides, with each learner's status and deadline.
	 */
	public List<ClassView> myClasses() {
		return classes.findByTrainerUsernameOrderByIdAsc(currentCaller.get().username())
			.stream()
			.map(this::classView)
			.toList();
	}

	private ClassView classView(WaveClass waveClass) {
		return new ClassView(waveClass.getId(), waveClass.getWaveId(), waveClass.getName(),
				waveClass.getTrainerUsername(), waveClass.getTrainerDisplayName(),
				rows(enrolments.findByClassIdOrderByIdAsc(waveClass.getId())));
	}

	private List<EnrolmentRow> rows(List<Enrolment> list) {
		List<Long> learnerIds = list.stream().map(Enrolment::getLearnerId).toList();
		Map<Long, LearnerSummary> byId = learners.findAll(learnerIds)
			.stream()
			.collect(Collectors.toMap(LearnerSummary::id, Function.identity()));
		Map<Long, Instant> issuedAt = accounts.findAllById(learnerIds)
			.stream()
			.collect(Collectors.toMap(LearnerAccountRecord::getLearnerId, LearnerAccountRecord::getIssuedAt));
		LocalDate today = today();
		return list.stream().map(enrolment -> {
			LearnerSummary learner = byId.get(enrolment.getLearnerId());
			return new EnrolmentRow(enrolment.getId(), enrolment.getLearnerId(),
					learner == null ? "" : learner.fullName(), learner == null ? "" : learner.unitCode(),
					enrolment.getClassId(), enrolment.statusOn(today), issuedAt.get(enrolment.getLearnerId()),
					enrolment.getClockStartedAt(), enrolment.getDeadline(), daysLeft(enrolment, today));
		}).toList();
	}

	private WaveView view(Wave wave) {
		LocalDate today = today();
		Map<EnrolmentStatus, Long> byStatus = new EnumMap<>(EnrolmentStatus.class);
		long enrolled = 0;
		for (Object[] row : enrolments.countByStageAndDeadline(wave.getId())) {
			long count = (Long) row[2];
			byStatus.merge(Enrolment.statusOf((Enrolment.Stage) row[0], (LocalDate) row[1], today), count, Long::sum);
			enrolled += count;
		}
		return new WaveView(wave.getId(), wave.getName(), wave.getCourseId(), wave.getCourseVersionId(),
				wave.getOpeningDate(), wave.getCapacity(), wave.getDeadlineWorkingDays(),
				waveUnits.findByWaveId(wave.getId()).stream().map(WaveUnit::getUnitId).toList(), enrolled, byStatus);
	}

	private Wave visibleWave(long waveId) {
		Wave wave = waves.findById(waveId).orElseThrow(() -> ProblemException.notFound("wave.not-found", waveId));
		if (!overlaps(scopes.current(), waveUnits.findByWaveId(waveId))) {
			throw ProblemException.forbidden("wave.out-of-scope", wave.getName());
		}
		return wave;
	}

	/**
	 * A wave concerns the caller when it covers part of their subtree or a subtree
	 * containing it.
	 */
	private static boolean overlaps(OrgScope scope, List<WaveUnit> covered) {
		return covered.stream()
			.anyMatch(unit -> scope.covers(unit.getUnitPath())
					|| scope.rootPaths().stream().anyMatch(root -> root.startsWith(unit.getUnitPath())));
	}

	private @Nullable Integer daysLeft(Enrolment enrolment, LocalDate today) {
		LocalDate deadline = enrolment.getDeadline();
		return deadline == null ? null : deadlines.workingDaysLeft(today, deadline);
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(VietnamTime.ZONE));
	}

}
