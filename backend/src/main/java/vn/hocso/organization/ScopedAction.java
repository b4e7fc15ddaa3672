package vn.hocso.organization;

import static vn.hocso.identity.Role.ADMIN;
import static vn.hocso.identity.Role.REPORTER;
import static vn.hocso.identity.Role.TRAINER;
import static vn.hocso.identity.Role.UNIT_ADMIN;
import static vn.hocso.identity.Role.VERIFIER;
import static vn.hocso.organization.Reach.OWN_CLASSES;
import static vn.hocso.organization.Reach.SUBTREE;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import vn.hocso.identity.Role;

/**
 * The actions on learners, classes and waves whose reach differs by role: the
 * least-privilege table of docs/authorization.md, in code. {@link AccessPolicy} is the
 * one place that applies it.
 */
public enum ScopedAction {

	/**
	 * A new activation code for a learner (it logs in as them): only learners one teaches
	 * or administers.
	 */
	ACCOUNT_RESET(Map.of(ADMIN, SUBTREE, UNIT_ADMIN, SUBTREE, TRAINER, OWN_CLASSES)),

	ACCOUNT_DISABLE(Map.of(ADMIN, SUBTREE, UNIT_ADMIN, SUBTREE)),

	/** Issuance jobs and their account sheets, which carry activation codes. */
	ACCOUNT_SHEETS(Map.of(ADMIN, SUBTREE, UNIT_ADMIN, SUBTREE)),

	/** The learner register: identity numbers, phones, dates of birth. */
	LEARNER_RECORDS(Map.of(ADMIN, SUBTREE, REPORTER, SUBTREE, VERIFIER, SUBTREE, UNIT_ADMIN, SUBTREE)),

	/** Dates of birth wherever they appear (certificates, their salt). */
	DATE_OF_BIRTH(Map.of(ADMIN, SUBTREE, REPORTER, SUBTREE, VERIFIER, SUBTREE, UNIT_ADMIN, SUBTREE)),

	/** Waves' own data (name, course, units, quiz window). */
	WAVE_READ(Map.of(ADMIN, SUBTREE, REPORTER, SUBTREE, VERIFIER, SUBTREE, UNIT_ADMIN, SUBTREE, TRAINER, SUBTREE)),

	/**
	 * Enrolling learners into a wave and splitting it into classes: the wave must concern
	 * the caller.
	 */
	WAVE_ENROL(Map.of(ADMIN, SUBTREE, UNIT_ADMIN, SUBTREE)),

	/** Who is enrolled where, with status and deadline; classes and their learners. */
	ENROLMENT_READ(
			Map.of(ADMIN, SUBTREE, REPORTER, SUBTREE, VERIFIER, SUBTREE, UNIT_ADMIN, SUBTREE, TRAINER, OWN_CLASSES)),

	/** Certificates as records (without date of birth unless {@link #DATE_OF_BIRTH}). */
	CERTIFICATE_READ(
			Map.of(ADMIN, SUBTREE, REPORTER, SUBTREE, VERIFIER, SUBTREE, UNIT_ADMIN, SUBTREE, TRAINER, OWN_CLASSES)),

	/** Certificate PDFs, badges and ZIPs: they print the date of birth. */
	CERTIFICATE_FILES(Map.of(ADMIN, SUBTREE, REPORTER, SUBTREE, VERIFIER, SUBTREE, UNIT_ADMIN, SUBTREE)),

	CERTIFICATE_ZIP(Map.of(ADMIN, SUBTREE, UNIT_ADMIN, SUBTREE)),

	/** Re-rendering a wave's PDFs and following that job. */
	CERTIFICATE_REGENERATE(Map.of(ADMIN, SUBTREE, UNIT_ADMIN, SUBTREE)),

	/**
	 * Granting or revoking the TRAINER realm role of an official with an account (issue
	 * 16).
	 */
	TRAINER_ROLE(Map.of(ADMIN, SUBTREE, UNIT_ADMIN, SUBTREE)),

	/**
	 * Granting or revoking COMMUNITY_HELPER for a commune of the subtree (issue 17, ADR
	 * 0380).
	 */
	COMMUNITY_HELPER_ROLE(Map.of(ADMIN, SUBTREE, UNIT_ADMIN, SUBTREE)),

	/** Class and wave dashboards, their spreadsheets, and reminders to a class. */
	CLASS_FOLLOW_UP(Map.of(ADMIN, SUBTREE, UNIT_ADMIN, SUBTREE, TRAINER, OWN_CLASSES)),

	/**
	 * QR posters and leaflets printed for the communes of a subtree (each QR counts its
	 * commune's opens).
	 */
	QR_POSTERS(Map.of(ADMIN, SUBTREE, UNIT_ADMIN, SUBTREE)),

	/**
	 * How often each commune's QR codes were opened (reach, not completion): counts only,
	 * no person.
	 */
	QR_REACH(Map.of(ADMIN, SUBTREE, REPORTER, SUBTREE, VERIFIER, SUBTREE, UNIT_ADMIN, SUBTREE)),

	/**
	 * Working-age populations per commune (the citizens' denominator): read, counts only.
	 */
	POPULATION_READ(Map.of(ADMIN, SUBTREE, REPORTER, SUBTREE, VERIFIER, SUBTREE, UNIT_ADMIN, SUBTREE)),

	/** Declaring or importing a commune's working-age population with its source. */
	POPULATION_DECLARE(Map.of(ADMIN, SUBTREE, UNIT_ADMIN, SUBTREE)),

	/**
	 * Approving or returning it: Sở Nội vụ and the IT centre anywhere, a unit admin only
	 * for units below their own (the district for its communes); nobody for their own
	 * declaration.
	 */
	POPULATION_VERIFY(Map.of(ADMIN, SUBTREE, VERIFIER, SUBTREE, UNIT_ADMIN, SUBTREE));

	// A private copy, never handed out: the constant stays immutable in practice.
	@SuppressWarnings("ImmutableEnumChecker")
	private final Map<Role, Reach> reaches;

	ScopedAction(Map<Role, Reach> reaches) {
		this.reaches = new EnumMap<>(reaches);
	}

	/** The widest reach any of these roles gives. */
	public Reach reachOf(Set<Role> roles) {
		Reach widest = Reach.NONE;
		for (Role role : roles) {
			widest = widest.widest(reaches.getOrDefault(role, Reach.NONE));
		}
		return widest;
	}

	public Reach reachOf(Role role) {
		return reaches.getOrDefault(role, Reach.NONE);
	}

}
