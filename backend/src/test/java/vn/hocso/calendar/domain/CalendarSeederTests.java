package vn.hocso.calendar.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import vn.hocso.calendar.DayKind;
import vn.hocso.identity.CallerUnitDirectory;
import vn.hocso.testing.AsCaller;

/** The startup importer fills missing years only, so ADMIN edits survive a restart. */
@ApplicationModuleTest(extraIncludes = { "identity", "platform" })
@AutoConfigureMockMvc
// /api/me (identity) reads the caller's unit from the organization module, which is not
// started here.
@MockitoBean(types = CallerUnitDirectory.class)
class CalendarSeederTests {

	private static final LocalDate CHRISTMAS_EVE_2027 = LocalDate.of(2027, 12, 24);

	@Autowired
	CalendarSeeder seeder;

	@Autowired
	CalendarDays days;

	@Autowired
	CalendarDayRepository repository;

	@AfterEach
	void removeTheEdit() {
		AsCaller.signIn("demo.admin", "NA", "ADMIN");
		repository.findByDate(CHRISTMAS_EVE_2027).ifPresent(day -> days.delete(day.getDate()));
		AsCaller.signOut();
	}

	@Test
	void officialYearsComeFromTheSeedAndLaterYearsFromTheLaw() {
		assertThat(days.ofYear(2026)).isNotEmpty().allMatch(day -> day.getSource() == DaySource.OFFICIAL);
		assertThat(days.ofYear(2030)).isNotEmpty().allMatch(day -> day.getSource() == DaySource.COMPUTED);
		assertThat(days.ofYear(2031)).isEmpty();
	}

	@Test
	void everyRowOfTheOfficialSeedIsInTheTable() throws Exception {
		assertThat(seeder.readOfficial()).allSatisfy(planned -> assertThat(repository.findByDate(planned.date()))
			.hasValueSatisfying(day -> assertThat(day.getKind()).isEqualTo(planned.kind())));
	}

	@Test
	void runningAgainKeepsAnAdminsEditAndAddsNothing() throws Exception {
		AsCaller.signIn("demo.admin", "NA", "ADMIN");
		days.put(CHRISTMAS_EVE_2027, DayKind.COMPENSATORY_DAY_OFF, "Nghỉ thử", "Test", null);
		long before = repository.count();

		seeder.run(null);

		assertThat(repository.count()).isEqualTo(before);
		assertThat(repository.findByDate(CHRISTMAS_EVE_2027)).isPresent();
	}

}
