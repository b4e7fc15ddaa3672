package vn.hocso.calendar.domain;

/**
 * Where a row came from: an official decision (seeded or entered by an ADMIN) or the
 * law's default rules.
 */
public enum DaySource {

	OFFICIAL, COMPUTED

}
