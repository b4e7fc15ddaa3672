package vn.hocso.certificate.domain;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hocso.enrolment.EnrolmentDirectory;
import vn.hocso.enrolment.EnrolmentRef;
import vn.hocso.enrolment.WaveRef;
import vn.hocso.identity.Caller;
import vn.hocso.identity.CurrentCaller;
import vn.hocso.identity.Role;
import vn.hocso.organization.AccessPolicy;
import vn.hocso.organization.OrgScope;
import vn.hocso.organization.OrgScopes;
import vn.hocso.organization.OrgUnitSummary;
import vn.hocso.organization.Reach;
import vn.hocso.organization.ScopedAction;
import vn.hocso.platform.ProblemException;

/**
 * Who reaches which certificate: a learner their own (anyone else's is 404), staff those
 * of learners in their subtree (outside it 403); only an ADMIN revokes or re-issues.
 */
@Service
@Transactional(readOnly = true)
public class CertificateAccess {

	private static final Role[] STAFF = { Role.ADMIN, Role.REPORTER, Role.VERIFIER, Role.UNIT_ADMIN, Role.TRAINER };

	private final CertificateRepository certificates;

	private final EnrolmentDirectory enrolments;

	private final CurrentCaller callers;

	private final OrgScopes scopes;

	private final Clock clock;

	private final AccessPolicy access;

	CertificateAccess(CertificateRepository certificates, EnrolmentDirectory enrolments, CurrentCaller callers,
			OrgScopes scopes, Clock clock, AccessPolicy access) {
		this.access = access;
		this.certificates = certificates;
		this.enrolments = enrolments;
		this.callers = callers;
		this.scopes = scopes;
		this.clock = clock;
	}

	/** For the public verification: any certificate by its code, nothing else. */
	public Optional<Certificate> byCode(String code) {
		return certificates.findByVerificationCode(code);
	}

	public Optional<Certificate> byId(long id) {
		return certificates.findById(id);
	}

	/** The calling learner's certificates, newest first. */
	public List<Certificate> mine() {
		return myLearnerId().map(certificates::findByLearnerIdOrderByIssuedAtDesc).orElse(List.of());
	}

	/**
	 * The certificate if the caller owns it or is staff who may read it
	 * ({@link ScopedAction#CERTIFICATE_READ}).
	 */
	public Certificate requireReadable(long id) {
		return require(id, ScopedAction.CERTIFICATE_READ);
	}

	/**
	 * The certificate's PDF or badge, which print the date of birth: its learner, or
	 * staff with that reach.
	 */
	public Certificate requireFile(long id) {
		return require(id, ScopedAction.CERTIFICATE_FILES);
	}

	/**
	 * Whether the caller sees this certificate's date of birth and salt: its holder, or
	 * staff allowed to.
	 */
	public boolean showsDateOfBirth(Certificate certificate) {
		return isMine(certificate) || access.coversLearner(ScopedAction.DATE_OF_BIRTH, certificate.getLearnerId(),
				certificate.getUnitPath());
	}

	private Certificate require(long id, ScopedAction action) {
		Certificate certificate = certificates.findById(id)
			.orElseThrow(() -> ProblemException.notFound("certificate.not-found", id));
		if (isMine(certificate)) {
			return certificate;
		}
		if (!callers.get().hasAny(STAFF) || ofCitizen(certificate)) {
			// A citizen's certificate is theirs alone: staff see counts, never the person
			// (ADR 0370).
			throw ProblemException.notFound("certificate.not-found", id);
		}
		access.requireLearner(action, certificate.getLearnerId(), certificate.getUnitPath());
		return certificate;
	}

	/**
	 * Whether the certificate was earned in an open course's self-paced wave, i.e. by a
	 * citizen.
	 */
	private boolean ofCitizen(Certificate certificate) {
		return enrolments.selfPacedWaveIds().contains(certificate.getWaveId());
	}

	private boolean isMine(Certificate certificate) {
		return myLearnerId().filter(learnerId -> learnerId == certificate.getLearnerId()).isPresent();
	}

	/**
	 * Staff list: a unit's subtree (default: the caller's whole scope), optionally one
	 * wave.
	 */
	public List<Certificate> list(@Nullable Long unitId, @Nullable Long waveId) {
		Reach reach = access.requireRole(ScopedAction.CERTIFICATE_READ);
		if (reach == Reach.OWN_CLASSES) {
			return ofMyClasses(waveId);
		}
		OrgScope scope = scopes.current();
		List<Certificate> found;
		if (unitId != null) {
			found = certificates.findByUnitPathStartingWithOrderByIssuedAtDesc(scopes.requireVisible(unitId).path());
		}
		else if (waveId != null) {
			found = certificates.findByWaveIdOrderBySerialAsc(waveId);
		}
		else {
			found = scope.rootPaths()
				.stream()
				.flatMap(root -> certificates.findByUnitPathStartingWithOrderByIssuedAtDesc(root).stream())
				.toList();
		}
		Set<Long> selfPaced = enrolments.selfPacedWaveIds();
		return found.stream()
			.filter(c -> scope.covers(c.getUnitPath()))
			.filter(c -> waveId == null || waveId.equals(c.getWaveId()))
			.filter(c -> c.getWaveId() == null || !selfPaced.contains(c.getWaveId()))
			.toList();
	}

