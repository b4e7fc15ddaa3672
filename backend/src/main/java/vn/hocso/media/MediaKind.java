package vn.hocso.media;

/**
 * What a stored file is, as read from its first bytes (never from its name or
 * Content-Type).
 */
public enum MediaKind {

	MP4("video/mp4", "mp4"), WEBM("video/webm", "webm"), PDF("application/pdf", "pdf"),
	PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx");

	private final String contentType;

	private final String extension;

	MediaKind(String contentType, String extension) {
		this.contentType = contentType;
		this.extension = extension;
	}

	public String contentType() {
		return contentType;
	}

	public String extension() {
		return extension;
	}

	public boolean isVideo() {
		return this == MP4 || this == WEBM;
	}

}
