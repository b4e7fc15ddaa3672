package vn.hocso.learner;

/**
 * Who a learner is in the plans' terms; headcounts are declared and completion rates
 * computed per category. Labels (Cán bộ, Công chức…) come from the message bundles, key
 * {@code learner.category.<NAME>}.
 */
public enum LearnerCategory {

	/** Cán bộ: elected or appointed officials. */
	CAN_BO,
	/** Công chức: civil servants. */
	CONG_CHUC,
	/** Viên chức: public-service employees (schools, hospitals…). */
	VIEN_CHUC,
	/** Người lao động: contract workers of public bodies. */
	NGUOI_LAO_DONG,
	/** Citizens (later programmes). */
	CITIZEN,
	/** Staff of enterprises. */
	ENTERPRISE_STAFF

}
