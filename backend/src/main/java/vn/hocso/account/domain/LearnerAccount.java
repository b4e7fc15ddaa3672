package vn.hocso.account.domain;

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
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

/** A learner's Keycloak account, as far as Học Số needs to know it. */
@Entity
@Table(name = "learner_account")
public class LearnerAccount {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "learner_account_seq")
	@SequenceGenerator(name = "learner_account_seq", sequenceName = "learner_account_seq", allocationSize = 50)
	private @Nullable Long id;

	@Column(name = "learner_id", nullable = false, unique = true)
	private long learnerId;

	@Column(nullable = false, unique = true, length = 64)
	private String username;

	@Column(name = "keycloak_user_id", nullable = false, length = 64)
	private String keycloakUserId;

	@Column(name = "unit_path", nullable = false, length = 1024)
	private String unitPath;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private AccountStatus status = AccountStatus.ISSUED;

	@Column(name = "issued_at", nullable = false)
	private Instant issuedAt;

	@Column(name = "issued_by", nullable = false)
	private String issuedBy;

	@Column(name = "code_expires_at")
	private @Nullable Instant codeExpiresAt;

	@Version
	private long version;

	protected LearnerAccount() {
		this.username = "";
		this.keycloakUserId = "";
		this.unitPath = "";
		this.issuedAt = Instant.EPOCH;
		this.issuedBy = "";
	}

	public LearnerAccount(long learnerId, String username, String keycloakUserId, String unitPath, Instant issuedAt,
			String issuedBy, @Nullable Instant codeExpiresAt) {
		this.learnerId = learnerId;
		this.username = username;
		this.keycloakUserId = keycloakUserId;
		this.unitPath = unitPath;
		this.issuedAt = issuedAt;
		this.issuedBy = issuedBy;
		this.codeExpiresAt = codeExpiresAt;
	}

	/**
	 * A new code was handed out: the account waits for activation again until the new
	 * expiry.
	 */
	void codeReissued(Instant expiresAt) {
		status = AccountStatus.ISSUED;
		codeExpiresAt = expiresAt;
	}

	void activated() {
		status = AccountStatus.ACTIVATED;
		codeExpiresAt = null;
	}

	void codeExpired() {
		status = AccountStatus.EXPIRED;
		codeExpiresAt = null;
	}

	void disabled() {
		status = AccountStatus.DISABLED;
	}

	/**
	 * Enabling returns to ISSUED or ACTIVATED, whichever Keycloak says the account is.
	 */
	void enabled(boolean hasActivated) {
		status = hasActivated ? AccountStatus.ACTIVATED : AccountStatus.ISSUED;
	}

	public long getLearnerId() {
		return learnerId;
	}

	public String getUsername() {
		return username;
	}

	public String getKeycloakUserId() {
		return keycloakUserId;
	}

	public String getUnitPath() {
		return unitPath;
	}

	public AccountStatus getStatus() {
		return status;
	}

	public Instant getIssuedAt() {
		return issuedAt;
	}

	public String getIssuedBy() {
		return issuedBy;
	}

	public @Nullable Instant getCodeExpiresAt() {
		return codeExpiresAt;
	}

}
