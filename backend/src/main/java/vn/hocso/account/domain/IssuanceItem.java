package vn.hocso.account.domain;

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
 * One learner of a job. CREATED carries the activation code, encrypted, for the sheets;
 * EXISTED means the learner already had an account (issued before): nothing was created
 * twice.
 */
@Entity
@Table(name = "account_issuance_item")
public class IssuanceItem {

	public enum Status {

		PENDING, CREATED, EXISTED, FAILED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_issuance_item_seq")
	@SequenceGenerator(name = "account_issuance_item_seq", sequenceName = "account_issuance_item_seq",
			allocationSize = 50)
	private @Nullable Long id;

	@Column(name = "job_id", nullable = false)
	private long jobId;

	@Column(name = "learner_id", nullable = false)
	private long learnerId;

	@Column(name = "unit_id", nullable = false)
	private long unitId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private Status status = Status.PENDING;

	@Column(length = 64)
	private @Nullable String username;

	@Column(name = "code_ciphertext")
	private @Nullable String codeCiphertext;

	@Column(length = 1000)
	private @Nullable String error;

	protected IssuanceItem() {
	}

	IssuanceItem(long jobId, long learnerId, long unitId) {
		this.jobId = jobId;
		this.learnerId = learnerId;
		this.unitId = unitId;
	}

	void created(String username, String codeCiphertext) {
		this.status = Status.CREATED;
		this.username = username;
		this.codeCiphertext = codeCiphertext;
		this.error = null;
	}

	void existed(String username) {
		this.status = Status.EXISTED;
		this.username = username;
	}

	void failed(String error) {
		this.status = Status.FAILED;
		this.error = error.length() > 1000 ? error.substring(0, 1000) : error;
	}

	/** The code is no longer needed on a sheet (expired, or replaced by a reset). */
	void forgetCode() {
		this.codeCiphertext = null;
	}

	public long getId() {
		if (id == null) {
			throw new IllegalStateException("item not saved yet");
		}
		return id;
	}

	public long getJobId() {
		return jobId;
	}

	public long getLearnerId() {
		return learnerId;
	}

	public long getUnitId() {
		return unitId;
	}

	public Status getStatus() {
		return status;
	}

	public @Nullable String getUsername() {
		return username;
	}

	public @Nullable String getCodeCiphertext() {
		return codeCiphertext;
	}

	public @Nullable String getError() {
		return error;
	}

}
