package vn.hocso.organization.domain;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

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

import vn.hocso.organization.OrgUnitStatus;
import vn.hocso.organization.OrgUnitType;
import vn.hocso.platform.ProblemException;

/**
 * One unit of the tree. Its {@code path} ("/1/14/57/") is the ids from the root down to
 * itself, so that "everything under X" is one indexed prefix query for every module that
 * scopes by unit. A unit is never deleted: renaming, moving, merging and closing keep it,
 * with its history.
 */
@Entity
@Table(name = "org_unit")
public class OrgUnit {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "org_unit_seq")
	@SequenceGenerator(name = "org_unit_seq", sequenceName = "org_unit_seq", allocationSize = 50)
	private @Nullable Long id;

	@Column(nullable = false, unique = true, length = 64)
	private String code;

	@Column(nullable = false)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 32)
	private OrgUnitType type;

	@Column(name = "parent_id")
	private @Nullable Long parentId;

	@Column(nullable = false, length = 1024)
	private String path = "";

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private OrgUnitStatus status = OrgUnitStatus.ACTIVE;

	@Column(name = "valid_from", nullable = false)
	private LocalDate validFrom;

	@Column(name = "valid_to")
	private @Nullable LocalDate validTo;

	@Column(name = "merged_into_id")
	private @Nullable Long mergedIntoId;

	@Version
	private long version;

	protected OrgUnit() {
		this.code = "";
		this.name = "";
		this.type = OrgUnitType.OTHER;
		this.validFrom = LocalDate.EPOCH;
	}

	public OrgUnit(String code, String name, OrgUnitType type, @Nullable OrgUnit parent, LocalDate validFrom) {
		this.code = code;
		this.name = name;
		this.type = type;
		this.validFrom = validFrom;
		if (parent != null) {
			parent.requireOpen();
			this.parentId = parent.getId();
		}
	}

	/** Called once the id is known: the path ends with the unit's own id. */
	public void placeUnder(@Nullable OrgUnit parent) {
		this.path = (parent == null ? "/" : parent.getPath()) + getId() + "/";
	}

	public String rename(String newName, LocalDate effectiveDate) {
		requireOpen();
		requireNotBefore(effectiveDate);
		String old = this.name;
		this.name = newName;
		return old;
	}

	/**
	 * Moves this unit under {@code newParent}; the caller rewrites the descendants' paths
	 * from the old prefix to the new one.
	 */
	public void moveUnder(OrgUnit newParent, LocalDate effectiveDate) {
		requireOpen();
		newParent.requireOpen();
		requireNotBefore(effectiveDate);
		if (newParent.isWithin(this)) {
			throw ProblemException.conflict("org-unit.move-into-own-subtree", code, newParent.getCode());
		}
		if (Long.valueOf(newParent.getId()).equals(parentId)) {
			throw ProblemException.conflict("org-unit.already-there", code, newParent.getCode());
		}
		this.parentId = newParent.getId();
		this.path = newParent.getPath() + getId() + "/";
	}

	public void mergeInto(OrgUnit target, LocalDate effectiveDate) {
		requireOpen();
		target.requireOpen();
		requireNotBefore(effectiveDate);
		if (target.getId() == getId() || target.isWithin(this)) {
			throw ProblemException.conflict("org-unit.merge-into-own-subtree", code, target.getCode());
		}
		this.status = OrgUnitStatus.MERGED;
		this.validTo = effectiveDate;
		this.mergedIntoId = target.getId();
	}

	public void close(LocalDate effectiveDate) {
		requireOpen();
		requireNotBefore(effectiveDate);
		this.status = OrgUnitStatus.CLOSED;
		this.validTo = effectiveDate;
	}

	/** True when this unit is {@code ancestor} itself or lies anywhere below it. */
	public boolean isWithin(OrgUnit ancestor) {
		return path.startsWith(ancestor.getPath());
	}

	private void requireOpen() {
		if (!status.isOpen()) {
			throw ProblemException.conflict("org-unit.not-active", code);
		}
	}

	private void requireNotBefore(LocalDate effectiveDate) {
		if (effectiveDate.isBefore(validFrom)) {
			throw ProblemException.badRequest("org-unit.date-before-valid-from", code, validFrom);
		}
	}

	public long getId() {
		if (id == null) {
			throw new IllegalStateException("Org unit " + code + " has not been stored yet");
		}
		return id;
	}

	public String getCode() {
		return code;
	}

	public String getName() {
		return name;
	}

	public OrgUnitType getType() {
		return type;
	}

	public @Nullable Long getParentId() {
		return parentId;
	}

	public String getPath() {
		return path;
	}

	public OrgUnitStatus getStatus() {
		return status;
	}

	public LocalDate getValidFrom() {
		return validFrom;
	}

	public @Nullable LocalDate getValidTo() {
		return validTo;
	}

	public @Nullable Long getMergedIntoId() {
		return mergedIntoId;
	}

	/** The ids from the root down to this unit, read from the path. */
	public List<Long> pathIds() {
		return Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).map(Long::valueOf).toList();
	}

}
