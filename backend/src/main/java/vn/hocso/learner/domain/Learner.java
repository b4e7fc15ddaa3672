package vn.hocso.learner.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

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

import vn.hocso.learner.LearnerCategory;
import vn.hocso.learner.LearnerSummary;
import vn.hocso.platform.ProblemException;

/** A person who studies, in one unit at a time; guards its own moves and departure. */
@Entity
@Table(name = "learner")
public class Learner {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "learner_seq")
	@SequenceGenerator(name = "learner_seq", sequenceName = "learner_seq", allocationSize = 50)
	private @Nullable Long id;

	@Column(name = "full_name", nullable = false)
	private String fullName;

	@Column(name = "search_name", nullable = false)
	private String searchName;

	@Column(name = "date_of_birth")
	private @Nullable LocalDate dateOfBirth;

	@Enumerated(EnumType.STRING)
	@Column(length = 8)
	private @Nullable Gender gender;

	@Column(name = "citizen_id", length = 12)
	private @Nullable String citizenId;

	private @Nullable String email;

	@Column(length = 16)
	private @Nullable String phone;

	@Column(name = "unit_id", nullable = false)
	private long unitId;

	@Column(name = "unit_code", nullable = false, length = 64)
	private String unitCode;

	@Column(name = "unit_path", nullable = false, length = 1024)
	private String unitPath;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 32)
	private LearnerCategory category;

	private @Nullable String position;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 8)
	private LearnerStatus status;

	@Column(name = "valid_from", nullable = false)
	private LocalDate validFrom;

	@Column(name = "left_on")
	private @Nullable LocalDate leftOn;

	@Version
	private long version;

	@SuppressWarnings("NullAway.Init")
	protected Learner() {
	}

	public Learner(LearnerDetails details, UnitRef unit, LocalDate validFrom) {
		this.unitId = unit.id();
		this.unitCode = unit.code();
		this.unitPath = unit.path();
		this.status = LearnerStatus.ACTIVE;
		this.validFrom = validFrom;
		this.fullName = details.fullName();
		this.searchName = SearchName.of(details.fullName());
		this.category = details.category();
		apply(details);
	}

	/**
	 * Takes the new details; returns "field: before → after" for each one that changed.
	 */
	public List<String> update(LearnerDetails details) {
		List<String> changes = new ArrayList<>();
		diff(changes, "fullName", fullName, details.fullName());
		diff(changes, "dateOfBirth", dateOfBirth, details.dateOfBirth());
		diff(changes, "gender", gender, details.gender());
		diff(changes, "citizenId", citizenId, details.citizenId());
		diff(changes, "email", email, details.email());
		diff(changes, "phone", phone, details.phone());
		diff(changes, "category", category, details.category());
		diff(changes, "position", position, details.position());
		if (!changes.isEmpty()) {
			requireActive();
			apply(details);
		}
		return changes;
	}

	public void moveTo(UnitRef unit) {
		requireActive();
		if (unit.id() == unitId) {
			throw ProblemException.conflict("learner.already-in-unit", unit.code());
		}
		this.unitId = unit.id();
		this.unitCode = unit.code();
		this.unitPath = unit.path();
	}

	public void leave(LocalDate on) {
		requireActive();
		if (on.isBefore(validFrom)) {
			throw ProblemException.badRequest("learner.left-before-valid-from", validFrom);
		}
		this.status = LearnerStatus.LEFT;
		this.leftOn = on;
	}

	/**
	 * Forgets who this citizen was (ADR 0370): name, contacts and birth data go; the
	 * unit, category and dates stay, so the commune's anonymous counts do not change.
	 */
	public void erase(LocalDate on) {
		if (category != LearnerCategory.CITIZEN) {
			throw ProblemException.conflict("learner.not-a-citizen", getId());
		}
		this.fullName = ERASED_NAME;
		this.searchName = SearchName.of(ERASED_NAME);
		this.dateOfBirth = null;
		this.gender = null;
		this.citizenId = null;
		this.email = null;
		this.phone = null;
		this.position = null;
		if (status == LearnerStatus.ACTIVE) {
			this.status = LearnerStatus.LEFT;
			this.leftOn = on.isBefore(validFrom) ? validFrom : on;
		}
	}

	/** The name an erased citizen's record keeps. */
	public static final String ERASED_NAME = "—";

	private void requireActive() {
		if (status != LearnerStatus.ACTIVE) {
			throw ProblemException.conflict("learner.not-active", fullName);
		}
	}

	private void apply(LearnerDetails details) {
		this.fullName = details.fullName();
		this.searchName = SearchName.of(details.fullName());
		this.dateOfBirth = details.dateOfBirth();
		this.gender = details.gender();
		this.citizenId = details.citizenId();
		this.email = details.email();
		this.phone = details.phone();
		this.category = details.category();
		this.position = details.position();
	}

	private static void diff(List<String> changes, String field, @Nullable Object before, @Nullable Object after) {
		if (!Objects.equals(before, after)) {
			changes.add(field + ": " + (before == null ? "" : before) + " → " + (after == null ? "" : after));
		}
	}

	public LearnerSummary summary() {
		return new LearnerSummary(getId(), fullName, dateOfBirth, unitId, unitCode, unitPath, category, email, phone,
				citizenId, status == LearnerStatus.ACTIVE);
	}

	public long getId() {
		return Objects.requireNonNull(id, "not stored yet");
	}

	public String getFullName() {
		return fullName;
	}

	public @Nullable LocalDate getDateOfBirth() {
		return dateOfBirth;
	}

	public @Nullable Gender getGender() {
		return gender;
	}

	public @Nullable String getCitizenId() {
		return citizenId;
	}

	public @Nullable String getEmail() {
		return email;
	}

	public @Nullable String getPhone() {
		return phone;
	}

	public long getUnitId() {
		return unitId;
	}

	public String getUnitCode() {
		return unitCode;
	}

	public String getUnitPath() {
		return unitPath;
	}

	public LearnerCategory getCategory() {
		return category;
	}

	public @Nullable String getPosition() {
		return position;
	}

	public LearnerStatus getStatus() {
		return status;
	}

	public LocalDate getValidFrom() {
		return validFrom;
	}

	public @Nullable LocalDate getLeftOn() {
		return leftOn;
	}

}
