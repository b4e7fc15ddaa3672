package vn.hocso.dashboard.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One class's or wave's progress: a row per learner, the group's study minutes per day,
 * and the same figures aggregated per unit.
 *
 * @param days the calendar days the per-day figures cover, oldest first (at most the last
 * 31)
 */
public record Dashboard(String kind, long id, String name, String waveName, @Nullable String courseTitle,
		int expectedMinutesPerDay, List<LocalDate> days, List<LearnerRow> learners, Map<Pace, Long> byPace,
		List<DayTotal> dailyMinutes, List<UnitRow> units) {

	/**
	 * @param minutesByDay study minutes on each of {@link Dashboard#days}, in the same
	 * order
	 */
	public record LearnerRow(long enrolmentId, long learnerId, String fullName, String unitCode, @Nullable Long classId,
			Pace pace, int lecturesCompleted, int lecturesTotal, long minutesToday, long minutesTotal,
			long remainingMinutes, @Nullable LocalDate deadline, @Nullable Integer workingDaysLeft,
			List<Long> minutesByDay, int quizAttempts, @Nullable Integer quizBestScore, boolean quizPassed) {
	}

	/**
	 * The group's study on one day: minutes summed over its learners, and how many
	 * studied.
	 */
	public record DayTotal(LocalDate day, boolean workingDay, long minutes, int learnersStudying) {
	}

	public record UnitRow(String unitCode, long learners, Map<Pace, Long> byPace, long minutesToday,
			double averageLecturesCompleted) {
	}

}
