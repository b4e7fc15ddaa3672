package vn.hocso.progress.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;

import vn.hocso.course.CourseCatalog;
import vn.hocso.course.CourseCatalog.CourseVersionView;
import vn.hocso.course.CourseCatalog.LectureView;
import vn.hocso.enrolment.EnrolmentDirectory;
import vn.hocso.enrolment.EnrolmentRef;
import vn.hocso.platform.ProblemException;
import vn.hocso.progress.LectureProgress;

/**
 * The progress module's API: completion and study figures read from the database, the
 * merged truth of every node (never a node's memory), so the quiz gate and dashboards
 * agree whichever node asks.
 */
@Service
class LectureProgressService implements LectureProgress {

	private final EnrolmentDirectory enrolments;

	private final CourseCatalog catalog;

	private final ProgressStore store;

	LectureProgressService(EnrolmentDirectory enrolments, @Lazy CourseCatalog catalog, ProgressStore store) {
		this.enrolments = enrolments;
		this.catalog = catalog;
		this.store = store;
	}

	@Override
	public boolean allLecturesComplete(long enrolmentId) {
		Summary summary = summary(enrolmentId);
		return summary.lecturesCompleted() == summary.lecturesTotal();
	}

	@Override
	public Summary summary(long enrolmentId) {
		EnrolmentRef enrolment = enrolments.find(enrolmentId)
			.orElseThrow(() -> ProblemException.notFound("enrolment.not-found", enrolmentId));
		CourseVersionView version = versionOf(enrolment);
		Map<Long, LectureState> stored = store.lecturesOf(enrolmentId)
			.stream()
			.collect(Collectors.toMap(state -> state.lectureId, state -> state));
		int completed = (int) version.lectures()
			.stream()
			.filter(lecture -> LectureState
				.snapshot(stored.get(lecture.lectureId()), lecture, version.lectureCompletionPercent())
				.completed())
			.count();
		long studied = store.studyDaysOf(enrolmentId).values().stream().mapToLong(Long::longValue).sum();
		return new Summary(enrolmentId, completed, version.lectures().size(), studied / 60_000);
	}

	@Override
	public Map<Long, Figures> figures(Collection<EnrolmentRef> refs) {
		List<EnrolmentRef> withCourse = refs.stream().filter(ref -> ref.courseVersionId() != null).toList();
		List<Long> ids = withCourse.stream().map(EnrolmentRef::enrolmentId).toList();
		Map<Long, List<ProgressStore.StoredLecture>> lectures = store.storedLectures(ids);
		Map<Long, Map<LocalDate, Long>> days = store.storedStudyDays(ids);
		Map<Long, CourseVersionView> versions = new HashMap<>();
		Map<Long, Figures> figures = new HashMap<>();
		for (EnrolmentRef enrolment : withCourse) {
			CourseVersionView version = versions.computeIfAbsent(enrolment.courseVersionId(),
					id -> catalog.version(id).orElse(null));
			if (version == null) {
				continue;
			}
			Map<Long, ProgressStore.StoredLecture> stored = lectures.getOrDefault(enrolment.enrolmentId(), List.of())
				.stream()
				.collect(Collectors.toMap(ProgressStore.StoredLecture::lectureId, lecture -> lecture));
			int completed = 0;
			long remainingMillis = 0;
			for (LectureView lecture : version.lectures()) {
				ProgressStore.StoredLecture row = stored.get(lecture.lectureId());
				long durationMillis = lecture.durationSeconds() * 1000L;
				long watched = row == null ? 0 : row.watchedMillis();
				if ((row != null && row.completed())
						|| LectureState.reached(watched, durationMillis, version.lectureCompletionPercent())) {
					completed++;
				}
				else {
					remainingMillis += LectureState.remainingMillis(watched, durationMillis,
							version.lectureCompletionPercent());
				}
			}
			Map<LocalDate, Long> seconds = new HashMap<>();
			days.getOrDefault(enrolment.enrolmentId(), Map.of())
				.forEach((day, millis) -> seconds.put(day, millis / 1000));
			figures.put(enrolment.enrolmentId(), new Figures(enrolment.enrolmentId(), completed,
					version.lectures().size(), (remainingMillis + 999) / 1000, Map.copyOf(seconds)));
		}
		return figures;
	}

	private CourseVersionView versionOf(EnrolmentRef enrolment) {
		Long versionId = enrolment.courseVersionId();
		if (versionId == null) {
			throw ProblemException.notFound("progress.no-course-version", enrolment.enrolmentId());
		}
		return catalog.version(versionId)
			.orElseThrow(() -> ProblemException.notFound("progress.course-version-not-found", versionId));
	}

}
