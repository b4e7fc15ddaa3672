package vn.hocso.enrolment.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * This module's own record of issued accounts, kept from AccountIssued events: which
 * username is which learner, and when the account was first issued (the start of every
 * deadline clock).
 */
@Entity
@Table(name = "enrolment_learner_account")
public class LearnerAccountRecord {

	@Id
	@Column(name = "learner_id")
	private long learnerId;

	@Column(nullable = false, unique = true)
	private String username;

	@Column(name = "issued_at", nullable = false)
	private Instant issuedAt;

	protected LearnerAccountRecord() {
		this.username = "";
		this.issuedAt = Instant.EPOCH;
	}

	public LearnerAccountRecord(long learnerId, String username, Instant issuedAt) {
		this.learnerId = learnerId;
		this.username = username;
		this.issuedAt = issuedAt;
	}

	public long getLearnerId() {
		return learnerId;
	}

	public String getUsername() {
		return username;
	}

	public Instant getIssuedAt() {
		return issuedAt;
	}

}
