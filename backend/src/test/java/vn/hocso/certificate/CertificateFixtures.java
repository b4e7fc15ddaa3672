package vn.hocso.certificate;

import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import vn.hocso.course.CourseCatalog;
import vn.hocso.course.CourseCatalog.CourseVersionView;
import vn.hocso.course.CourseCatalog.LectureView;
import vn.hocso.enrolment.EnrolmentCompleted;
import vn.hocso.learner.LearnerCategory;
import vn.hocso.learner.LearnerDirectory;
import vn.hocso.learner.LearnerSummary;
import vn.hocso.organization.OrgUnitSummary;

/**
 * Stand-ins for the learner registry and the course catalogue, and completions with fresh
 * ids.
 */
final class CertificateFixtures {

	private static final AtomicLong IDS = new AtomicLong(System.nanoTime() % 1_000_000_000L);

	final Map<Long, LearnerSummary> registry = new ConcurrentHashMap<>();

	static final CourseVersionView COURSE = new CourseVersionView(7, 70, 1, "KNS-01",
			"Kỹ năng số cơ bản cho cán bộ, công chức", 80, 30,
			List.of(new LectureView(1, 1, "Bài 1", null, 6 * 3600, List.of()),
					new LectureView(2, 2, "Bài 2", null, 6 * 3600 + 1800, List.of())));

	void stubRegistries(LearnerDirectory learners, CourseCatalog courses) {
		given(learners.find(anyLong()))
			.willAnswer(call -> Optional.ofNullable(registry.get(call.<Long>getArgument(0))));
		given(courses.version(anyLong())).willReturn(Optional.of(COURSE));
		given(courses.currentPublished(anyLong())).willReturn(Optional.of(COURSE));
	}

	LearnerSummary learner(String fullName, OrgUnitSummary unit) {
		long id = IDS.incrementAndGet();
		LearnerSummary learner = new LearnerSummary(id, fullName, LocalDate.of(1990, 5, 17), unit.id(), unit.code(),
				unit.path(), LearnerCategory.CONG_CHUC, null, null, "040190001234", true);
		registry.put(id, learner);
		return learner;
	}

	EnrolmentCompleted completion(LearnerSummary learner, long waveId) {
		return new EnrolmentCompleted(IDS.incrementAndGet(), learner.id(), waveId, COURSE.courseId(),
				COURSE.courseVersionId(), learner.unitId(), Instant.parse("2026-11-20T03:00:00Z"), 92);
	}

	static long nextId() {
		return IDS.incrementAndGet();
	}

}
