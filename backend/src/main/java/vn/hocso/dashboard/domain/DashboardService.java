package vn.hocso.dashboard.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import vn.hocso.calendar.WorkingDayCalendar;
import vn.hocso.course.CourseCatalog;
import vn.hocso.course.CourseCatalog.CourseVersionView;
import vn.hocso.enrolment.ClassRef;
import vn.hocso.enrolment.EnrolmentDirectory;
import vn.hocso.enrolment.EnrolmentRef;
import vn.hocso.enrolment.EnrolmentStatus;
import vn.hocso.enrolment.WaveRef;
import vn.hocso.identity.Caller;
import vn.hocso.identity.CurrentCaller;
import vn.hocso.identity.Role;
import vn.hocso.learner.LearnerDirectory;
import vn.hocso.learner.LearnerSummary;
import vn.hocso.organization.AccessPolicy;
import vn.hocso.organization.OrgScope;
import vn.hocso.organization.ScopedAction;
import vn.hocso.organization.OrgScopes;
import vn.hocso.platform.ProblemException;
import vn.hocso.platform.VietnamTime;
import vn.hocso.progress.LectureProgress;
import vn.hocso.progress.LectureProgress.Figures;
import vn.hocso.quiz.QuizResults;
import vn.hocso.reminder.ReminderKind;
import vn.hocso.reminder.Reminders;

/**
 * Builds dashboards for the caller: a trainer sees the classes they guide, a unit admin
 * what lies in their subtree, an admin everything.
 */
@Service
@PreAuthorize("@accessPolicy.may('CLASS_FOLLOW_UP')")
public class DashboardService {

	private static final int MAX_DAYS = 31;

	private static final int DEFAULT_EXPECTED_MINUTES = 30;

	private final EnrolmentDirectory enrolments;

	private final LectureProgress progress;

	private final CourseCatalog catalog;

	private final LearnerDirectory learners;

	private final OrgScopes scopes;

	private final CurrentCaller caller;

	private final WorkingDayCalendar calendar;

	private final PacePolicy pace;

	private final Clock clock;

	private final Reminders reminders;

	private final QuizResults quizzes;

	private final AccessPolicy access;

	DashboardService(EnrolmentDirectory enrolments, LectureProgress progress, CourseCatalog catalog,
			LearnerDirectory learners, OrgScopes scopes, CurrentCaller caller, WorkingDayCalendar calendar, Clock clock,
			Reminders reminders, QuizResults quizzes, AccessPolicy access) {
		this.access = access;
		this.reminders = reminders;
		this.quizzes = quizzes;
		this.enrolments = enrolments;
		this.progress = progress;
		this.catalog = catalog;
		this.learners = learners;
		this.scopes = scopes;
		this.caller = caller;
		this.calendar = calendar;
		this.pace = new PacePolicy(calendar);
		this.clock = clock;
	}

	public Dashboard ofClass(long classId) {
		ClassRef waveClass = enrolments.findClass(classId)
			.orElseThrow(() -> ProblemException.notFound("dashboard.class-not-found", classId));
		if (!access.coversClass(ScopedAction.CLASS_FOLLOW_UP, waveClass.unitPath(), waveClass.trainerUsername())) {
			throw ProblemException.forbidden("dashboard.class-out-of-scope", waveClass.name());
		}
		WaveRef wave = wave(waveClass.waveId());
		return build("class", classId, waveClass.name(), wave, enrolments.ofClass(classId));
	}

	public Dashboard ofWave(long waveId) {
		WaveRef wave = wave(waveId);
		Caller me = caller.get();
		List<EnrolmentRef> rows;
		if (me.hasAny(Role.ADMIN, Role.UNIT_ADMIN)) {
			OrgScope scope = scopes.current();
			if (wave.unitPaths().stream().noneMatch(path -> overlaps(scope, path))) {
				throw ProblemException.forbidden("dashboard.wave-out-of-scope", wave.name());
			}
			rows = enrolments.ofWave(waveId).stream().filter(row -> scope.covers(row.unitPath())).toList();
		}
		else {
			Set<Long> myClasses = enrolments.classesOfTrainer(me.username())
				.stream()
				.filter(waveClass -> waveClass.waveId() == waveId)
				.map(ClassRef::classId)
				.collect(Collectors.toSet());
			if (myClasses.isEmpty()) {
				throw ProblemException.forbidden("dashboard.wave-out-of-scope", wave.name());
			}
			rows = enrolments.ofWave(waveId).stream().filter(row -> myClasses.contains(row.classId())).toList();
		}
		return build("wave", waveId, wave.name(), wave, rows);
	}

	/**
	 * The class's trainer (or a unit admin or admin over it) reminds the selected
	 * learners of the class.
	 */
	public ReminderOutcome remind(long classId, List<Long> enrolmentIds) {
		if (enrolmentIds.isEmpty()) {
			throw ProblemException.badRequest("reminder.selection-required");
		}
		ofClass(classId);
		String by = caller.get().username();
		int sent = 0;
		int alreadyToday = 0;
		for (EnrolmentRef row : enrolments.ofClass(classId)) {
			if (enrolmentIds.contains(row.enrolmentId()) && row.status() != EnrolmentStatus.WITHDRAWN) {
				if (reminders.send(row, ReminderKind.FROM_TRAINER, by)) {
					sent++;
				}
				else {
					alreadyToday++;
				}
			}
		}
		return new ReminderOutcome(sent, alreadyToday);
	}

