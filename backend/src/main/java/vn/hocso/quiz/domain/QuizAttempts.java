package vn.hocso.quiz.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.hocso.enrolment.EnrolmentDirectory;
import vn.hocso.enrolment.EnrolmentLifecycle;
import vn.hocso.enrolment.EnrolmentRef;
import vn.hocso.enrolment.EnrolmentStatus;
import vn.hocso.identity.CurrentCaller;
import vn.hocso.platform.ProblemException;
import vn.hocso.progress.LectureProgress;
import vn.hocso.quiz.ExamAttemptClosed;
import vn.hocso.quiz.ExamSittings;

/**
 * Starting, answering, submitting and closing attempts. Every change to one attempt holds
 * its row lock, so a submit racing another submit, an answer or the sweep grades the
 * attempt exactly once.
 */
@Service
public class QuizAttempts {

	private final QuizAttemptRepository attempts;

	private final AttemptQuestionRepository drawnQuestions;

	private final QuestionVersions versions;

	private final DrawableBanks drawable;

	private final EnrolmentDirectory enrolments;

	private final EnrolmentLifecycle lifecycle;

	private final LectureProgress progress;

	private final CurrentCaller caller;

	private final QuizProperties properties;

	private final Clock clock;

	private final TransactionTemplate tx;

	private final ApplicationEventPublisher events;

	QuizAttempts(QuizAttemptRepository attempts, AttemptQuestionRepository drawnQuestions, QuestionVersions versions,
			DrawableBanks drawable, EnrolmentDirectory enrolments, EnrolmentLifecycle lifecycle,
			LectureProgress progress, CurrentCaller caller, QuizProperties properties, Clock clock,
			PlatformTransactionManager transactions, ApplicationEventPublisher events) {
		this.events = events;
		this.attempts = attempts;
		this.drawnQuestions = drawnQuestions;
		this.versions = versions;
		this.drawable = drawable;
		this.enrolments = enrolments;
		this.lifecycle = lifecycle;
		this.progress = progress;
		this.caller = caller;
		this.properties = properties;
		this.clock = clock;
		this.tx = new TransactionTemplate(transactions);
	}

	/** An attempt with the question versions it drew, as of {@code now}. */
	public record AttemptState(QuizAttempt attempt, Map<Long, QuestionVersion> versions, Instant now) {

		/**
		 * The version a drawn question was asked in; every one is loaded with the
		 * attempt.
		 */
		public QuestionVersion versionOf(AttemptQuestion question) {
			QuestionVersion version = versions.get(question.getQuestionVersionId());
			if (version == null) {
				throw new IllegalStateException(
						"question version " + question.getQuestionVersionId() + " is not loaded");
			}
			return version;
		}

	}

	/** Starts an attempt for the caller's enrolment, or returns the one still open. */
	public AttemptState start(long enrolmentId) {
		try {
			return tx.execute(status -> startOrResume(enrolmentId));
		}
		catch (DataIntegrityViolationException | OptimisticLockingFailureException raced) {
			// Two starts at once for one enrolment (or the sweep closing it meanwhile):
			// read again.
			return tx.execute(status -> startOrResume(enrolmentId));
		}
	}

	/**
	 * The caller's quiz for one enrolment: the policy, past attempts and whether a new
	 * one may start.
	 */
	public record Overview(QuizPolicy policy, List<QuizAttempt> attempts, boolean lecturesComplete, boolean completed,
			@Nullable Instant startsAt, @Nullable Instant closesAt, boolean windowOpen) {

		public boolean canStart() {
			return lecturesComplete && !completed && windowOpen && attempts.stream().noneMatch(QuizAttempt::isPassed)
					&& (attempts.stream().anyMatch(a -> !a.isClosed())
							|| attempts.size() < policy.getAttemptsAllowed());
		}

	}

	public Overview overview(long enrolmentId) {
		return tx.execute(status -> {
			EnrolmentRef enrolment = enrolments.requireOwn(enrolmentId);
			Optional<QuizWindow> window = drawable.windowOf(enrolment.waveId());
			return new Overview(drawable.of(enrolment.courseId()).policy(),
					attempts.findByEnrolmentIdOrderByAttemptNumberAsc(enrolmentId),
					progress.allLecturesComplete(enrolmentId), enrolment.status() == EnrolmentStatus.COMPLETED,
					window.map(w -> w.startsAtFor(enrolmentId)).orElse(null),
					window.map(QuizWindow::getClosesAt).orElse(null),
					window.map(w -> w.isOpenFor(enrolmentId, clock.instant())).orElse(true));
		});
	}

