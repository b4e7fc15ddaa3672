package vn.hocso.account.document;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One learner on an account sheet, with the activation code in clear (only ever in
 * memory).
 */
public record SheetLine(String unitCode, String unitName, String fullName, @Nullable LocalDate dateOfBirth,
		String username, String activationCode, @Nullable LocalDate codeValidUntil) {
}
