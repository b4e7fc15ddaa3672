package vn.hocso.calendar.domain;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * @param officialDays the CSV of official days off, loaded for every year that has no
 * rows yet
 * @param computedFrom the first year filled from the law's rules when it has no rows
 * @param computedUntil the last year filled from the law's rules when it has no rows
 */
@ConfigurationProperties("hocso.calendar")
record CalendarProperties(@DefaultValue("classpath:seed-data/calendar/holidays-official.csv") Resource officialDays,
		@DefaultValue("2023") int computedFrom, @DefaultValue("2030") int computedUntil) {
}
