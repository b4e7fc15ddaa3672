package vn.hocso.organization;

/**
 * Who a trainer teaches. Declared here so that {@link AccessPolicy} can ask without this
 * module depending on the enrolment module, which implements it (enrolment depends on
 * organization).
 */
public interface TrainerRoster {

	/** Whether the learner is enrolled in a class this trainer guides. */
	boolean teachesLearner(String trainerUsername, long learnerId);

}
