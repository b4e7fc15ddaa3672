package vn.hocso.exam.domain;

/**
 * Who sits an exam. POSITION: every active official under the exam's unit whose
 * staff-list position matches one of its positions ({@link PositionMatch}), resolved when
 * asked, so the staff list's changes count at once. NAMED: the learners admitted one by
 * one (an in-person class).
 */
public enum ExamPopulation {

	POSITION, NAMED

}
