package vn.hocso.learner;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Citizens' learner records (ADR 0370): a self-registered citizen learns through the same
 * enrolment, progress, quiz and certificate machinery as an official, so each one has a
 * learner record of category {@link LearnerCategory#CITIZEN}, kept out of every
 * official's list. The caller (module {@code citizen}) decides who may register whom.
 */
public interface CitizenLearners {

	/**
	 * Creates the learner record of a citizen living in this commune and publishes
	 * {@link CitizenRegistered}.
	 * @param gender {@code MALE}, {@code FEMALE}, {@code OTHER} or null
	 */
	long register(String username, String fullName, long communeUnitId, @Nullable String gender, Instant at);

	/**
	 * Moves the citizen's record to another commune (they moved, or chose the wrong one).
	 */
	void moveToCommune(long learnerId, long communeUnitId);

	/**
	 * Forgets the citizen's name, contacts and birth data; the record stays as an
	 * anonymous count of its commune. Publishes {@link CitizenErased}.
	 */
	void erase(long learnerId, Instant at);

	/**
	 * A citizen's account was created: other modules record which username is which
	 * learner.
	 */
	record CitizenRegistered(long learnerId, String username, long unitId, Instant registeredAt) {
	}

	/** A citizen asked to be forgotten: other modules delete what names them. */
	record CitizenErased(long learnerId, Instant erasedAt) {
	}

}
