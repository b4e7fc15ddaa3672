package vn.hocso.authz;

import java.util.Map;

/**
 * The resources the matrix points its calls at, as path-parameter values, one set per
 * scope variant. "Own" is in the trainer's class, the unit admin's district and the
 * learner's own record; "same unit" is another learner of the same commune in another
 * trainer's class; "other unit" is in another district.
 */
record MatrixFixture(Map<Kind, String> own, Map<Kind, String> sameUnit, Map<Kind, String> otherUnit,
		String learnerUsername, long ownUnitId, long ownLearnerId, long ownClassId, Map<String, String> unscoped) {

	/** The kinds of scoped resource a path parameter can name. */
	enum Kind {

		LEARNER, UNIT, WAVE, CLASS, ENROLMENT, CERTIFICATE, CERTIFICATE_JOB, ISSUANCE

	}

	String value(Kind kind, Variant variant) {
		return switch (variant) {
			case OWN, UNSCOPED -> own.get(kind);
			case SAME_UNIT -> sameUnit.get(kind);
			case OTHER_UNIT -> otherUnit.get(kind);
		};
	}

	/** Which resource the call names, relative to the caller. */
	enum Variant {

		/** The operation names no scoped resource. */
		UNSCOPED,
		/** The caller's own: their class's learner, their district, their own record. */
		OWN,
		/** Same commune, another learner in another trainer's class. */
		SAME_UNIT,
		/** Another district. */
		OTHER_UNIT

	}

}