	private AttemptState startOrResume(long enrolmentId) {
		EnrolmentRef enrolment = enrolments.requireOwn(enrolmentId);
		if (enrolment.status() == EnrolmentStatus.WITHDRAWN) {
			throw ProblemException.conflict("quiz.enrolment-withdrawn", enrolmentId);
		}
		Instant now = clock.instant();
		List<QuizAttempt> previous = attempts.findByEnrolmentIdOrderByAttemptNumberAsc(enrolmentId);
		for (QuizAttempt attempt : previous) {
			if (attempt.isOverdueAt(now, properties.gracePeriod())) {
				closeLocked(attempt.getId(), now, false);
			}
			else if (!attempt.isClosed()) {
				return state(attempt, now);
			}
		}
		if (previous.stream().anyMatch(QuizAttempt::isPassed)) {
			throw ProblemException.conflict("quiz.already-passed", enrolmentId);
		}
		if (!progress.allLecturesComplete(enrolmentId)) {
			throw ProblemException.conflict("quiz.lectures-incomplete", enrolmentId);
		}
		drawable.windowOf(enrolment.waveId()).ifPresent(window -> window.requireOpenFor(enrolmentId, now));
		// The policy and the bank from memory; the draw in memory; one insert and one
		// batch of twenty.
		DrawableBanks.Drawable bank = drawable.of(enrolment.courseId());
		QuizPolicy policy = bank.policy();
		if (previous.size() >= policy.getAttemptsAllowed()) {
			throw ProblemException.conflict("quiz.no-attempts-left", policy.getAttemptsAllowed());
		}
		long seed = QuestionDraw.newSeed();
		List<QuestionDraw.Drawn> drawn = QuestionDraw.draw(bank.candidates(), policy.getQuestionsPerAttempt(),
				policy.quotas(), seed);
		QuizAttempt attempt = attempts.saveAndFlush(new QuizAttempt(enrolmentId, enrolment.courseId(),
				caller.get().username(), previous.size() + 1, policy, seed, drawn, bank.currentVersion(), now));
		return state(attempt, now);
	}

	/**
	 * Starts the caller's attempt at an exam, or returns the open one; see
	 * {@link ExamSittings#start}.
	 */
	public QuizAttempt startExam(ExamSittings.Terms terms) {
		try {
			return tx.execute(status -> startOrResumeExam(terms));
		}
		catch (DataIntegrityViolationException | OptimisticLockingFailureException raced) {
			return tx.execute(status -> startOrResumeExam(terms));
		}
	}

	private QuizAttempt startOrResumeExam(ExamSittings.Terms terms) {
		String username = caller.get().username();
		Instant now = clock.instant();
		List<QuizAttempt> previous = attempts.findByExamIdAndLearnerUsernameOrderByAttemptNumberAsc(terms.examId(),
				username);
		for (QuizAttempt attempt : previous) {
			if (attempt.isOverdueAt(now, properties.gracePeriod())) {
				closeLocked(attempt.getId(), now, false);
			}
			else if (!attempt.isClosed()) {
				return attempt;
			}
		}
		if (previous.stream().anyMatch(QuizAttempt::isPassed)) {
			throw ProblemException.conflict("quiz.already-passed", terms.examId());
		}
		if (previous.size() >= terms.attemptsAllowed()) {
			throw ProblemException.conflict("quiz.no-attempts-left", terms.attemptsAllowed());
		}
		DrawableBanks.Drawable bank = drawable.of(terms.bankCourseId());
		long seed = QuestionDraw.newSeed();
		List<QuestionDraw.Drawn> drawn = QuestionDraw.draw(bank.candidates(), terms.questionCount(), Map.of(), seed);
		return attempts
			.saveAndFlush(QuizAttempt.forExam(terms.examId(), terms.bankCourseId(), username, previous.size() + 1,
					new QuizAttempt.Terms(terms.timeLimitMinutes(), terms.passPercent(), ReviewPolicy.WRONG_ONLY), seed,
					drawn, bank.currentVersion(), now));
	}

	/**
	 * A learner's attempts at an exam, oldest first, as stored (an overdue one is graded
	 * by the sweep or on view).
	 */
	public List<QuizAttempt> ofExam(long examId, String learnerUsername) {
		return attempts.findByExamIdAndLearnerUsernameOrderByAttemptNumberAsc(examId, learnerUsername);
	}

	public int drawableQuestions(long bankCourseId) {
		return drawable.of(bankCourseId).candidates().size();
	}

	/**
	 * The caller's attempt; one whose time is up is graded first, so the learner sees the
	 * result.
	 */
	public AttemptState view(long attemptId) {
		try {
			return readClosingIfOverdue(attemptId);
		}
		catch (OptimisticLockingFailureException raced) {
			return readClosingIfOverdue(attemptId);
		}
	}

