package vn.hocso.dashboard.domain;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import vn.hocso.calendar.WorkingDayCalendar;
import vn.hocso.course.CourseCatalog;
import vn.hocso.course.CourseCatalog.CourseVersionView;
import vn.hocso.enrolment.EnrolmentRef;
import vn.hocso.enrolment.WaveRef;
import vn.hocso.progress.LectureProgress.Figures;

/**
 * A learner's pace from their progress figures and their wave's course (30 minutes a day
 * when it has none).
 */
@Component
class PaceReader {

	private final CourseCatalog catalog;

	private final PacePolicy policy;

	PaceReader(CourseCatalog catalog, WorkingDayCalendar calendar) {
		this.catalog = catalog;
		this.policy = new PacePolicy(calendar);
	}

	int expectedMinutes(WaveRef wave) {
		return Optional.ofNullable(wave.courseVersionId())
			.flatMap(catalog::version)
			.map(CourseVersionView::expectedMinutesPerDay)
			.orElse(30);
	}

	Pace of(EnrolmentRef row, WaveRef wave, @Nullable Figures figures, LocalDate today) {
		return policy.of(row.status(), row.clockStartedAt(), row.deadline(), today, expectedMinutes(wave),
				figures == null ? Map.of() : figures.studySecondsByDay(),
				figures == null ? 0 : figures.remainingSeconds());
	}

}
