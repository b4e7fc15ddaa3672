package vn.hocso.openlearning.domain;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

/**
 * A material for citizens: a page (sanitized rich text), optionally with a short video
 * and a PDF leaflet from the media library. Only a published material is shown without an
 * account; its body is sanitized when it is set, so what is stored is what may be shown.
 */
@Entity
@Table(name = "open_material")
public class OpenMaterial {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "open_material_seq")
	@SequenceGenerator(name = "open_material_seq", sequenceName = "open_material_seq", allocationSize = 50)
	private @Nullable Long id;

	@Column(nullable = false, unique = true, length = 80)
	private String slug;

	@Column(name = "topic_id", nullable = false)
	private long topicId;

	@Column(nullable = false, length = 200)
	private String title;

	@Column(nullable = false, length = 1000)
	private String summary;

	@Column(name = "body_html", nullable = false, length = 60000)
	private String bodyHtml;

	@Column(name = "video_media_id", length = 64)
	private @Nullable String videoMediaId;

	@Column(name = "leaflet_media_id", length = 64)
	private @Nullable String leafletMediaId;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false)
	private boolean published;

	@Column(name = "updated_by", nullable = false)
	private String updatedBy;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected OpenMaterial() {
		this.slug = "";
		this.title = "";
		this.summary = "";
		this.bodyHtml = "";
		this.updatedBy = "";
		this.updatedAt = Instant.EPOCH;
	}

	@SuppressWarnings("NullAway.Init") // apply() sets the title, summary and body
	OpenMaterial(String slug, long topicId, Content content, String by, Instant at) {
		this.slug = Slugs.require(slug);
		this.updatedBy = by;
		this.updatedAt = at;
		apply(topicId, content, by, at);
	}

	/** What an author sets; the body is sanitized here, whatever the caller sent. */
	public record Content(String title, String summary, String bodyHtml, @Nullable String videoMediaId,
			@Nullable String leafletMediaId, int position) {
	}

	void apply(long topicId, Content content, String by, Instant at) {
		this.topicId = topicId;
		this.title = content.title().strip();
		this.summary = content.summary().strip();
		this.bodyHtml = RichText.sanitize(content.bodyHtml());
		this.videoMediaId = content.videoMediaId();
		this.leafletMediaId = content.leafletMediaId();
		this.position = content.position();
		this.updatedBy = by;
		this.updatedAt = at;
	}

	void publish(String by, Instant at) {
		this.published = true;
		this.updatedBy = by;
		this.updatedAt = at;
	}

	void unpublish(String by, Instant at) {
		this.published = false;
		this.updatedBy = by;
		this.updatedAt = at;
	}

	/**
	 * Whether this media file is shown by the material (and so may be streamed with it).
	 */
	public boolean shows(String mediaId) {
		return mediaId.equals(videoMediaId) || mediaId.equals(leafletMediaId);
	}

	public long getId() {
		return Objects.requireNonNull(id);
	}

	public String getSlug() {
		return slug;
	}

	public long getTopicId() {
		return topicId;
	}

	public String getTitle() {
		return title;
	}

	public String getSummary() {
		return summary;
	}

	public String getBodyHtml() {
		return bodyHtml;
	}

	public @Nullable String getVideoMediaId() {
		return videoMediaId;
	}

	public @Nullable String getLeafletMediaId() {
		return leafletMediaId;
	}

	public int getPosition() {
		return position;
	}

	public boolean isPublished() {
		return published;
	}

	public String getUpdatedBy() {
		return updatedBy;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public long getVersion() {
		return version;
	}

}
