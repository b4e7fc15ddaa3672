package vn.hocso.account.domain;

/**
 * ISSUED: activation code handed out, not yet used. EXPIRED: the code ran out unused
 * (disabled).
 */
public enum AccountStatus {

	ISSUED, ACTIVATED, EXPIRED, DISABLED

}
