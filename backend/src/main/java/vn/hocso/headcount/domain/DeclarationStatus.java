package vn.hocso.headcount.domain;

/** Where a declaration is in its verification; only APPROVED counts as a denominator. */
public enum DeclarationStatus {

	DRAFT, SUBMITTED, RETURNED, APPROVED,
	/** An approved figure replaced by an approved revision; kept as history. */
	SUPERSEDED;

	/** The unit may still change the figures. */
	public boolean isEditable() {
		return this == DRAFT || this == RETURNED;
	}

	/** Not yet decided: the unit's work in progress for the period. */
	public boolean isOpen() {
		return this == DRAFT || this == SUBMITTED || this == RETURNED;
	}

}
