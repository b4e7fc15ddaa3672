package vn.hocso.training;

/** What other modules may ask: whether an official completed an in-person programme. Not scoped. */
public interface TrainedFocalPoints {

	boolean isTrained(long learnerId);

	/** Whether the learner behind this Keycloak username completed a programme. */
	boolean isTrainedUsername(String username);

}
