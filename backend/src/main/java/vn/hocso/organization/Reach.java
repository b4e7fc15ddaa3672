package vn.hocso.organization;

/**
 * How far a role's permission for one {@link ScopedAction} reaches, from nothing to the
 * caller's whole org scope.
 */
public enum Reach {

	/** Not at all: the role may not take the action. */
	NONE,

	/** Only on learners of classes the caller teaches (a trainer). */
	OWN_CLASSES,

	/**
	 * Anywhere in the caller's org scope ({@link OrgScopes}: the province for ADMIN,
	 * REPORTER, VERIFIER).
	 */
	SUBTREE;

	Reach widest(Reach other) {
		// The constants are declared from the narrowest reach to the widest.
		return compareTo(other) >= 0 ? this : other;
	}

}