	/**
	 * A trainer's list: the certificates of the learners of their classes (optionally of
	 * one wave).
	 */
	private List<Certificate> ofMyClasses(@Nullable Long waveId) {
		List<Long> enrolmentIds = enrolments.classesOfTrainer(callers.get().username())
			.stream()
			.filter(waveClass -> waveId == null || waveClass.waveId() == waveId)
			.flatMap(waveClass -> enrolments.ofClass(waveClass.classId()).stream())
			.map(EnrolmentRef::enrolmentId)
			.toList();
		return enrolmentIds.isEmpty() ? List.of() : certificates.findByEnrolmentIdInOrderByIssuedAtDesc(enrolmentIds);
	}

	/**
	 * The valid certificates of a class, for its ZIP; every learner of the class must be
	 * in scope.
	 */
	public List<Certificate> ofClass(long classId) {
		access.requireRole(ScopedAction.CERTIFICATE_ZIP);
		List<EnrolmentRef> members = enrolments.ofClass(classId);
		if (members.isEmpty()) {
			throw ProblemException.notFound("certificate.class-not-found", classId);
		}
		OrgScope scope = scopes.current();
		members.stream().filter(ref -> !scope.covers(ref.unitPath())).findFirst().ifPresent(ref -> {
			throw ProblemException.forbidden("certificate.class-out-of-scope", classId);
		});
		return certificates.findByEnrolmentIdInAndStatusOrderBySerialAsc(
				members.stream().map(EnrolmentRef::enrolmentId).toList(), CertificateStatus.VALID);
	}

	/** The valid certificates of a unit's subtree, for its ZIP. */
	public List<Certificate> ofUnit(long unitId) {
		access.requireRole(ScopedAction.CERTIFICATE_ZIP);
		OrgUnitSummary unit = scopes.requireVisible(unitId);
		Set<Long> selfPaced = enrolments.selfPacedWaveIds();
		return certificates.findByUnitPathStartingWithAndStatusOrderBySerialAsc(unit.path(), CertificateStatus.VALID)
			.stream()
			.filter(c -> !selfPaced.contains(c.getWaveId()))
			.toList();
	}

	/**
	 * A wave's certificates for regeneration; an ADMIN's or those in the caller's scope.
	 */
	public List<Long> idsOfWave(long waveId) {
		requireWave(waveId);
		OrgScope scope = scopes.current();
		List<Certificate> found = certificates.findByWaveIdOrderBySerialAsc(waveId);
		found.stream().filter(c -> !scope.covers(c.getUnitPath())).findFirst().ifPresent(c -> {
			throw ProblemException.forbidden("certificate.out-of-scope", c.getSerial());
		});
		return found.stream().map(Certificate::getId).toList();
	}

	/**
	 * Regenerating a wave's PDFs, or following that job: the wave must concern the
	 * caller, even a wave without certificates (else another district's wave would answer
	 * 202).
	 */
	public void requireWave(long waveId) {
		WaveRef wave = enrolments.findWave(waveId)
			.orElseThrow(() -> ProblemException.notFound("wave.not-found", waveId));
		access.requireWave(ScopedAction.CERTIFICATE_REGENERATE, wave.unitPaths());
	}

	@Transactional
	public Certificate revoke(long id, String reason) {
		if (!callers.get().has(Role.ADMIN)) {
			throw ProblemException.forbidden("certificate.admin-only");
		}
		if (reason == null || reason.isBlank()) {
			throw ProblemException.badRequest("certificate.reason-required");
		}
		Certificate certificate = certificates.findById(id)
			.orElseThrow(() -> ProblemException.notFound("certificate.not-found", id));
		certificate.revoke(reason.strip(), clock.instant());
		return certificate;
	}

	public Optional<Certificate> replacementOf(Certificate certificate) {
		Long next = certificate.getSupersededById();
		return next == null ? Optional.empty() : certificates.findById(next);
	}

	/**
	 * The caller's learner record, through the account issued to them: a learner's, and
	 * also a staff member's (a TRAINER who completed an in-person programme holds its
	 * certificate).
	 */
	private Optional<Long> myLearnerId() {
		Caller caller = callers.get();
		return caller.username().isBlank() ? Optional.empty() : enrolments.learnerIdOfUsername(caller.username());
	}

}
