package vn.hocso.exam.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;

import vn.hocso.enrolment.EnrolmentDirectory;
import vn.hocso.identity.CurrentCaller;
import vn.hocso.platform.ProblemException;
import vn.hocso.quiz.ExamSittings;
import vn.hocso.quiz.ExamSittings.Sitting;

/**
 * The learner's side: the exams they are a candidate of, and starting one. An exam the
 * caller is not a candidate of answers 404 like one that does not exist, so exam ids
 * reveal nothing.
 */
@Service
public class ExamTaking {

	private final ExamRepository exams;

	private final ExamCandidateRepository admitted;

	private final ExamPopulations populations;

	private final ExamSittings sittings;

	private final EnrolmentDirectory accounts;

	private final CurrentCaller caller;

	private final Clock clock;

	ExamTaking(ExamRepository exams, ExamCandidateRepository admitted, ExamPopulations populations,
			ExamSittings sittings, EnrolmentDirectory accounts, CurrentCaller caller, Clock clock) {
		this.exams = exams;
		this.admitted = admitted;
		this.populations = populations;
		this.sittings = sittings;
		this.accounts = accounts;
		this.caller = caller;
		this.clock = clock;
	}

	/**
	 * One exam as its candidate sees it: its terms, their attempts, and whether they may
	 * start now.
	 */
	public record MyExam(Exam exam, List<Sitting> attempts, Instant now) {

		public boolean passed() {
			return attempts.stream().anyMatch(Sitting::passed);
		}

		public Optional<Sitting> open() {
			return attempts.stream().filter(s -> !s.closed() && s.deadline().isAfter(now)).findFirst();
		}

		public boolean canStart() {
			return !passed() && exam.isOpenAt(now)
					&& (open().isPresent() || attempts.size() < exam.getAttemptsAllowed());
		}

	}

	public List<MyExam> mine() {
		Optional<Long> learnerId = learnerId();
		if (learnerId.isEmpty()) {
			return List.of();
		}
		Set<Long> named = new HashSet<>(admitted.examIdsOf(learnerId.get()));
		List<Exam> found = new ArrayList<>(exams.findByIdInOrderByOpensAtDescIdDesc(named));
		exams.findByPopulationOrderByOpensAtDescIdDesc(ExamPopulation.POSITION)
			.stream()
			.filter(exam -> populations.includes(exam, learnerId.get()))
			.forEach(found::add);
		Instant now = clock.instant();
		String username = caller.get().username();
		return found.stream().map(exam -> new MyExam(exam, sittings.of(exam.getId(), username), now)).toList();
	}

	public MyExam mine(long examId) {
		Exam exam = candidateOf(examId);
		return new MyExam(exam, sittings.of(examId, caller.get().username()), clock.instant());
	}

	/**
	 * Starts an attempt (or returns the open one): only a candidate, only within the
	 * window.
	 */
	public Sitting start(long examId) {
		Exam exam = candidateOf(examId);
		Instant now = clock.instant();
		boolean resuming = sittings.of(examId, caller.get().username())
			.stream()
			.anyMatch(s -> !s.closed() && s.deadline().isAfter(now));
		if (!resuming) {
			// An attempt already started is never cut short by the window's end.
			exam.requireOpenAt(now);
		}
		return sittings.start(exam.sittingTerms());
	}

	private Exam candidateOf(long examId) {
		Optional<Exam> exam = exams.findById(examId);
		Optional<Long> learnerId = learnerId();
		if (exam.isEmpty() || learnerId.isEmpty() || !populations.includes(exam.get(), learnerId.get())) {
			throw ProblemException.notFound("exam.not-found", examId);
		}
		return exam.get();
	}

	private Optional<Long> learnerId() {
		return accounts.learnerIdOfUsername(caller.get().username());
	}

}
