package vn.hocso.citizen.domain;

import java.time.Instant;
import java.time.Year;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

import vn.hocso.platform.ProblemException;
import vn.hocso.platform.VietnamTime;

/**
 * A self-registered citizen: only what the indicators need (ADR 0370), and when they
 * consented.
 */
@Entity
@Table(name = "citizen")
public class Citizen {

	/** The earliest year of birth accepted. */
	static final int FIRST_BIRTH_YEAR = 1900;

	@Id
	@Column(name = "learner_id")
	private long learnerId;

	@Column(nullable = false, unique = true)
	private String username;

	@Column(name = "commune_unit_id", nullable = false)
	private long communeUnitId;

	@Column(name = "commune_path", nullable = false, length = 1024)
	private String communePath;

	@Column(name = "birth_year", nullable = false)
	private int birthYear;

	@Column(length = 8)
	private @Nullable String gender;

	@Column(name = "consent_at", nullable = false)
	private Instant consentAt;

	@Column(name = "registered_at", nullable = false)
	private Instant registeredAt;

	/** The community helper who registered this citizen on their behalf, if one did. */
	@Column(name = "assisted_by")
	private @Nullable String assistedBy;

	/**
	 * The sealed activation code printed on an assisted citizen's slip, until it expires.
	 */
	@Column(name = "activation_code")
	private @Nullable String activationCode;

	@Column(name = "activation_code_valid_until")
	private @Nullable Instant activationCodeValidUntil;

	@Version
	private long version;

	protected Citizen() {
		this.username = "";
		this.communePath = "";
		this.consentAt = Instant.EPOCH;
		this.registeredAt = Instant.EPOCH;
	}

	@SuppressWarnings("NullAway.Init") // describe() sets the commune's path and the
										// consent
	public Citizen(long learnerId, String username, Commune commune, int birthYear, @Nullable String gender,
			Instant consentAt, @Nullable String assistedBy) {
		this.learnerId = learnerId;
		this.username = username;
		this.registeredAt = consentAt;
		this.assistedBy = assistedBy;
		describe(commune, birthYear, gender, consentAt);
	}

	/**
	 * A citizen registered in person by a community helper of their commune (ADR 0380),
	 * whose consent the helper records as given in person; the slip's code is kept sealed
	 * until it expires.
	 */
	public static Citizen assisted(long learnerId, String username, Commune commune, int birthYear,
			@Nullable String gender, Instant at, String helper, String sealedCode, Instant codeValidUntil) {
		Citizen citizen = new Citizen(learnerId, username, commune, birthYear, gender, at, helper);
		citizen.activationCode = sealedCode;
		citizen.activationCodeValidUntil = codeValidUntil;
		return citizen;
	}

	/**
	 * Whether this helper registered this citizen in this commune: the one thing a helper
	 * may see.
	 */
	public boolean wasAssistedBy(String helper, long communeUnitId) {
		return helper.equals(assistedBy) && this.communeUnitId == communeUnitId;
	}

	/** The sealed code of the slip while it is still valid. */
	public Optional<String> sealedCodeValidAt(Instant now) {
		if (activationCode == null || activationCodeValidUntil == null || !activationCodeValidUntil.isAfter(now)) {
			return Optional.empty();
		}
		return Optional.of(activationCode);
	}

	public @Nullable Instant getActivationCodeValidUntil() {
		return activationCodeValidUntil;
	}

	/**
	 * The commune and the figures the citizen gives; each change is consented to again.
	 */
	public void describe(Commune commune, int birthYear, @Nullable String gender, Instant consentAt) {
		requireValidBirthYear(birthYear, consentAt);
		this.communeUnitId = commune.id();
		this.communePath = commune.path();
		this.birthYear = birthYear;
		this.gender = gender;
		this.consentAt = consentAt;
	}

	static void requireValidBirthYear(int birthYear, Instant now) {
		if (birthYear < FIRST_BIRTH_YEAR || birthYear > Year.from(now.atZone(VietnamTime.ZONE)).getValue()) {
			throw ProblemException.badRequest("citizen.birth-year-invalid", birthYear);
		}
	}

	/** A commune as the citizen module keeps it: id and materialized path. */
	public record Commune(long id, String code, String name, String path) {
	}

	public long getLearnerId() {
		return learnerId;
	}

	public String getUsername() {
		return username;
	}

	public long getCommuneUnitId() {
		return communeUnitId;
	}

	public String getCommunePath() {
		return communePath;
	}

	public int getBirthYear() {
		return birthYear;
	}

	public @Nullable String getGender() {
		return gender;
	}

	public Instant getConsentAt() {
		return consentAt;
	}

	public Instant getRegisteredAt() {
		return registeredAt;
	}

	public @Nullable String getAssistedBy() {
		return assistedBy;
	}

}
