/**
 * The final quiz (bài kiểm tra cuối khoá): a question bank per course with immutable
 * question versions, the course's quiz policy, and attempts drawn at random from the
 * bank, timed by the server and graded by it, even when the learner's browser is gone. A
 * passed attempt completes the enrolment through
 * {@link vn.hocso.enrolment.EnrolmentLifecycle}.
 */
@NullMarked
package vn.hocso.quiz;

import org.jspecify.annotations.NullMarked;
