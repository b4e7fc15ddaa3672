package vn.hocso.media.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

import vn.hocso.media.MediaInfo;
import vn.hocso.media.MediaKind;

/**
 * A stored file's metadata; the id is the SHA-256 of its bytes and also its key in the
 * store.
 */
@Entity
@Table(name = "media")
public class Media {

	@Id
	private String id;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private MediaKind kind;

	@Column(name = "content_type", nullable = false)
	private String contentType;

	@Column(name = "size_bytes", nullable = false)
	private long sizeBytes;

	@Column(name = "duration_seconds")
	private @Nullable Integer durationSeconds;

	@Column(name = "file_name", nullable = false)
	private String fileName;

	@Column(name = "uploaded_by", nullable = false)
	private String uploadedBy;

	@Column(name = "uploaded_at", nullable = false)
	private Instant uploadedAt;

	protected Media() {
		this.id = "";
		this.kind = MediaKind.PDF;
		this.contentType = "";
		this.fileName = "";
		this.uploadedBy = "";
		this.uploadedAt = Instant.EPOCH;
	}

	Media(String id, MediaKind kind, long sizeBytes, @Nullable Integer durationSeconds, String fileName,
			String uploadedBy, Instant uploadedAt) {
		this.id = id;
		this.kind = kind;
		this.contentType = kind.contentType();
		this.sizeBytes = sizeBytes;
		this.durationSeconds = durationSeconds;
		this.fileName = fileName;
		this.uploadedBy = uploadedBy;
		this.uploadedAt = uploadedAt;
	}

	public MediaInfo info() {
		return new MediaInfo(id, kind, sizeBytes, durationSeconds, fileName);
	}

	public String getId() {
		return id;
	}

	public MediaKind getKind() {
		return kind;
	}

	public long getSizeBytes() {
		return sizeBytes;
	}

	public String getFileName() {
		return fileName;
	}

	public Instant getUploadedAt() {
		return uploadedAt;
	}

}
