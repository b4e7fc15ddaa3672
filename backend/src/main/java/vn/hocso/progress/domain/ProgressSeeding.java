package vn.hocso.progress.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.hocso.course.CourseCatalog.LectureView;
import vn.hocso.enrolment.EnrolmentLifecycle;
import vn.hocso.enrolment.EnrolmentRef;
import vn.hocso.progress.domain.ProgressStore.LectureRow;
import vn.hocso.progress.domain.ProgressStore.StudyDayRow;

/**
 * Writes progress as if it had been watched (demo data only): whole lectures and study
 * time per day, stored with the same rows heartbeats produce, and the enrolment marked
 * started.
 */
@Component
public class ProgressSeeding {

	private final ProgressStore store;

	private final EnrolmentLifecycle lifecycle;

	ProgressSeeding(ProgressStore store, EnrolmentLifecycle lifecycle) {
		this.store = store;
		this.lifecycle = lifecycle;
	}

	/** True when nothing is stored yet for this enrolment (seeding is once only). */
	public boolean isEmpty(long enrolmentId) {
		return store.lecturesOf(enrolmentId).isEmpty() && store.studyDaysOf(enrolmentId).isEmpty();
	}

	/**
	 * These lectures watched to their end at {@code watchedAt}, and this study time per
	 * Vietnam day.
	 */
	public void watched(EnrolmentRef enrolment, List<LectureView> lectures, Instant watchedAt,
			Map<LocalDate, Long> studySecondsByDay) {
		List<LectureRow> rows = new ArrayList<>();
		for (LectureView lecture : lectures) {
			long millis = lecture.durationSeconds() * 1000L;
			WatchedIntervals watched = WatchedIntervals.empty();
			watched.add(0, millis, millis);
			rows.add(new LectureRow(enrolment.enrolmentId(), lecture.lectureId(), enrolment.learnerId(),
					watched.encode(), watched.watchedMillis(), lecture.durationSeconds(), watchedAt, watchedAt));
		}
		List<StudyDayRow> days = studySecondsByDay.entrySet()
			.stream()
			.map(day -> new StudyDayRow(enrolment.enrolmentId(), day.getKey(), enrolment.learnerId(),
					day.getValue() * 1000))
			.toList();
		store.seed(enrolment.learnerId(), rows, days);
		if (!rows.isEmpty() || !days.isEmpty()) {
			lifecycle.markStarted(enrolment.enrolmentId(), watchedAt);
		}
	}

}
