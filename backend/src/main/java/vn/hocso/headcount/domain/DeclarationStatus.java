package vn.hocso.headcount.domain;

import java.util.EnumSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/** Where a declaration is in its verification; only APPROVED counts as a denominator. */
public enum DeclarationStatus {

	DRAFT, SUBMITTED, RETURNED, APPROVED,
	/** An approved figure replaced by an approved revision; kept as history. */
	SUPERSEDED;

	/** The unit may still change the figures. */
	public boolean isEditable() {
		return this == DRAFT || this == RETURNED;
	}

	/** This status, or every status when none is given (a list filter). */
	public static Set<DeclarationStatus> onlyOrAll(@Nullable DeclarationStatus status) {
		return status == null ? EnumSet.allOf(DeclarationStatus.class) : EnumSet.of(status);
	}

	/** Not yet decided: the unit's work in progress for the period. */
	public boolean isOpen() {
		return this == DRAFT || this == SUBMITTED || this == RETURNED;
	}

}
