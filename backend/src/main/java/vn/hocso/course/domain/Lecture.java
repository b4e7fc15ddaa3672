package vn.hocso.course.domain;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/** A lecture of one course version: a video and its handouts (PDF, PowerPoint). */
@Entity
@Table(name = "lecture")
public class Lecture {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lecture_seq")
	@SequenceGenerator(name = "lecture_seq", sequenceName = "lecture_seq", allocationSize = 50)
	private @Nullable Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "course_version_id")
	private CourseVersion courseVersion;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false)
	private String title;

	private @Nullable String summary;

	@Column(name = "video_media_id")
	private @Nullable String videoMediaId;

	@Column(name = "duration_seconds", nullable = false)
	private int durationSeconds;

	@ElementCollection
	@CollectionTable(name = "lecture_attachment", joinColumns = @JoinColumn(name = "lecture_id"))
	@OrderColumn(name = "position")
	@Column(name = "media_id", nullable = false)
	private List<String> attachmentMediaIds = new ArrayList<>();

	@SuppressWarnings("NullAway.Init")
	protected Lecture() {
		this.title = "";
	}

	Lecture(CourseVersion courseVersion, int position, String title, @Nullable String summary) {
		this.courseVersion = courseVersion;
		this.position = position;
		this.title = title;
		this.summary = summary;
	}

	Lecture copyInto(CourseVersion draft) {
		Lecture copy = new Lecture(draft, position, title, summary);
		copy.videoMediaId = videoMediaId;
		copy.durationSeconds = durationSeconds;
		copy.attachmentMediaIds = new ArrayList<>(attachmentMediaIds);
		return copy;
	}

	void placeAt(int position) {
		this.position = position;
	}

	public void describe(String title, @Nullable String summary) {
		courseVersion.requireDraft();
		this.title = title;
		this.summary = summary;
	}

	public void showVideo(@Nullable String mediaId, int durationSeconds) {
		courseVersion.requireDraft();
		this.videoMediaId = mediaId;
		this.durationSeconds = mediaId == null ? 0 : durationSeconds;
	}

	public void attach(List<String> mediaIds) {
		courseVersion.requireDraft();
		this.attachmentMediaIds = new ArrayList<>(mediaIds);
	}

	public @Nullable Long getId() {
		return id;
	}

	public int getPosition() {
		return position;
	}

	public String getTitle() {
		return title;
	}

	public @Nullable String getSummary() {
		return summary;
	}

	public @Nullable String getVideoMediaId() {
		return videoMediaId;
	}

	public int getDurationSeconds() {
		return durationSeconds;
	}

	public List<String> getAttachmentMediaIds() {
		return List.copyOf(attachmentMediaIds);
	}

}
