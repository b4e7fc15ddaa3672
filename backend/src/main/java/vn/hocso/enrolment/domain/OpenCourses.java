package vn.hocso.enrolment.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import vn.hocso.course.CourseCatalog;
import vn.hocso.course.CourseCatalog.CourseVersionView;
import vn.hocso.identity.CurrentCaller;
import vn.hocso.learner.LearnerDirectory;
import vn.hocso.learner.LearnerSummary;
import vn.hocso.platform.ProblemException;
import vn.hocso.platform.VietnamTime;

/**
 * Courses open to citizens (ADR 0370): each has one self-paced wave, and a registered
 * citizen enrols themself in it at any time. No deadline clock ever starts there;
 * lectures, quiz and certificate are the officials' own machinery, since an open wave is
 * a wave.
 */
@Service
public class OpenCourses {

	private final WaveRepository waves;

	private final EnrolmentRepository enrolments;

	private final LearnerAccountRecordRepository accounts;

	private final LearnerDirectory learners;

	private final CourseCatalog courses;

	private final CurrentCaller currentCaller;

	private final Clock clock;

	private final TransactionTemplate newTransaction;

	OpenCourses(WaveRepository waves, EnrolmentRepository enrolments, LearnerAccountRecordRepository accounts,
			LearnerDirectory learners, CourseCatalog courses, CurrentCaller currentCaller, Clock clock,
			PlatformTransactionManager transactions) {
		this.waves = waves;
		this.enrolments = enrolments;
		this.accounts = accounts;
		this.learners = learners;
		this.courses = courses;
		this.currentCaller = currentCaller;
		this.clock = clock;
		this.newTransaction = new TransactionTemplate(transactions);
		this.newTransaction.setPropagationBehavior(Propagation.REQUIRES_NEW.value());
	}

	/** An open course as anyone may see it (the landing page of a poster's QR code). */
	public record OpenCourseView(long courseId, String code, String title, int lectures, int minutes) {
	}

	/** The calling citizen's enrolment in an open course. */
	public record SelfEnrolment(long enrolmentId, long courseId, boolean created) {
	}

	/**
	 * Opens a published course to citizens: creates its self-paced wave once (the unique
	 * column makes a second node's attempt fail and re-read). Opening an open course
	 * again changes nothing.
	 */
	@PreAuthorize("hasRole('ADMIN')")
	public OpenCourseView open(long courseId) {
		CourseVersionView course = courses.currentPublished(courseId)
			.orElseThrow(() -> ProblemException.conflict("wave.course-not-published", courseId));
		if (waves.findByOpenCourseId(courseId).isEmpty()) {
			try {
				newTransaction.executeWithoutResult(status -> {
					Wave wave = Wave.openCourse("Khóa học mở: " + course.title(), courseId,
							LocalDate.now(clock.withZone(VietnamTime.ZONE)), currentCaller.get().username(),
							clock.instant());
					wave.teachCourseVersion(course.courseVersionId());
					waves.saveAndFlush(wave);
				});
			}
			catch (DataIntegrityViolationException openedElsewhere) {
				// Another request opened it first: the wave exists now.
			}
		}
		return view(course);
	}

	@Transactional(readOnly = true)
	public List<OpenCourseView> list() {
		return waves.findByOpenCourseIdIsNotNullOrderByIdAsc()
			.stream()
			.flatMap(wave -> courses.currentPublished(wave.getCourseId()).stream())
			.map(OpenCourses::view)
			.toList();
	}

	/** One open course; 404 for a course that is not open (or does not exist). */
	@Transactional(readOnly = true)
	public OpenCourseView get(long courseId) {
		return waves.findByOpenCourseId(courseId)
			.flatMap(wave -> courses.currentPublished(courseId))
			.map(OpenCourses::view)
			.orElseThrow(() -> ProblemException.notFound("open-course.not-found", courseId));
	}

	/**
	 * Enrols the calling citizen in the open course, once: enrolling again answers the
	 * same enrolment. The citizen must have completed their profile first (commune and
	 * consent), which gave them a learner record.
	 */
	@PreAuthorize("hasRole('CITIZEN')")
	@Transactional
	public SelfEnrolment enrolMe(long courseId) {
		Wave wave = waves.findByOpenCourseId(courseId)
			.orElseThrow(() -> ProblemException.notFound("open-course.not-found", courseId));
		long learnerId = accounts.findByUsername(currentCaller.get().username())
			.map(LearnerAccountRecord::getLearnerId)
			.orElseThrow(() -> ProblemException.conflict("open-course.profile-required"));
		Optional<Enrolment> existing = enrolments.findByLearnerIdOrderByEnrolledAtDesc(learnerId)
			.stream()
			.filter(enrolment -> enrolment.getWaveId() == wave.getId())
			.findFirst();
		if (existing.isPresent()) {
			return new SelfEnrolment(existing.get().getId(), courseId, false);
		}
		LearnerSummary learner = learners.find(learnerId)
			.orElseThrow(() -> ProblemException.conflict("open-course.profile-required"));
		Enrolment enrolment = enrolments
			.save(new Enrolment(wave.getId(), learnerId, learner.unitId(), learner.unitPath(), clock.instant()));
		return new SelfEnrolment(enrolment.getId(), courseId, true);
	}

	/**
	 * Enrols a citizen's learner record directly: demo seeding only (the API goes through
	 * {@link #enrolMe}).
	 */
	@Transactional
	public long enrolForDemo(long courseId, long learnerId) {
		Wave wave = waves.findByOpenCourseId(courseId)
			.orElseThrow(() -> ProblemException.notFound("open-course.not-found", courseId));
		return enrolments.findByLearnerIdOrderByEnrolledAtDesc(learnerId)
			.stream()
			.filter(enrolment -> enrolment.getWaveId() == wave.getId())
			.findFirst()
			.map(Enrolment::getId)
			.orElseGet(() -> {
				LearnerSummary learner = learners.find(learnerId).orElseThrow();
				return enrolments
					.save(new Enrolment(wave.getId(), learnerId, learner.unitId(), learner.unitPath(), clock.instant()))
					.getId();
			});
	}

	private static OpenCourseView view(CourseVersionView course) {
		return new OpenCourseView(course.courseId(), course.code(), course.title(), course.lectures().size(),
				course.totalMinutes());
	}

}
