package vn.hocso.certificate.domain;

/**
 * VALID until an ADMIN revokes it, or re-issues it (after a correction), which supersedes
 * it.
 */
public enum CertificateStatus {

	VALID, REVOKED, SUPERSEDED

}
