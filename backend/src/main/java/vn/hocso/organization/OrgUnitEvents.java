package vn.hocso.organization;

import java.time.LocalDate;

/** What happened to the tree, for modules that keep people or figures per unit. */
public final class OrgUnitEvents {

	private OrgUnitEvents() {
	}

	public record OrgUnitCreated(long unitId, String code) {
	}

	public record OrgUnitRenamed(long unitId, String oldName, String newName, LocalDate effectiveDate) {
	}

	/**
	 * The unit (and everything below it) moved: every stored path starting with
	 * {@code oldPath} now starts with {@code newPath}.
	 */
	public record OrgUnitMoved(long unitId, long fromParentId, long toParentId, String oldPath, String newPath,
			LocalDate effectiveDate) {
	}

	/**
	 * The unit stopped existing on {@code effectiveDate}; its people and open work belong
	 * to {@code intoUnitId}.
	 */
	public record OrgUnitMerged(long unitId, long intoUnitId, LocalDate effectiveDate) {
	}

	public record OrgUnitClosed(long unitId, LocalDate effectiveDate) {
	}

}