	private AttemptState readClosingIfOverdue(long attemptId) {
		return tx.execute(status -> {
			QuizAttempt attempt = own(attempts.findById(attemptId), attemptId);
			Instant now = clock.instant();
			if (attempt.isOverdueAt(now, properties.gracePeriod())) {
				attempt = closeLocked(attemptId, now, false);
			}
			return state(attempt, now);
		});
	}

	/** One saved answer, with its attempt (whose other questions are not read). */
	public record SavedAnswer(QuizAttempt attempt, AttemptQuestion question, Instant now) {
	}

	/**
	 * Saves one answer, as indexes into the options in the order they were shown. Reads
	 * the attempt's row (locked: a submit waits for it) and the one drawn question, and
	 * updates that row.
	 */
	public SavedAnswer answer(long attemptId, long questionId, Set<Integer> shownIndexes) {
		return tx.execute(status -> {
			QuizAttempt attempt = own(attempts.findLocked(attemptId), attemptId);
			Instant now = clock.instant();
			Optional<AttemptQuestion> drawn = drawnQuestions.findInAttempt(attemptId, questionId);
			drawn.ifPresent(question -> {
				QuestionVersion version = Objects.requireNonNull(
						versions.byIds(List.of(question.getQuestionVersionId())).get(question.getQuestionVersionId()),
						"a drawn question's version is kept");
				if (!version.isMultipleCorrect() && shownIndexes.size() > 1) {
					throw ProblemException.badRequest("quiz.single-choice", questionId);
				}
			});
			attempt.answer(questionId, drawn, shownIndexes, now, properties.gracePeriod());
			return new SavedAnswer(attempt, drawn.orElseThrow(), now);
		});
	}

	/** Grades the attempt; a second submit returns the first result. */
	public AttemptState submit(long attemptId) {
		return tx.execute(status -> {
			QuizAttempt attempt = own(attempts.findLocked(attemptId), attemptId);
			Instant now = clock.instant();
			if (!attempt.isClosed()) {
				close(attempt, now, !attempt.isOverdueAt(now, properties.gracePeriod()));
			}
			return state(attempt, now);
		});
	}

	/** Grades every attempt whose deadline and grace have passed; returns how many. */
	public int closeOverdue(int atMost) {
		Instant now = clock.instant();
		List<Long> overdue = attempts.openWithDeadlineBefore(now.minus(properties.gracePeriod()), Limit.of(atMost));
		int closed = 0;
		for (Long id : overdue) {
			Boolean done = tx.execute(status -> {
				QuizAttempt attempt = attempts.findLocked(id).orElseThrow();
				if (!attempt.isOverdueAt(now, properties.gracePeriod())) {
					return false;
				}
				close(attempt, now, false);
				return true;
			});
			if (Boolean.TRUE.equals(done)) {
				closed++;
			}
		}
		return closed;
	}

	private QuizAttempt closeLocked(long attemptId, Instant now, boolean bySubmit) {
		QuizAttempt attempt = attempts.findLocked(attemptId).orElseThrow();
		if (!attempt.isClosed()) {
			close(attempt, now, bySubmit);
		}
		return attempt;
	}

	private void close(QuizAttempt attempt, Instant now, boolean bySubmit) {
		Map<Long, QuestionVersion> drawn = versions
			.byIds(attempt.getQuestions().stream().map(AttemptQuestion::getQuestionVersionId).toList());
		attempt.close(drawn, now, bySubmit);
		Long examId = attempt.getExamId();
		if (examId != null) {
			events.publishEvent(new ExamAttemptClosed(attempt.getId(), examId, attempt.getLearnerUsername(),
					attempt.getAttemptNumber(), attempt.getStartedAt(), now,
					Objects.requireNonNull(attempt.getScorePercent(), "a closed attempt has a score"),
					attempt.isPassed()));
			return;
		}
		Long enrolmentId = attempt.getEnrolmentId();
		if (attempt.isPassed() && enrolmentId != null) {
			Optional<EnrolmentRef> enrolment = enrolments.find(enrolmentId);
			if (enrolment.isPresent() && enrolment.get().status() != EnrolmentStatus.WITHDRAWN
					&& progress.allLecturesComplete(enrolmentId)) {
				lifecycle.complete(enrolmentId, now, attempt.getScorePercent());
			}
		}
	}

	/** Another learner's attempt, or one that does not exist, is the same 404. */
	private QuizAttempt own(Optional<QuizAttempt> found, long attemptId) {
		String username = caller.get().username();
		return found.filter(attempt -> attempt.getLearnerUsername().equals(username))
			.orElseThrow(() -> ProblemException.notFound("quiz.attempt-not-found", attemptId));
	}

	private AttemptState state(QuizAttempt attempt, Instant now) {
		return new AttemptState(attempt,
				versions.byIds(attempt.getQuestions().stream().map(AttemptQuestion::getQuestionVersionId).toList()),
				now);
	}

	public QuizProperties properties() {
		return properties;
	}

}
