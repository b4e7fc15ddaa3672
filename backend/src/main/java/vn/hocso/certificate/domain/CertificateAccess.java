package vn.hocso.certificate.domain;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hocso.enrolment.EnrolmentDirectory;
import vn.hocso.enrolment.EnrolmentRef;
import vn.hocso.identity.Caller;
import vn.hocso.identity.CurrentCaller;
import vn.hocso.identity.Role;
import vn.hocso.organization.OrgScope;
import vn.hocso.organization.OrgScopes;
import vn.hocso.organization.OrgUnitSummary;
import vn.hocso.platform.ProblemException;

/**
 * Who reaches which certificate: a learner their own (anyone else's is 404), staff those of
 * learners in their subtree (outside it 403); only an ADMIN revokes or re-issues.
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

	CertificateAccess(CertificateRepository certificates, EnrolmentDirectory enrolments, CurrentCaller callers,
			OrgScopes scopes, Clock clock) {
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

	/** The certificate if the caller owns it or is staff whose subtree holds it. */
	public Certificate requireReadable(long id) {
		Certificate certificate = certificates.findById(id)
			.orElseThrow(() -> ProblemException.notFound("certificate.not-found", id));
		Caller caller = callers.get();
		if (myLearnerId().filter(learnerId -> learnerId == certificate.getLearnerId()).isPresent()) {
			return certificate;
		}
		if (!caller.hasAny(STAFF)) {
			throw ProblemException.notFound("certificate.not-found", id);
		}
		if (!scopes.current().covers(certificate.getUnitPath())) {
			throw ProblemException.forbidden("certificate.out-of-scope", certificate.getSerial());
		}
		return certificate;
	}

	/** Staff list: a unit's subtree (default: the caller's whole scope), optionally one wave. */
	public List<Certificate> list(Long unitId, Long waveId) {
		requireStaff();
		OrgScope scope = scopes.current();
		List<Certificate> found;
		if (unitId != null) {
			found = certificates.findByUnitPathStartingWithOrderByIssuedAtDesc(scopes.requireVisible(unitId).path());
		}
		else if (waveId != null) {
			found = certificates.findByWaveIdOrderBySerialAsc(waveId);
		}
		else {
			found = scope.rootPaths().stream()
				.flatMap(root -> certificates.findByUnitPathStartingWithOrderByIssuedAtDesc(root).stream())
				.toList();
		}
		return found.stream().filter(c -> scope.covers(c.getUnitPath())).filter(c -> waveId == null || c.getWaveId() == waveId).toList();
	}

	/** The valid certificates of a class, for its ZIP; every learner of the class must be in scope. */
	public List<Certificate> ofClass(long classId) {
		requireStaff();
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
		requireStaff();
		OrgUnitSummary unit = scopes.requireVisible(unitId);
		return certificates.findByUnitPathStartingWithAndStatusOrderBySerialAsc(unit.path(), CertificateStatus.VALID);
	}

	/** A wave's certificates for regeneration; an ADMIN's or those in the caller's scope. */
	public List<Long> idsOfWave(long waveId) {
		requireStaff();
		OrgScope scope = scopes.current();
		List<Certificate> found = certificates.findByWaveIdOrderBySerialAsc(waveId);
		found.stream().filter(c -> !scope.covers(c.getUnitPath())).findFirst().ifPresent(c -> {
			throw ProblemException.forbidden("certificate.out-of-scope", c.getSerial());
		});
		return found.stream().map(Certificate::getId).toList();
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

	private void requireStaff() {
		if (!callers.get().hasAny(STAFF)) {
			throw ProblemException.forbidden("certificate.staff-only");
		}
	}

	private Optional<Long> myLearnerId() {
		Caller caller = callers.get();
		return caller.has(Role.LEARNER) ? enrolments.learnerIdOfUsername(caller.username()) : Optional.empty();
	}

}
