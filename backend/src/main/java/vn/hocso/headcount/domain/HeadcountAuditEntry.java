package vn.hocso.headcount.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/**
 * One change to a declaration: who, when, what, and its state before and after (JSON).
 * Never updated.
 */
@Entity
@Table(name = "headcount_audit")
public class HeadcountAuditEntry {

	public enum Action {

		CREATED, EDITED, DOCUMENT_ATTACHED, SUBMITTED, APPROVED, RETURNED, REVISION_OPENED, SUPERSEDED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "headcount_audit_seq")
	@SequenceGenerator(name = "headcount_audit_seq", sequenceName = "headcount_audit_seq", allocationSize = 50)
	private @Nullable Long id;

	@Column(name = "declaration_id", nullable = false)
	private long declarationId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 32)
	private Action action;

	@Column(nullable = false)
	private String actor;

	@Column(name = "recorded_at", nullable = false)
	private Instant recordedAt;

	@Column(name = "before_state", length = 4000)
	private @Nullable String before;

	@Column(name = "after_state", length = 4000)
	private @Nullable String after;

	@Column(length = 2000)
	private @Nullable String reason;

	protected HeadcountAuditEntry() {
		this.action = Action.CREATED;
		this.actor = "";
		this.recordedAt = Instant.EPOCH;
	}

	HeadcountAuditEntry(long declarationId, Action action, String actor, Instant recordedAt, @Nullable String before,
			@Nullable String after, @Nullable String reason) {
		this.declarationId = declarationId;
		this.action = action;
		this.actor = actor;
		this.recordedAt = recordedAt;
		this.before = before;
		this.after = after;
		this.reason = reason;
	}

	public long getId() {
		return id == null ? 0 : id;
	}

	public long getDeclarationId() {
		return declarationId;
	}

	public Action getAction() {
		return action;
	}

	public String getActor() {
		return actor;
	}

	public Instant getRecordedAt() {
		return recordedAt;
	}

	public @Nullable String getBefore() {
		return before;
	}

	public @Nullable String getAfter() {
		return after;
	}

	public @Nullable String getReason() {
		return reason;
	}

}
