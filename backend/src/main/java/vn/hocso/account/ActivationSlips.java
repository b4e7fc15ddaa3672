package vn.hocso.account;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Activation codes and printed slips for accounts that another module creates one at a
 * time — a citizen registered by a community helper (ADR 0380) — with the officials'
 * rules: the same codes, expiry, encryption at rest and the same printed card.
 */
public interface ActivationSlips {

	/**
	 * A fresh code, its sealed (AES-GCM) form to store, and when it stops being valid.
	 */
	NewCode newCode();

	/** The code in clear, from its sealed form. */
	String open(String sealed);

	/**
	 * A username a person can type, never one of an official's ({@code annv.48213}: a dot
	 * and a number).
	 */
	String usernameFor(String fullName, int number);

	/**
	 * An A6-sized printable slip (PDF, Vietnamese, Noto Sans) with a QR code of the login
	 * address.
	 */
	byte[] slipPdf(Slip slip);

	/** The code in clear exists only in memory; {@code toString} does not show it. */
	record NewCode(String code, String sealed, Instant validUntil) {

		@Override
		public String toString() {
			return "NewCode[validUntil=" + validUntil + "]";
		}

	}

	/** What a slip prints: who, where, and how to log in. */
	record Slip(String fullName, int birthYear, String communeName, String username, String activationCode,
			LocalDate validUntil) {
	}

}
