package vn.hocso.enrolment;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The state changes other modules cause: studying starts an enrolment, passing the final
 * quiz completes it. Called in the caller's transaction, so the change and its cause
 * commit together.
 */
public interface EnrolmentLifecycle {

	/** NOT_STARTED becomes IN_PROGRESS; a no-op for any other stage. */
	void markStarted(long enrolmentId, Instant at);

	/**
	 * Completes the enrolment and publishes {@link EnrolmentCompleted}; a no-op if it is
	 * already completed (so a repeated quiz submit cannot complete twice). Refused (409)
	 * when withdrawn.
	 * @param scorePercent the final quiz score, 0–100, or null when the course has no
	 * quiz
	 */
	void complete(long enrolmentId, Instant at, @Nullable Integer scorePercent);

}
