package vn.hocso.openlearning.domain;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.hocso.organization.OrgUnitSummary;

/**
 * Gives each (target, commune) its one short code, creating it on first print. Codes are
 * six characters without look-alikes (no 0/O, 1/I/L), so the short URL under the QR can
 * be typed. Several nodes may print the same district at once: the database's unique
 * constraints decide, and the loser reads the winner's code.
 */
@Component
class QrCodeIssuer {

	static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

	static final int LENGTH = 6;

	private final QrCodeRepository codes;

	private final TransactionTemplate ownTransaction;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	/**
	 * A clash on a fresh random code is tried again with another code, up to 8 codes in
	 * all, without waiting.
	 */
	private static final RetryTemplate CLASHES = new RetryTemplate(RetryPolicy.builder()
		.includes(DataIntegrityViolationException.class)
		.maxRetries(7)
		.delay(Duration.ZERO)
		.build());

	QrCodeIssuer(QrCodeRepository codes, PlatformTransactionManager transactions, Clock clock) {
		this.codes = codes;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/** The codes of these communes for the target, by unit id, created where missing. */
	Map<Long, QrCode> codesFor(QrTarget target, String ref, List<OrgUnitSummary> communes) {
		Map<Long, QrCode> found = new HashMap<>();
		for (List<OrgUnitSummary> chunk : chunks(communes)) {
			codes.findByTargetTypeAndTargetRefAndUnitIdIn(target, ref, chunk.stream().map(OrgUnitSummary::id).toList())
				.forEach(code -> found.put(code.getUnitId(), code));
		}
		for (OrgUnitSummary commune : communes) {
			if (!found.containsKey(commune.id())) {
				found.put(commune.id(), create(target, ref, commune));
			}
		}
		return found;
	}

	private QrCode create(QrTarget target, String ref, OrgUnitSummary commune) {
		try {
			return CLASHES.invoke(() -> {
				try {
					QrCode created = ownTransaction.execute(status -> codes.saveAndFlush(
							new QrCode(newCode(), target, ref, commune.id(), commune.path(), clock.instant())));
					return java.util.Objects.requireNonNull(created);
				}
				catch (DataIntegrityViolationException clash) {
					// Another node made this commune's code (take it), or the random code
					// was taken (retried).
					Optional<QrCode> existing = ownTransaction
						.execute(status -> codes.findByTargetTypeAndTargetRefAndUnitId(target, ref, commune.id()));
					if (existing != null && existing.isPresent()) {
						return existing.get();
					}
					throw clash;
				}
			});
		}
		catch (DataIntegrityViolationException exhausted) {
			throw new IllegalStateException("No free QR code after 8 attempts for unit " + commune.id(), exhausted);
		}
	}

	String newCode() {
		char[] code = new char[LENGTH];
		for (int i = 0; i < LENGTH; i++) {
			code[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
		}
		return new String(code);
	}

	private static List<List<OrgUnitSummary>> chunks(List<OrgUnitSummary> all) {
		List<List<OrgUnitSummary>> chunks = new java.util.ArrayList<>();
		for (int from = 0; from < all.size(); from += 500) {
			chunks.add(all.subList(from, Math.min(all.size(), from + 500)));
		}
		return chunks;
	}

}
