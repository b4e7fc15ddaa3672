package vn.hocso.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import vn.hocso.calendar.domain.CalendarDays;
import vn.hocso.identity.CallerUnitDirectory;
import vn.hocso.testing.AsCaller;

/**
 * The calendar module on its own (with the modules it uses, identity and platform, named
 * in extraIncludes): an ADMIN's change is announced as {@link CalendarDayChanged} and
 * counts here at once; another node's change counts within the refresh interval.
 */
@ApplicationModuleTest(extraIncludes = { "identity", "platform" })
@AutoConfigureMockMvc
// /api/me (identity) reads the caller's unit from the organization module, which is not
// started here.
@MockitoBean(types = CallerUnitDirectory.class)
class CalendarModuleTests {

	private static final LocalDate TEST_DAY = LocalDate.of(2036, 3, 4); // a Tuesday
																		// without a row

	@Autowired
	WorkingDayCalendar calendar;

	@Autowired
	CalendarDays days;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void removeTheTestDay() {
		AsCaller.signIn("demo.admin", "NA", "ADMIN");
		if (!days.between(TEST_DAY, TEST_DAY).isEmpty()) {
			days.delete(TEST_DAY);
		}
		AsCaller.signOut();
	}

	@Test
	void anAdminsHolidayIsAnnouncedAndCountsAtOnce(Scenario scenario) {
		assertThat(calendar.isWorkingDay(TEST_DAY)).isTrue();
		AsCaller.signIn("demo.admin", "NA", "ADMIN");

		scenario.stimulate(() -> days.put(TEST_DAY, DayKind.PUBLIC_HOLIDAY, "Ngày thử", "Test day", null))
			.andWaitForEventOfType(CalendarDayChanged.class)
			.matching(changed -> changed.date().equals(TEST_DAY))
			.toArriveAndVerify(changed -> assertThat(calendar.isWorkingDay(TEST_DAY)).isFalse());
	}

	@Test
	void aHolidaySavedOnAnotherNodeCountsHereWithinSeconds() throws Exception {
		assertThat(calendar.isWorkingDay(TEST_DAY)).isTrue();
		long id = 9_000_000_000L + System.nanoTime() % 1_000_000;
		OffsetDateTime now = OffsetDateTime.now();
		// What another node's save leaves in the shared table: this node gets no event
		// for it.
		jdbc.update("insert into calendar_day (id, day_date, kind, name_vi, name_en, source, created_at, created_by, "
				+ "updated_at, updated_by, version) values (?, ?, 'PUBLIC_HOLIDAY', 'Ngày thử', 'Test day', 'OFFICIAL', ?, "
				+ "'node-b', ?, 'node-b', 0)", id, TEST_DAY, now, now);
		try {
			long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
			while (calendar.isWorkingDay(TEST_DAY) && System.nanoTime() < deadline) {
				Thread.sleep(100);
			}
			assertThat(calendar.isWorkingDay(TEST_DAY)).as("the other node's holiday, seen here").isFalse();
		}
		finally {
			jdbc.update("delete from calendar_day where id = ?", id);
		}
	}

}
