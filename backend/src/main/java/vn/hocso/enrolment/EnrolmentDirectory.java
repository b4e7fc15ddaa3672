package vn.hocso.enrolment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads of enrolments for other modules (progress, quiz, media, certificates, planning).
 * Not scoped by org unit: callers check scope themselves with the unit path each result
 * carries, except {@link #requireOwn}, which is the one check for learner-facing
 * endpoints.
 */
public interface EnrolmentDirectory {

	Optional<EnrolmentRef> find(long enrolmentId);

	/**
	 * The enrolment if it belongs to the calling learner (through the account issued to
	 * them); otherwise a 404 problem, so that another learner's enrolment ids reveal
	 * nothing.
	 */
	EnrolmentRef requireOwn(long enrolmentId);

	/**
	 * Those of these enrolments that are withdrawn now, read from the database (never
	 * cached): the progress writer asks it for every batch, so that a withdrawal stops
	 * credit on every node at once.
	 */
	Set<Long> withdrawnAmong(Collection<Long> enrolmentIds);

	/** The learner behind a Keycloak username, if an account was issued to one. */
	Optional<Long> learnerIdOfUsername(String username);

	/** The Keycloak username issued to a learner, if any. */
	Optional<String> usernameOfLearner(long learnerId);

	List<EnrolmentRef> ofLearner(long learnerId);

	List<EnrolmentRef> ofWave(long waveId);

	List<EnrolmentRef> ofClass(long classId);

	/** A class, unscoped: callers check the trainer or the unit path. */
	Optional<ClassRef> findClass(long classId);

	/** A wave, unscoped: callers check its unit paths against the caller's scope. */
	Optional<WaveRef> findWave(long waveId);

	/** Every wave, for daily jobs. */
	List<WaveRef> waves();

	/** The classes a trainer guides. */
	List<ClassRef> classesOfTrainer(String trainerUsername);

	/**
	 * The ids of open courses' self-paced waves, whose learners are citizens (ADR 0370).
	 */
	Set<Long> selfPacedWaveIds();

	/** Whether this user is enrolled (not withdrawn) in any wave of this course. */
	boolean isEnrolledInCourse(String username, long courseId);

}
