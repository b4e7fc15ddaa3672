package vn.hocso.calendar;

/**
 * What a row of the calendar says about its date; a date without a row is a working day
 * Monday to Friday.
 */
public enum DayKind {

	/** A holiday of Labour Code 2019 art. 112 (ngày lễ, tết). */
	PUBLIC_HOLIDAY,

	/**
	 * A weekday off: nghỉ bù for a holiday on a weekend, or a weekday swapped off (hoán
	 * đổi).
	 */
	COMPENSATORY_DAY_OFF,

	/** A Saturday or Sunday that is worked to pay back a swapped weekday (làm bù). */
	WORKING_DAY;

	public boolean isDayOff() {
		return this != WORKING_DAY;
	}

}
