/**
 * Assessment-only exams (kỳ sát hạch): a quiz without lectures, drawn from a course's
 * question bank through {@link vn.hocso.quiz.ExamSittings}, for a population (every
 * official whose staff-list position matches, within a unit subtree; or a named list,
 * such as an in-person class), with a window, attempts and a pass mark. Results and pass
 * rates per unit feed plan indicators ({@link vn.hocso.exam.ExamResults}); the first pass
 * of each learner is announced once by {@link vn.hocso.exam.ExamPassed}.
 */
@NullMarked
package vn.hocso.exam;

import org.jspecify.annotations.NullMarked;
