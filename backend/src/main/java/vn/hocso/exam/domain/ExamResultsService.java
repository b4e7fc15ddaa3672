package vn.hocso.exam.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hocso.enrolment.EnrolmentDirectory;
import vn.hocso.exam.ExamCandidates;
import vn.hocso.exam.ExamPassed;
import vn.hocso.exam.ExamResults;
import vn.hocso.learner.LearnerCategory;
import vn.hocso.learner.LearnerSummary;
import vn.hocso.platform.ProblemException;
import vn.hocso.platform.VietnamTime;
import vn.hocso.quiz.ExamAttemptClosed;

/**
 * Results kept from graded attempts, the one place a pass is announced, admissions to
 * NAMED exams, and the figures plan indicators count.
 */
@Service
@Transactional
class ExamResultsService implements ExamResults, ExamCandidates {

	private final ExamRepository exams;

	private final ExamResultRepository results;

	private final ExamCandidateRepository admitted;

	private final ExamPopulations populations;

	private final EnrolmentDirectory accounts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ExamResultsService(ExamRepository exams, ExamResultRepository results, ExamCandidateRepository admitted,
			ExamPopulations populations, EnrolmentDirectory accounts, ApplicationEventPublisher events, Clock clock) {
		this.exams = exams;
		this.results = results;
		this.admitted = admitted;
		this.populations = populations;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * In the grading transaction (the attempt's row is locked): the result row is read
	 * locked, or created (unique per exam and learner), and the first pass is announced
	 * with it — once.
	 */
	@EventListener
	void on(ExamAttemptClosed closed) {
		Optional<Long> learnerId = accounts.learnerIdOfUsername(closed.learnerUsername());
		if (learnerId.isEmpty()) {
			return;
		}
		ExamResult result = results.findLocked(closed.examId(), learnerId.get())
			.orElseGet(() -> results.saveAndFlush(new ExamResult(closed.examId(), learnerId.get(), closed.closedAt())));
		if (result.graded(closed.scorePercent(), closed.passed(), closed.closedAt())) {
			events.publishEvent(new ExamPassed(closed.examId(), learnerId.get(), closed.closedAt()));
		}
		results.saveAndFlush(result);
	}

	@Override
	public void admit(long examId, Collection<Long> learnerIds) {
		Exam exam = exams.findById(examId).orElseThrow(() -> ProblemException.notFound("exam.not-found", examId));
		if (!exam.isNamed()) {
			throw ProblemException.conflict("exam.not-named", examId);
		}
		Instant now = clock.instant();
		for (Long learnerId : new HashSet<>(learnerIds)) {
			if (!admitted.existsByExamIdAndLearnerId(examId, learnerId)) {
				admitted.saveAndFlush(new ExamCandidate(examId, learnerId, now));
			}
		}
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ExamRef> find(long examId) {
		return exams.findById(examId).map(e -> new ExamRef(e.getId(), e.getTitle(), e.isNamed(), e.getUnitPath()));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Pass> pass(long examId, long learnerId) {
		Optional<Exam> exam = exams.findById(examId);
		Optional<ExamResult> result = results.findByExamIdAndLearnerId(examId, learnerId).filter(ExamResult::isPassed);
		if (exam.isEmpty() || result.isEmpty()) {
			return Optional.empty();
		}
		Exam e = exam.get();
		ExamResult r = result.get();
		return Optional.of(new Pass(r.getId(), e.getId(), e.getTitle(), e.getCode(), e.isCertificate(),
				r.getBestScorePercent(), e.getPassPercent(), r.getAttemptsGraded(), e.getQuestionCount(),
				e.getTimeLimitMinutes(), Objects.requireNonNull(r.getPassedAt())));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Long> idOfCode(String code) {
		return exams.findByCode(code).map(Exam::getId);
	}

	@Override
	@Transactional(readOnly = true)
	public Set<Long> passedAmong(long examId, Collection<Long> learnerIds) {
		if (learnerIds.isEmpty()) {
			return Set.of();
		}
		return results.findByExamIdAndLearnerIdIn(examId, Set.copyOf(learnerIds))
			.stream()
			.filter(ExamResult::isPassed)
			.map(ExamResult::getLearnerId)
			.collect(Collectors.toUnmodifiableSet());
	}

	@Override
	@Transactional(readOnly = true)
	public List<UnitFigure> figures(Set<Long> examIds, String unitPathPrefix, LocalDate asOf) {
		Map<Long, LearnerSummary> candidates = new HashMap<>();
		List<Exam> found = exams.findAllById(examIds);
		for (Exam exam : found) {
			populations.of(exam).forEach(candidates::putIfAbsent);
		}
		Set<Long> assessed = new HashSet<>();
		Set<Long> passed = new HashSet<>();
		for (ExamResult result : results.findByExamIdIn(examIds)) {
			if (!day(result.getFirstAssessedAt()).isAfter(asOf)) {
				assessed.add(result.getLearnerId());
			}
			Instant passedAt = result.getPassedAt();
			if (passedAt != null && !day(passedAt).isAfter(asOf)) {
				passed.add(result.getLearnerId());
			}
		}
		record Key(long unitId, String unitPath, LearnerCategory category) {
		}
		Map<Key, long[]> byKey = new HashMap<>();
		for (LearnerSummary learner : candidates.values()) {
			if (!learner.unitPath().startsWith(unitPathPrefix)) {
				continue;
			}
			long[] counts = byKey.computeIfAbsent(new Key(learner.unitId(), learner.unitPath(), learner.category()),
					k -> new long[3]);
			counts[0]++;
			if (assessed.contains(learner.id())) {
				counts[1]++;
			}
			if (passed.contains(learner.id())) {
				counts[2]++;
			}
		}
		List<UnitFigure> figures = new ArrayList<>();
		byKey.forEach((key, c) -> figures
			.add(new UnitFigure(key.unitId(), key.unitPath(), key.category(), c[0], c[1], c[2])));
		return figures;
	}

	private static LocalDate day(Instant at) {
		return at.atZone(VietnamTime.ZONE).toLocalDate();
	}

}
