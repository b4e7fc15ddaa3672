package vn.hocso.planning.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/** One audited planning write. */
@Entity
@Table(name = "planning_audit")
public class PlanningAuditEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "planning_audit_seq")
	@SequenceGenerator(name = "planning_audit_seq", sequenceName = "planning_audit_seq", allocationSize = 50)
	private @Nullable Long id;

	@Column(nullable = false, length = 32)
	private String subject;

	@Column(name = "subject_id", nullable = false)
	private long subjectId;

	@Column(nullable = false, length = 32)
	private String action;

	@Column(nullable = false)
	private String actor;

	@Column(name = "recorded_at", nullable = false)
	private Instant recordedAt;

	@Column(length = 2000)
	private @Nullable String detail;

	protected PlanningAuditEntry() {
		this.subject = "";
		this.action = "";
		this.actor = "";
		this.recordedAt = Instant.EPOCH;
	}

	PlanningAuditEntry(String subject, long subjectId, String action, String actor, Instant recordedAt,
			@Nullable String detail) {
		this.subject = subject;
		this.subjectId = subjectId;
		this.action = action;
		this.actor = actor;
		this.recordedAt = recordedAt;
		this.detail = detail;
	}

	public String getSubject() {
		return subject;
	}

	public long getSubjectId() {
		return subjectId;
	}

	public String getAction() {
		return action;
	}

	public String getActor() {
		return actor;
	}

	public Instant getRecordedAt() {
		return recordedAt;
	}

	public @Nullable String getDetail() {
		return detail;
	}

}
