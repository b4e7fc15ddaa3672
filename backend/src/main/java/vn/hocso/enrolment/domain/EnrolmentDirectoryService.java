package vn.hocso.enrolment.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hocso.enrolment.ClassRef;
import vn.hocso.enrolment.EnrolmentCompleted;
import vn.hocso.enrolment.EnrolmentDirectory;
import vn.hocso.enrolment.EnrolmentLifecycle;
import vn.hocso.enrolment.EnrolmentRef;
import vn.hocso.enrolment.WaveRef;
import vn.hocso.identity.CurrentCaller;
import vn.hocso.platform.Chunks;
import vn.hocso.platform.ProblemException;

/**
 * The enrolment module's API for other modules: reads by id, learner, wave or class, and
 * the lifecycle.
 */
@Service
@Transactional(readOnly = true)
class EnrolmentDirectoryService implements EnrolmentDirectory, EnrolmentLifecycle {

	private final EnrolmentRepository enrolments;

	private final WaveRepository waves;

	private final LearnerAccountRecordRepository accounts;

	private final WaveClassRepository classes;

	private final WaveUnitRepository waveUnits;

	private final CurrentCaller currentCaller;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	EnrolmentDirectoryService(EnrolmentRepository enrolments, WaveRepository waves,
			LearnerAccountRecordRepository accounts, WaveClassRepository classes, WaveUnitRepository waveUnits,
			CurrentCaller currentCaller, ApplicationEventPublisher events, Clock clock) {
		this.enrolments = enrolments;
		this.waves = waves;
		this.accounts = accounts;
		this.classes = classes;
		this.waveUnits = waveUnits;
		this.currentCaller = currentCaller;
		this.events = events;
		this.clock = clock;
	}

	@Override
	public Optional<EnrolmentRef> find(long enrolmentId) {
		return enrolments.findById(enrolmentId).map(enrolment -> ref(enrolment, wave(enrolment.getWaveId()), today()));
	}

	@Override
	public EnrolmentRef requireOwn(long enrolmentId) {
		return enrolments.findOwn(enrolmentId, currentCaller.get().username())
			.stream()
			.findFirst()
			.map(row -> ref((Enrolment) row[0], (Wave) row[1], today()))
			.orElseThrow(() -> ProblemException.notFound("enrolment.not-found", enrolmentId));
	}

	@Override
	public Set<Long> withdrawnAmong(Collection<Long> enrolmentIds) {
		Set<Long> withdrawn = new HashSet<>();
		for (List<Long> chunk : Chunks.of(enrolmentIds, Chunks.IN_CLAUSE_SIZE)) {
			withdrawn.addAll(enrolments.findWithdrawnAmong(chunk));
		}
		return withdrawn;
	}

	@Override
	public Optional<Long> learnerIdOfUsername(String username) {
		return accounts.findByUsername(username).map(LearnerAccountRecord::getLearnerId);
	}

	@Override
	public Optional<String> usernameOfLearner(long learnerId) {
		return accounts.findById(learnerId).map(LearnerAccountRecord::getUsername);
	}

	@Override
	public List<EnrolmentRef> ofLearner(long learnerId) {
		return refs(enrolments.findByLearnerIdOrderByEnrolledAtDesc(learnerId));
	}

	@Override
	public List<EnrolmentRef> ofWave(long waveId) {
		return refs(enrolments.findByWaveIdOrderByUnitPathAscIdAsc(waveId));
	}

	@Override
	public List<EnrolmentRef> ofClass(long classId) {
		return refs(enrolments.findByClassIdOrderByIdAsc(classId));
	}

	@Override
	public Optional<ClassRef> findClass(long classId) {
		return classes.findById(classId).map(EnrolmentDirectoryService::classRef);
	}

	@Override
	public Optional<WaveRef> findWave(long waveId) {
		return waves.findById(waveId)
			.map(wave -> new WaveRef(wave.getId(), wave.getName(), wave.getCourseId(), wave.getCourseVersionId(),
					wave.getOpeningDate(), wave.getDeadlineWorkingDays(),
					waveUnits.findByWaveId(waveId).stream().map(WaveUnit::getUnitPath).toList()));
	}

	@Override
	public List<WaveRef> waves() {
		return waves.findAll().stream().map(wave -> findWave(wave.getId()).orElseThrow()).toList();
	}

	@Override
	public List<ClassRef> classesOfTrainer(String trainerUsername) {
		return classes.findByTrainerUsernameOrderByIdAsc(trainerUsername)
			.stream()
			.map(EnrolmentDirectoryService::classRef)
			.toList();
	}

	private static ClassRef classRef(WaveClass waveClass) {
		return new ClassRef(waveClass.getId(), waveClass.getWaveId(), waveClass.getName(), waveClass.getUnitPath(),
				waveClass.getTrainerUsername());
	}

	@Override
	public Set<Long> selfPacedWaveIds() {
		Set<Long> ids = new HashSet<>();
		waves.findByOpenCourseIdIsNotNullOrderByIdAsc().forEach(wave -> ids.add(wave.getId()));
		return ids;
	}

	@Override
	public boolean isEnrolledInCourse(String username, long courseId) {
		return learnerIdOfUsername(username).map(learnerId -> {
			List<Long> waveIds = enrolments.findByLearnerIdOrderByEnrolledAtDesc(learnerId)
				.stream()
				.filter(enrolment -> enrolment.getStage() != Enrolment.Stage.WITHDRAWN)
				.map(Enrolment::getWaveId)
				.toList();
			// One read of the learner's waves, not one per enrolment: media checks call
			// this often.
			return waves.findAllById(waveIds).stream().anyMatch(wave -> wave.getCourseId() == courseId);
		}).orElse(false);
	}

	@Override
	@Transactional
	public void markStarted(long enrolmentId, Instant at) {
		enrolment(enrolmentId).markStarted();
	}

	@Override
	@Transactional
	public void complete(long enrolmentId, Instant at, @Nullable Integer scorePercent) {
		Enrolment enrolment = enrolment(enrolmentId);
		if (enrolment.complete(at)) {
			Wave wave = wave(enrolment.getWaveId());
			events.publishEvent(new EnrolmentCompleted(enrolment.getId(), enrolment.getLearnerId(), wave.getId(),
					wave.getCourseId(), wave.getCourseVersionId(), enrolment.getUnitId(), at, scorePercent));
		}
	}

	private Enrolment enrolment(long enrolmentId) {
		return enrolments.findById(enrolmentId)
			.orElseThrow(() -> ProblemException.notFound("enrolment.not-found", enrolmentId));
	}

	private Wave wave(long waveId) {
		return waves.findById(waveId).orElseThrow();
	}

	private List<EnrolmentRef> refs(List<Enrolment> list) {
		Map<Long, Wave> byId = waves.findAllById(list.stream().map(Enrolment::getWaveId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(Wave::getId, Function.identity()));
		LocalDate today = today();
		return list.stream()
			.map(enrolment -> ref(enrolment,
					Objects.requireNonNull(byId.get(enrolment.getWaveId()),
							"an enrolment's wave is kept (foreign key)"),
					today))
			.toList();
	}

	private static EnrolmentRef ref(Enrolment enrolment, Wave wave, LocalDate today) {
		return new EnrolmentRef(enrolment.getId(), enrolment.getLearnerId(), wave.getId(), wave.getCourseId(),
				wave.getCourseVersionId(), enrolment.getUnitId(), enrolment.getUnitPath(), enrolment.getClassId(),
				enrolment.statusOn(today), enrolment.getClockStartedAt(), enrolment.getDeadline(),
				enrolment.getCompletedAt());
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

}
