package vn.hocso.training.domain;

import org.springframework.stereotype.Component;

import vn.hocso.identity.Caller;
import vn.hocso.identity.CurrentCaller;
import vn.hocso.identity.Role;
import vn.hocso.organization.OrgScope;
import vn.hocso.organization.OrgScopes;
import vn.hocso.platform.ProblemException;

/**
 * Who may do what in the training module. Staff read within their org-unit subtree; a
 * class's teachers see their whole class (the participants come from many units) but no
 * other class.
 */
@Component
public class TrainingAccess {

	private final CurrentCaller currentCaller;

	private final OrgScopes scopes;

	TrainingAccess(CurrentCaller currentCaller, OrgScopes scopes) {
		this.currentCaller = currentCaller;
		this.scopes = scopes;
	}

	public Caller caller() {
		return currentCaller.get();
	}

	public OrgScope scope() {
		return scopes.current();
	}

	public void requireAdmin() {
		if (!caller().has(Role.ADMIN)) {
			throw ProblemException.forbidden("training.admin-only");
		}
	}

	/** Staff who read programmes and nominations (within their scope). */
	public void requireStaff() {
		if (!caller().hasAny(Role.ADMIN, Role.UNIT_ADMIN, Role.VERIFIER, Role.REPORTER)) {
			throw ProblemException.forbidden("training.staff-only");
		}
	}

	public void requireNominator() {
		if (!caller().hasAny(Role.ADMIN, Role.UNIT_ADMIN)) {
			throw ProblemException.forbidden("training.nominator-only");
		}
	}

	/** A unit's people are nominated only by those whose subtree holds the unit. */
	public void requireInScope(String unitPath, String unitCode) {
		if (!scope().covers(unitPath)) {
			throw ProblemException.forbidden("org-unit.out-of-scope", unitCode);
		}
	}

	public boolean teaches(TrainingClass trainingClass) {
		return trainingClass.isTaughtBy(caller().username());
	}

	/** Marks attendance and shows the QR code: the class's teachers and ADMIN. */
	public void requireTeacherOf(TrainingClass trainingClass) {
		if (!teaches(trainingClass) && !caller().has(Role.ADMIN)) {
			throw ProblemException.forbidden("training.not-teacher", trainingClass.getName());
		}
	}

	/**
	 * Reads a class: its teachers in full; supervisors and unit admins for the
	 * participants in their scope.
	 */
	public ClassReader readerOf(TrainingClass trainingClass) {
		if (teaches(trainingClass)) {
			return ClassReader.WHOLE_CLASS;
		}
		if (caller().hasAny(Role.ADMIN, Role.UNIT_ADMIN, Role.VERIFIER, Role.REPORTER)) {
			return ClassReader.IN_SCOPE;
		}
		throw ProblemException.forbidden("training.not-teacher", trainingClass.getName());
	}

	public enum ClassReader {

		WHOLE_CLASS, IN_SCOPE

	}

}
