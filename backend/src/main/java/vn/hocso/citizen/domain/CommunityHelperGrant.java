package vn.hocso.citizen.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

import vn.hocso.citizen.domain.Citizen.Commune;
import vn.hocso.platform.ProblemException;

/**
 * The COMMUNITY_HELPER role of one official for one commune (ADR 0380): who granted it
 * and when, and who revoked it and when. While active it holds the helper's learner id in
 * a unique column, so that a person has one active grant however many nodes grant at
 * once.
 */
@Entity
@Table(name = "community_helper_grant")
public class CommunityHelperGrant {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(name = "helper_learner_id", nullable = false)
	private long helperLearnerId;

	@Column(name = "helper_username", nullable = false)
	private String helperUsername;

	@Column(name = "commune_unit_id", nullable = false)
	private long communeUnitId;

	@Column(name = "commune_path", nullable = false, length = 1024)
	private String communePath;

	@Column(name = "granted_by", nullable = false)
	private String grantedBy;

	@Column(name = "granted_at", nullable = false)
	private Instant grantedAt;

	@Column(name = "revoked_by")
	private @Nullable String revokedBy;

	@Column(name = "revoked_at")
	private @Nullable Instant revokedAt;

	@Column(name = "active_learner_id", unique = true)
	private @Nullable Long activeLearnerId;

	@Version
	private long version;

	protected CommunityHelperGrant() {
		this.helperUsername = "";
		this.communePath = "";
		this.grantedBy = "";
		this.grantedAt = Instant.EPOCH;
	}

	public CommunityHelperGrant(long helperLearnerId, String helperUsername, Commune commune, String grantedBy,
			Instant grantedAt) {
		this.helperLearnerId = helperLearnerId;
		this.helperUsername = helperUsername;
		this.communeUnitId = commune.id();
		this.communePath = commune.path();
		this.grantedBy = grantedBy;
		this.grantedAt = grantedAt;
		this.activeLearnerId = helperLearnerId;
	}

	/** Ends the grant; a grant ends once. */
	public void revoke(String by, Instant at) {
		if (!isActive()) {
			throw ProblemException.conflict("citizen.helper-not-granted", helperLearnerId);
		}
		this.revokedBy = by;
		this.revokedAt = at;
		this.activeLearnerId = null;
	}

	public boolean isActive() {
		return revokedAt == null;
	}

	public @Nullable Long getId() {
		return id;
	}

	public long getHelperLearnerId() {
		return helperLearnerId;
	}

	public String getHelperUsername() {
		return helperUsername;
	}

	public long getCommuneUnitId() {
		return communeUnitId;
	}

	public String getCommunePath() {
		return communePath;
	}

	public String getGrantedBy() {
		return grantedBy;
	}

	public Instant getGrantedAt() {
		return grantedAt;
	}

	public @Nullable String getRevokedBy() {
		return revokedBy;
	}

	public @Nullable Instant getRevokedAt() {
		return revokedAt;
	}

}
