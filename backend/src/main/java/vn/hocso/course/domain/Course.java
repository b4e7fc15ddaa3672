package vn.hocso.course.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

import vn.hocso.platform.ProblemException;

/**
 * A course: what it is called and how it is tagged, and which of its versions is taught
 * (current) and which is being edited (draft). Lectures live in the versions.
 */
@Entity
@Table(name = "course")
public class Course {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "course_seq")
	@SequenceGenerator(name = "course_seq", sequenceName = "course_seq", allocationSize = 50)
	private @Nullable Long id;

	@Column(nullable = false, unique = true)
	private String code;

	@Column(nullable = false)
	private String title;

	private @Nullable String description;

	@ElementCollection
	@CollectionTable(name = "course_tag", joinColumns = @JoinColumn(name = "course_id"))
	@OrderColumn(name = "position")
	@Column(name = "tag", nullable = false)
	private List<String> tags = new ArrayList<>();

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private CourseStatus status;

	@Column(name = "current_version_id")
	private @Nullable Long currentVersionId;

	@Column(name = "draft_version_id")
	private @Nullable Long draftVersionId;

	@Column(name = "created_by", nullable = false)
	private String createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected Course() {
		this.code = "";
		this.title = "";
		this.status = CourseStatus.DRAFT;
		this.createdBy = "";
		this.createdAt = Instant.EPOCH;
	}

	public Course(String code, String title, @Nullable String description, List<String> tags, String createdBy,
			Instant createdAt) {
		this.code = code;
		this.title = title;
		this.description = description;
		this.tags = new ArrayList<>(tags);
		this.status = CourseStatus.DRAFT;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	public void describe(String title, @Nullable String description, List<String> tags) {
		requireNotArchived();
		this.title = title;
		this.description = description;
		this.tags = new ArrayList<>(tags);
	}

	/** Remembers the version being edited. */
	public void startDraft(long versionId) {
		requireNotArchived();
		this.draftVersionId = versionId;
	}

	/** The draft becomes the version new waves teach; running waves keep theirs. */
	public void published(long versionId) {
		requireNotArchived();
		if (draftVersionId == null || draftVersionId != versionId) {
			throw ProblemException.conflict("course.nothing-to-publish", code);
		}
		this.currentVersionId = versionId;
		this.draftVersionId = null;
		this.status = CourseStatus.PUBLISHED;
	}

	/**
	 * No new wave may teach an archived course; enrolments already running keep their
	 * version.
	 */
	public void archive() {
		this.status = CourseStatus.ARCHIVED;
	}

	public void requireNotArchived() {
		if (status == CourseStatus.ARCHIVED) {
			throw ProblemException.conflict("course.archived", code);
		}
	}

	public long getId() {
		if (id == null) {
			throw new IllegalStateException("Course not stored yet");
		}
		return id;
	}

	public String getCode() {
		return code;
	}

	public String getTitle() {
		return title;
	}

	public @Nullable String getDescription() {
		return description;
	}

	public List<String> getTags() {
		return List.copyOf(tags);
	}

	public CourseStatus getStatus() {
		return status;
	}

	public @Nullable Long getCurrentVersionId() {
		return currentVersionId;
	}

	public @Nullable Long getDraftVersionId() {
		return draftVersionId;
	}

	public long getVersion() {
		return version;
	}

}
