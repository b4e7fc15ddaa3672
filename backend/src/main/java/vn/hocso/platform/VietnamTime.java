package vn.hocso.platform;

import java.time.ZoneId;

/**
 * Vietnam's time zone (UTC+7, no daylight saving), the one every date a person sees is
 * in: working days, deadlines, "today" on a dashboard, dates on certificates and sheets.
 * Instants stay UTC.
 */
public final class VietnamTime {

	/** The zone's id, for annotations that take a constant string. */
	public static final String ID = "Asia/Ho_Chi_Minh";

	public static final ZoneId ZONE = ZoneId.of(ID);

	private VietnamTime() {
	}

}
