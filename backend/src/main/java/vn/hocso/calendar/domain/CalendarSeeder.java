package vn.hocso.calendar.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.hocso.calendar.DayKind;

/**
 * Fills the calendar at startup, in every environment (it is reference data, not demo
 * data): each year of the official CSV that has no rows yet, then each year up to
 * {@code computed-until} that still has none, from the law's rules. A year with any row
 * is left alone, so ADMIN edits survive restarts; to reload a year from the CSV, delete
 * its rows.
 */
@Component
class CalendarSeeder implements ApplicationRunner {

	static final String SEEDER = "system:calendar-seed";

	private static final Logger log = LoggerFactory.getLogger(CalendarSeeder.class);

	private final CalendarDayRepository days;

	private final CachedWorkingDayCalendar calendar;

	private final CalendarProperties properties;

	private final TransactionTemplate transaction;

	private final Clock clock;

	CalendarSeeder(CalendarDayRepository days, CachedWorkingDayCalendar calendar, CalendarProperties properties,
			TransactionTemplate transaction, Clock clock) {
		this.days = days;
		this.calendar = calendar;
		this.properties = properties;
		this.transaction = transaction;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		Map<Integer, List<PlannedDay>> official = readOfficial().stream()
			.collect(Collectors.groupingBy(day -> day.date().getYear(), TreeMap::new, Collectors.toList()));
		official.forEach((year, planned) -> fillIfEmpty(year, planned, DaySource.OFFICIAL));
		for (int year = properties.computedFrom(); year <= properties.computedUntil(); year++) {
			fillIfEmpty(year, LabourCodeHolidays.forYear(year), DaySource.COMPUTED);
		}
		calendar.refresh();
	}

	/**
	 * One transaction per year, so that another instance starting at the same time only
	 * costs a log line.
	 */
	private void fillIfEmpty(int year, List<PlannedDay> planned, DaySource source) {
		try {
			transaction.executeWithoutResult(status -> {
				if (days.existsByDateBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))) {
					return;
				}
				var now = clock.instant();
				days.saveAllAndFlush(planned.stream()
					.map(day -> new CalendarDay(day.date(), day.kind(), day.nameVi(), day.nameEn(), source, day.note(),
							SEEDER, now))
					.toList());
				log.info("Calendar {}: {} days added ({})", year, planned.size(), source);
			});
		}
		catch (DataIntegrityViolationException ex) {
			log.info("Calendar {}: filled by another instance meanwhile", year);
		}
	}

	List<PlannedDay> readOfficial() throws IOException {
		try (var reader = new BufferedReader(
				new InputStreamReader(properties.officialDays().getInputStream(), StandardCharsets.UTF_8))) {
			return reader.lines()
				.filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith("date,"))
				.map(CalendarSeeder::parse)
				.toList();
		}
	}

	/** date,kind,name_vi,name_en,note — the note may itself contain commas. */
	static PlannedDay parse(String line) {
		String[] cells = line.split(",", 5);
		if (cells.length < 4) {
			throw new IllegalStateException("Calendar seed line needs date,kind,name_vi,name_en[,note]: " + line);
		}
		return new PlannedDay(LocalDate.parse(cells[0].strip()), DayKind.valueOf(cells[1].strip()), cells[2].strip(),
				cells[3].strip(), cells.length == 5 && !cells[4].isBlank() ? cells[4].strip() : null);
	}

}
