package vn.hocso.enrolment;

/**
 * Whether a Keycloak user is qualified to lead a wave's class: implemented by the
 * in-person training module (a trained focal point), asked when a class's trainer is
 * assigned. Without an implementation everyone counts as qualified.
 */
public interface TrainerQualification {

	boolean isQualified(String username);

}
