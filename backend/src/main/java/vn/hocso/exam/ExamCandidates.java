package vn.hocso.exam;

import java.util.Collection;

/**
 * Seats learners at an exam with a named population (an in-person class's final exam).
 * Admitting a learner twice changes nothing. Not scoped: the calling module decides who
 * is admitted.
 */
public interface ExamCandidates {

	/**
	 * 404 {@code exam.not-found}; 409 {@code exam.not-named} for an exam whose population
	 * is a position.
	 */
	void admit(long examId, Collection<Long> learnerIds);

}
