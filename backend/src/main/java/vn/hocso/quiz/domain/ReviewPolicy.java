package vn.hocso.quiz.domain;

/**
 * What a learner may see of the key once their attempt is closed. Never anything before.
 */
public enum ReviewPolicy {

	/** Only the score. */
	SCORE_ONLY,
	/** The score and which of their questions they got wrong (the default). */
	WRONG_ONLY,
	/** The score, the correct options and the explanations. */
	FULL

}
