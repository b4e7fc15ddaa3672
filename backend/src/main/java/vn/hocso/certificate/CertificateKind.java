package vn.hocso.certificate;

/**
 * What a certificate attests, each with its own template: an online course completed in a
 * wave, or an in-person programme (focal-point training) completed in a class, or an
 * assessment-only exam passed.
 */
public enum CertificateKind {

	/** An enrolment in a wave completed its course (the original kind). */
	COURSE,

	/**
	 * An official completed an in-person programme ({@code training}'s
	 * FocalPointTrained).
	 */
	IN_PERSON,

	/**
	 * A learner passed an exam that issues a certificate of assessment ({@code exam}'s
	 * ExamPassed).
	 */
	ASSESSMENT

}
