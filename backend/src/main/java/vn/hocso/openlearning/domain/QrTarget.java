package vn.hocso.openlearning.domain;

/**
 * What a QR code opens. A course's page (/c/{courseId}) is the open course's
 * self-enrolment page; materials and topics are this module's server-rendered pages.
 */
public enum QrTarget {

	MATERIAL("/m/"), TOPIC("/t/"), COURSE("/c/");

	private final String prefix;

	QrTarget(String prefix) {
		this.prefix = prefix;
	}

	/** The path on this site that the code redirects to. */
	public String path(String ref) {
		return prefix + ref;
	}

}