	public record ReminderOutcome(int sent, int alreadyToday) {
	}

	private static boolean overlaps(OrgScope scope, String unitPath) {
		return scope.covers(unitPath) || scope.rootPaths().stream().anyMatch(root -> root.startsWith(unitPath));
	}

	private WaveRef wave(long waveId) {
		return enrolments.findWave(waveId).orElseThrow(() -> ProblemException.notFound("wave.not-found", waveId));
	}

	private Dashboard build(String kind, long id, String name, WaveRef wave, List<EnrolmentRef> all) {
		List<EnrolmentRef> rows = all.stream().filter(row -> row.status() != EnrolmentStatus.WITHDRAWN).toList();
		Optional<CourseVersionView> version = Optional.ofNullable(wave.courseVersionId()).flatMap(catalog::version);
		int expected = version.map(CourseVersionView::expectedMinutesPerDay).orElse(DEFAULT_EXPECTED_MINUTES);
		Map<Long, Figures> figures = progress.figures(rows);
		Map<Long, QuizResults.Result> results = quizzes.of(rows.stream().map(EnrolmentRef::enrolmentId).toList());
		Map<Long, LearnerSummary> people = learners.findAll(rows.stream().map(EnrolmentRef::learnerId).toList())
			.stream()
			.collect(Collectors.toMap(LearnerSummary::id, Function.identity()));
		LocalDate today = LocalDate.now(clock.withZone(VietnamTime.ZONE));
		List<LocalDate> days = days(wave.openingDate(), today);
		List<Dashboard.LearnerRow> learnerRows = new ArrayList<>();
		for (EnrolmentRef row : rows) {
			Figures figure = figures.get(row.enrolmentId());
			Map<LocalDate, Long> seconds = figure == null ? Map.of() : figure.studySecondsByDay();
			long remaining = figure == null ? 0 : figure.remainingSeconds();
			LearnerSummary person = people.get(row.learnerId());
			QuizResults.Result quiz = results.get(row.enrolmentId());
			Integer daysLeft = row.deadline() == null ? null
					: calendar.workingDaysBetween(today.minusDays(1), row.deadline());
			learnerRows
				.add(new Dashboard.LearnerRow(row.enrolmentId(), row.learnerId(),
						person == null ? "" : person.fullName(), person == null ? "" : person.unitCode(), row.classId(),
						pace.of(row.status(), row.clockStartedAt(), row.deadline(), today, expected, seconds,
								remaining),
						figure == null ? 0 : figure.lecturesCompleted(),
						figure == null ? version.map(v -> v.lectures().size()).orElse(0) : figure.lecturesTotal(),
						seconds.getOrDefault(today, 0L) / 60, figure == null ? 0 : figure.studySecondsTotal() / 60,
						(remaining + 59) / 60, row.deadline(), daysLeft,
						days.stream().map(day -> seconds.getOrDefault(day, 0L) / 60).toList(),
						quiz == null ? 0 : quiz.attemptsUsed(), quiz == null ? null : quiz.bestScorePercent(),
						quiz != null && quiz.passed()));
		}
		List<Dashboard.DayTotal> daily = new ArrayList<>();
		for (int i = 0; i < days.size(); i++) {
			int index = i;
			long minutes = learnerRows.stream().mapToLong(row -> row.minutesByDay().get(index)).sum();
			int studying = (int) learnerRows.stream().filter(row -> row.minutesByDay().get(index) > 0).count();
			daily.add(new Dashboard.DayTotal(days.get(i), calendar.isWorkingDay(days.get(i)), minutes, studying));
		}
		return new Dashboard(kind, id, name, wave.name(), version.map(CourseVersionView::title).orElse(null), expected,
				days, learnerRows, countByPace(learnerRows), daily, units(learnerRows));
	}

	private static List<LocalDate> days(LocalDate opening, LocalDate today) {
		LocalDate from = opening.isBefore(today.minusDays(MAX_DAYS - 1)) ? today.minusDays(MAX_DAYS - 1) : opening;
		List<LocalDate> days = new ArrayList<>();
		for (LocalDate day = from; !day.isAfter(today); day = day.plusDays(1)) {
			days.add(day);
		}
		return days;
	}

	private static Map<Pace, Long> countByPace(List<Dashboard.LearnerRow> rows) {
		Map<Pace, Long> counts = new EnumMap<>(Pace.class);
		for (Pace value : Pace.values()) {
			counts.put(value, 0L);
		}
		rows.forEach(row -> counts.merge(row.pace(), 1L, Long::sum));
		counts.remove(Pace.WITHDRAWN);
		return counts;
	}

	private static List<Dashboard.UnitRow> units(List<Dashboard.LearnerRow> rows) {
		Map<String, List<Dashboard.LearnerRow>> byUnit = rows.stream()
			.collect(Collectors.groupingBy(Dashboard.LearnerRow::unitCode, LinkedHashMap::new, Collectors.toList()));
		return byUnit.entrySet()
			.stream()
			.map(unit -> new Dashboard.UnitRow(unit.getKey(), unit.getValue().size(), countByPace(unit.getValue()),
					unit.getValue().stream().mapToLong(Dashboard.LearnerRow::minutesToday).sum(),
					unit.getValue().stream().mapToInt(Dashboard.LearnerRow::lecturesCompleted).average().orElse(0)))
			.sorted(Comparator.comparing(Dashboard.UnitRow::unitCode))
			.toList();
	}

}
