package vn.hocso.progress.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.hocso.course.CourseCatalog.LectureView;
import vn.hocso.enrolment.EnrolmentRef;
import vn.hocso.progress.domain.ProgressSeeding;

/**
 * The demo scenario's way to progress: whole lectures and study time, once per enrolment.
 */
@Component
public class DemoProgress {

	private final ProgressSeeding seeding;

	DemoProgress(ProgressSeeding seeding) {
		this.seeding = seeding;
	}

	/** True when nothing is stored yet for this enrolment (seeding is once only). */
	public boolean isEmpty(long enrolmentId) {
		return seeding.isEmpty(enrolmentId);
	}

	/**
	 * These lectures watched to their end at {@code watchedAt}, and this study time per
	 * Vietnam day.
	 */
	public void watched(EnrolmentRef enrolment, List<LectureView> lectures, Instant watchedAt,
			Map<LocalDate, Long> studySecondsByDay) {
		seeding.watched(enrolment, lectures, watchedAt, studySecondsByDay);
	}

}
