package vn.hocso.certificate.domain;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Serial numbers unique by construction: one counter row per (prefix, year), incremented
 * by an {@code UPDATE … SET last_value = last_value + 1} that holds the row's lock until
 * the issuing transaction commits, then read back. Two issuances never read the same
 * value; a rolled-back issuance may leave a gap, which is harmless.
 */
@Component
class SerialNumbers {

	private final JdbcTemplate jdbc;

	private final TransactionTemplate separate;

	SerialNumbers(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.separate = new TransactionTemplate(transactions);
		this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * The next serial, e.g. {@code NA-2026-000123}; must run inside the issuing
	 * transaction.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public String next(String prefix, int year) {
		if (increment(prefix, year) == 0) {
			createCounter(prefix, year);
			if (increment(prefix, year) == 0) {
				throw new IllegalStateException("No serial counter for " + prefix + "-" + year);
			}
		}
		Long value = jdbc.queryForObject(
				"SELECT last_value FROM certificate_serial_counter WHERE prefix = ? AND serial_year = ?", Long.class,
				prefix, year);
		return "%s-%d-%06d".formatted(prefix, year, value);
	}

	private int increment(String prefix, int year) {
		return jdbc.update(
				"UPDATE certificate_serial_counter SET last_value = last_value + 1 WHERE prefix = ? AND serial_year = ?",
				prefix, year);
	}

	/**
	 * In its own transaction, so that losing the race to create it does not spoil the
	 * issuing one.
	 */
	private void createCounter(String prefix, int year) {
		try {
			separate.executeWithoutResult(status -> jdbc.update(
					"INSERT INTO certificate_serial_counter (prefix, serial_year, last_value) VALUES (?, ?, 0)", prefix,
					year));
		}
		catch (DataIntegrityViolationException alreadyCreated) {
			// Another issuance created it first: fine.
		}
	}

}
