package vn.hocso.certificate.domain;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import vn.hocso.certificate.CertificateIssued;
import vn.hocso.certificate.CertificateKind;
import vn.hocso.certificate.document.DateOfBirthCommitment;
import vn.hocso.certificate.document.SigningKeys;
import vn.hocso.course.CourseCatalog;
import vn.hocso.course.CourseCatalog.CourseVersionView;
import vn.hocso.enrolment.EnrolmentCompleted;
import vn.hocso.exam.ExamPassed;
import vn.hocso.exam.ExamResults;
import vn.hocso.learner.LearnerDirectory;
import vn.hocso.learner.LearnerSummary;
import vn.hocso.organization.OrgUnitDirectory;
import vn.hocso.organization.OrgUnitSummary;
import vn.hocso.platform.ProblemException;
import vn.hocso.platform.VietnamTime;
import vn.hocso.training.FocalPointTrained;
import vn.hocso.training.TrainedFocalPoints;
import vn.hocso.training.TrainedFocalPoints.CompletedProgramme;

/**
 * Issues certificates: one per completed enrolment (a repeated event issues nothing
 * more), and a new one replacing an old after a correction of the learner's details.
 */
@Service
public class CertificateIssuer {

	private static final Logger log = LoggerFactory.getLogger(CertificateIssuer.class);

	private final CertificateRepository certificates;

	private final SerialNumbers serials;

	private final VerificationCodes codes;

	private final SigningKeys keys;

	private final CertificateProperties properties;

	private final LearnerDirectory learners;

	private final OrgUnitDirectory units;

	private final ObjectProvider<CourseCatalog> courses;

	private final ObjectProvider<TrainedFocalPoints> trainings;

	private final ObjectProvider<ExamResults> exams;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate ownTransaction;

