package vn.hocso.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import vn.hocso.calendar.domain.CalendarDays;
import vn.hocso.identity.CallerUnitDirectory;
import vn.hocso.testing.AsCaller;
import vn.hocso.testing.KeycloakJwt;

/**
 * The calendar API: everyone reads, only an ADMIN changes, and a change moves deadlines
 * at once.
 */
@ApplicationModuleTest(extraIncludes = { "identity", "platform" })
@AutoConfigureMockMvc
// /api/me (identity) reads the caller's unit from the organization module, which is not
// started here.
@MockitoBean(types = CallerUnitDirectory.class)
class CalendarApiTests {

	private static final int TEST_YEAR = 2035;

	private static final String HOLIDAY = """
			{"kind":"COMPENSATORY_DAY_OFF","nameVi":"Nghỉ thử","nameEn":"Test day off"}""";

	@Autowired
	MockMvc mvc;

	@Autowired
	WorkingDayCalendar calendar;

	@Autowired
	CalendarDays days;

	/**
	 * The days these tests add, removed through the service so that the cache follows
	 * (the database may be kept).
	 */
	@AfterEach
	void removeTestDays() {
		AsCaller.signIn("demo.admin", "NA", "ADMIN");
		days.ofYear(TEST_YEAR).forEach(day -> days.delete(day.getDate()));
		AsCaller.signOut();
	}

	@Test
	void aLearnerReadsTheOfficialDaysOfAYear() throws Exception {
		mvc.perform(get("/api/calendar/days").param("year", "2026")
			.with(KeycloakJwt.user("demo.learner", "NA-DIENCHAU-DIENKY", "LEARNER")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.date == '2026-02-17')].nameVi").value(hasItem("Tết Nguyên đán")))
			.andExpect(jsonPath("$[?(@.date == '2026-01-10')].kind").value(hasItem("WORKING_DAY")))
			.andExpect(jsonPath("$[0].source").value("OFFICIAL"));
	}

	@Test
	void anAnonymousCallerCannotReadTheCalendar() throws Exception {
		mvc.perform(get("/api/calendar/days").param("year", "2026")).andExpect(status().isUnauthorized());
	}

	@Test
	void theWorkingDaysEndpointExplainsADeadline() throws Exception {
		mvc.perform(get("/api/calendar/working-days").param("from", "2024-02-07")
			.param("count", "10")
			.with(KeycloakJwt.user("demo.learner", "NA-DIENCHAU-DIENKY", "LEARNER")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.deadline").value("2024-02-28"))
			.andExpect(jsonPath("$.countedDays[0]").value("2024-02-15"))
			.andExpect(jsonPath("$.countedDays.length()").value(10))
			.andExpect(jsonPath("$.skippedDaysOff[*].date").value(hasItem("2024-02-08")));
	}

	@Test
	void aCountOutOfRangeIsAProblem() throws Exception {
		mvc.perform(get("/api/calendar/working-days").param("from", "2024-02-07")
			.param("count", "0")
			.with(KeycloakJwt.user("demo.learner", "NA-DIENCHAU-DIENKY", "LEARNER")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("calendar.count-out-of-range"));
	}

	@Test
	void anAdminAddsADayOffAndTheCalendarSeesItAtOnce() throws Exception {
		LocalDate tuesday = LocalDate.of(2035, 3, 6);
		assertThat(calendar.isWorkingDay(tuesday)).isTrue();
		int changesBefore = days.historyOf(tuesday).size();

		mvc.perform(put("/api/calendar/days/{date}", tuesday).contentType(MediaType.APPLICATION_JSON)
			.content(HOLIDAY)
			.with(KeycloakJwt.user("demo.admin", "NA", "ADMIN")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.updatedBy").value("demo.admin"))
			.andExpect(jsonPath("$.source").value("OFFICIAL"));

		assertThat(calendar.isWorkingDay(tuesday)).isFalse();
		assertThat(calendar.addWorkingDays(tuesday.minusDays(1), 1)).isEqualTo(tuesday.plusDays(1));
		assertThat(days.historyOf(tuesday)).hasSize(changesBefore + 1).last().satisfies(change -> {
			assertThat(change.getRecordedBy()).isEqualTo("demo.admin");
			assertThat(change.getNewKind()).isEqualTo(DayKind.COMPENSATORY_DAY_OFF);
		});
	}

	@Test
	void anAdminDeletesADayAndItIsAWorkingDayAgain() throws Exception {
		LocalDate wednesday = LocalDate.of(2035, 3, 7);
		int changesBefore = days.historyOf(wednesday).size();
		mvc.perform(put("/api/calendar/days/{date}", wednesday).contentType(MediaType.APPLICATION_JSON)
			.content(HOLIDAY)
			.with(KeycloakJwt.user("demo.admin", "NA", "ADMIN"))).andExpect(status().isOk());

		mvc.perform(delete("/api/calendar/days/{date}", wednesday).with(KeycloakJwt.user("demo.admin", "NA", "ADMIN")))
			.andExpect(status().isNoContent());

		assertThat(calendar.isWorkingDay(wednesday)).isTrue();
		assertThat(days.historyOf(wednesday)).hasSize(changesBefore + 2)
			.last()
			.satisfies(change -> assertThat(change.getNewKind()).isNull());
	}

	@Test
	void aUnitAdminCannotChangeTheCalendar() throws Exception {
		mvc.perform(put("/api/calendar/days/{date}", "2035-03-08").contentType(MediaType.APPLICATION_JSON)
			.content(HOLIDAY)
			.with(KeycloakJwt.user("demo.unitadmin", "NA-DIENCHAU", "UNIT_ADMIN")))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

		assertThat(calendar.isWorkingDay(LocalDate.of(2035, 3, 8))).isTrue();
	}

	@Test
	void aUnitAdminCannotDeleteAHoliday() throws Exception {
		mvc.perform(delete("/api/calendar/days/{date}", "2026-02-17")
			.with(KeycloakJwt.user("demo.unitadmin", "NA-DIENCHAU", "UNIT_ADMIN"))).andExpect(status().isForbidden());

		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 17))).isFalse();
	}

	@Test
	void aWeekdayCannotBeMarkedAsAWorkedWeekendDay() throws Exception {
		mvc.perform(put("/api/calendar/days/{date}", "2035-03-09").contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"kind":"WORKING_DAY","nameVi":"Làm bù","nameEn":"Worked"}""")
			.with(KeycloakJwt.user("demo.admin", "NA", "ADMIN")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("calendar.working-day-not-weekend"));
	}

	@Test
	void aDayWithoutAVietnameseNameIsRejectedNamingTheField() throws Exception {
		mvc.perform(put("/api/calendar/days/{date}", "2035-03-12").contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"kind":"PUBLIC_HOLIDAY","nameVi":" ","nameEn":"Holiday"}""")
			.with(KeycloakJwt.user("demo.admin", "NA", "ADMIN")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("nameVi")));
	}

	@Test
	void deletingADayThatIsNotInTheCalendarIsNotFound() throws Exception {
		mvc.perform(
				delete("/api/calendar/days/{date}", "2035-03-13").with(KeycloakJwt.user("demo.admin", "NA", "ADMIN")))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("calendar.day-not-found"));
	}

}
