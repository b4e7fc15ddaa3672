package vn.hocso.organization;

public enum OrgUnitType {

	/** Tỉnh, thành phố trực thuộc trung ương. */
	PROVINCE,
	/** Sở, ban, ngành. */
	DEPARTMENT,
	/** Mặt trận Tổ quốc và các đoàn thể. */
	MASS_ORGANIZATION,
	/**
	 * Huyện, thị xã, thành phố thuộc tỉnh (abolished in law on 1 July 2025; kept for
	 * history).
	 */
	DISTRICT,
	/** Xã, phường, thị trấn. */
	COMMUNE,
	/** Tổ công nghệ số cộng đồng. */
	COMMUNITY_TEAM, ENTERPRISE, OTHER

}