	CertificateIssuer(CertificateRepository certificates, SerialNumbers serials, VerificationCodes codes,
			SigningKeys keys, CertificateProperties properties, LearnerDirectory learners, OrgUnitDirectory units,
			ObjectProvider<CourseCatalog> courses, ObjectProvider<TrainedFocalPoints> trainings,
			ObjectProvider<ExamResults> exams, Clock clock, ApplicationEventPublisher events,
			PlatformTransactionManager transactions) {
		this.trainings = trainings;
		this.exams = exams;
		this.certificates = certificates;
		this.serials = serials;
		this.codes = codes;
		this.keys = keys;
		this.properties = properties;
		this.learners = learners;
		this.units = units;
		this.courses = courses;
		this.clock = clock;
		this.events = events;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** The certificate for this completion, issued now unless it already exists. */
	@Transactional
	public Certificate issue(EnrolmentCompleted completed) {
		Optional<Certificate> existing = certificates.findByEnrolmentIdOrderByIdAsc(completed.enrolmentId())
			.stream()
			.findFirst();
		if (existing.isPresent()) {
			return existing.get();
		}
		LearnerSummary learner = learners.find(completed.learnerId())
			.orElseThrow(() -> new IllegalStateException("Learner " + completed.learnerId() + " is not registered"));
		OrgUnitSummary unit = units.find(completed.unitId())
			.orElseThrow(() -> new IllegalStateException("Unit " + completed.unitId() + " does not exist"));
		CourseVersionView course = course(completed);
		Certificate.Facts facts = Certificate.Facts.ofCourse(completed.enrolmentId(), completed.learnerId(),
				completed.waveId(), completed.courseId(), unit.id(), unit.path(), learner.fullName(),
				learner.dateOfBirth(), unit.name(), course.title(), course.totalMinutes(),
				LocalDate.ofInstant(completed.completedAt(), VietnamTime.ZONE), completed.scorePercent());
		Certificate certificate = create(facts, true, null);
		log.info("Issued certificate {} for enrolment {}", certificate.getSerial(), completed.enrolmentId());
		events.publishEvent(new CertificateIssued(certificate.getId(), completed.enrolmentId(), completed.learnerId(),
				certificate.getSerial(), certificate.getIssuedAt()));
		return certificate;
	}

	/**
	 * A new certificate with the learner's details as the registry has them now (e.g. a
	 * corrected name); the old one becomes SUPERSEDED and points to it.
	 */
	@Transactional
	public Certificate reissue(long certificateId) {
		Certificate old = certificates.findById(certificateId)
			.orElseThrow(() -> ProblemException.notFound("certificate.not-found", certificateId));
		if (old.getStatus() != CertificateStatus.VALID) {
			throw ProblemException.conflict("certificate.not-valid", old.getSerial(), old.getStatus());
		}
		LearnerSummary learner = learners.find(old.getLearnerId())
			.orElseThrow(() -> ProblemException.notFound("certificate.learner-not-found", old.getLearnerId()));
		String unitName = units.find(old.getUnitId()).map(OrgUnitSummary::name).orElse(old.content().unitName());
		var content = old.content();
		Certificate.Facts facts = new Certificate.Facts(old.getKind(), old.getEnrolmentId(), old.getLearnerId(),
				old.getWaveId(), old.getCourseId(), old.getUnitId(), old.getUnitPath(), learner.fullName(),
				learner.dateOfBirth(), unitName, content.courseTitle(), content.courseMinutes(), content.completedOn(),
				content.scorePercent(), content.details());
		Certificate replacement = create(facts, false, null);
		old.supersede(replacement.getId(), clock.instant());
		return replacement;
	}

	/**
	 * {@link #issue} in a transaction of its own. Two nodes handling the same completion
	 * at once (a redelivered event) both try to insert; the certificate table's unique
	 * key lets one through, and the other returns that certificate: nothing is issued
	 * twice.
	 */
	public Certificate issueOnce(EnrolmentCompleted completed) {
		try {
			return ownTransaction.execute(status -> issue(completed));
		}
		catch (DataIntegrityViolationException raced) {
			return certificates.findByCompletionOf(completed.enrolmentId()).orElseThrow(() -> raced);
		}
	}

	/**
	 * The certificate of an in-person programme for this completion, issued now unless it
	 * exists: the programme's name, the class, its venue and days, signed (format 3) and
	 * publicly verifiable.
	 */
	@Transactional
	public Certificate issue(FocalPointTrained trained) {
		Optional<Certificate> existing = certificates.findByKindAndSourceId(CertificateKind.IN_PERSON,
				trained.completionId());
		if (existing.isPresent()) {
			return existing.get();
		}
		TrainedFocalPoints training = trainings.getIfAvailable();
		CompletedProgramme completion = (training == null ? Optional.<CompletedProgramme>empty()
				: training.completion(trained.completionId()))
			.orElseThrow(() -> new IllegalStateException("Completion " + trained.completionId() + " is unknown"));
		LearnerSummary learner = learners.find(trained.learnerId())
			.orElseThrow(() -> new IllegalStateException("Learner " + trained.learnerId() + " is not registered"));
		OrgUnitSummary unit = units.find(trained.unitId())
			.orElseThrow(() -> new IllegalStateException("Unit " + trained.unitId() + " does not exist"));
		Map<String, String> details = new LinkedHashMap<>();
		details.put("className", completion.className());
		details.put("venue", completion.venue());
		details.put("firstDay", completion.firstDay().toString());
		details.put("lastDay", completion.lastDay().toString());
		details.put("sessionsAttended", completion.sessionsAttended() + "/" + completion.sessions());
		Certificate.Facts facts = new Certificate.Facts(CertificateKind.IN_PERSON, null, trained.learnerId(), null,
				null, unit.id(), unit.path(), learner.fullName(), learner.dateOfBirth(), unit.name(),
				completion.programmeName(), completion.classMinutes(),
				LocalDate.ofInstant(trained.completedAt(), VietnamTime.ZONE), null, details);
		Certificate certificate = create(facts, true, trained.completionId());
		log.info("Issued in-person certificate {} for completion {}", certificate.getSerial(), trained.completionId());
		return certificate;
	}

	/**
	 * {@link #issue(FocalPointTrained)} in its own transaction; a concurrent twin loses
	 * on the unique key.
	 */
	public Certificate issueOnce(FocalPointTrained trained) {
		try {
			return ownTransaction.execute(status -> issue(trained));
		}
		catch (DataIntegrityViolationException raced) {
			return certificates.findByKindAndSourceId(CertificateKind.IN_PERSON, trained.completionId())
				.orElseThrow(() -> raced);
		}
	}

	/**
	 * The certificate of assessment for this pass, issued now unless it exists or the
	 * exam issues none: the exam's title, the best score and the pass mark, signed
	 * (format 3) and publicly verifiable. Keyed by the exam's result row (one per exam
	 * and learner), so a learner gets one per exam.
	 */
	@Transactional
	public Optional<Certificate> issue(ExamPassed passed) {
		ExamResults results = exams.getIfAvailable();
		Optional<ExamResults.Pass> found = results == null ? Optional.empty()
				: results.pass(passed.examId(), passed.learnerId());
		if (found.isEmpty() || !found.get().issuesCertificate()) {
			return Optional.empty();
		}
		ExamResults.Pass pass = found.get();
		Optional<Certificate> existing = certificates.findByKindAndSourceId(CertificateKind.ASSESSMENT,
				pass.resultId());
		if (existing.isPresent()) {
			return existing;
		}
		LearnerSummary learner = learners.find(passed.learnerId())
			.orElseThrow(() -> new IllegalStateException("Learner " + passed.learnerId() + " is not registered"));
		OrgUnitSummary unit = units.find(learner.unitId())
			.orElseThrow(() -> new IllegalStateException("Unit " + learner.unitId() + " does not exist"));
		Map<String, String> details = new LinkedHashMap<>();
		if (pass.code() != null) {
			details.put("examCode", pass.code());
		}
		details.put("passPercent", Integer.toString(pass.passPercent()));
		details.put("questionCount", Integer.toString(pass.questionCount()));
		Certificate.Facts facts = new Certificate.Facts(CertificateKind.ASSESSMENT, null, learner.id(), null, null,
				unit.id(), unit.path(), learner.fullName(), learner.dateOfBirth(), unit.name(), pass.title(),
				pass.timeLimitMinutes(), LocalDate.ofInstant(pass.passedAt(), VietnamTime.ZONE),
				pass.bestScorePercent(), details);
		Certificate certificate = create(facts, true, pass.resultId());
		log.info("Issued certificate of assessment {} for exam {} and learner {}", certificate.getSerial(),
				pass.examId(), learner.id());
		return Optional.of(certificate);
	}

	/**
	 * {@link #issue(ExamPassed)} in its own transaction; a concurrent twin (another node)
	 * loses on the unique key.
	 */
	public Optional<Certificate> issueOnce(ExamPassed passed) {
		try {
			return ownTransaction.execute(status -> issue(passed));
		}
		catch (DataIntegrityViolationException raced) {
			ExamResults results = exams.getIfAvailable();
			long resultId = results == null ? -1
					: results.pass(passed.examId(), passed.learnerId()).map(ExamResults.Pass::resultId).orElse(-1L);
			return Optional
				.of(certificates.findByKindAndSourceId(CertificateKind.ASSESSMENT, resultId).orElseThrow(() -> raced));
		}
	}

	/**
	 * A signed certificate; {@code forCompletion}: keyed as its completion's (by the
	 * enrolment for a course, by {@code sourceId} for another kind), false for a
	 * re-issue.
	 */
	private Certificate create(Certificate.Facts facts, boolean forCompletion, @Nullable Long sourceId) {
		Instant now = clock.instant();
		int year = LocalDate.ofInstant(now, VietnamTime.ZONE).getYear();
		String serial = serials.next(properties.provincePrefix(), year);
		Certificate certificate = Certificate.issue(facts, serial, codes.next(), properties.issuerAuthority(),
				properties.signerTitle(), blankToNull(properties.signerName()), now, keys.currentKeyId(),
				DateOfBirthCommitment.newSalt());
		certificate.sign(keys.sign(certificate.content().canonicalJson().getBytes(StandardCharsets.UTF_8)));
		if (forCompletion) {
			certificate.issuedForCompletion(sourceId);
			// Flushed now, so that a concurrent issue of the same completion fails here,
			// on the unique key.
			return certificates.saveAndFlush(certificate);
		}
		return certificates.save(certificate);
	}

	private CourseVersionView course(EnrolmentCompleted completed) {
		CourseCatalog catalog = courses.getIfAvailable();
		if (catalog != null && completed.courseVersionId() != null) {
			Optional<CourseVersionView> version = catalog.version(completed.courseVersionId());
			if (version.isPresent()) {
				return version.get();
			}
		}
		if (catalog != null) {
			Optional<CourseVersionView> current = catalog.currentPublished(completed.courseId());
			if (current.isPresent()) {
				return current.get();
			}
		}
		throw new IllegalStateException("Course " + completed.courseId() + " has no published version");
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text;
	}

}
