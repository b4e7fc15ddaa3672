package vn.hocso.progress.domain;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import vn.hocso.platform.Chunks;

/**
 * The {@code learner_attention} rows: each learner's {@link Attention} clock, and the row
 * every writer of that learner's progress locks first.
 */
final class AttentionRows {

	private static final int KNOWN_LEARNERS_LIMIT = 1_000_000;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final boolean postgres;

	/** Learners whose row exists (rows are never deleted): no insert needed. */
	private final Cache<Long, Boolean> knownLearners = Caffeine.newBuilder().maximumSize(KNOWN_LEARNERS_LIMIT).build();

	AttentionRows(JdbcTemplate jdbc, TransactionTemplate transactions, boolean postgres) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.postgres = postgres;
	}

	/**
	 * Creates missing rows outside the merge's transaction (in ascending id order, so
	 * that two nodes inserting the same learners cannot deadlock); a row another node
	 * added first is no error.
	 */
	void ensure(Set<Long> learners) {
		List<Long> missing = learners.stream().filter(id -> knownLearners.getIfPresent(id) == null).toList();
		if (missing.isEmpty()) {
			return;
		}
		if (postgres) {
			transactions.executeWithoutResult(status -> jdbc.batchUpdate(
					"INSERT INTO learner_attention (learner_id, attended_until_millis) VALUES (?, 0) ON CONFLICT (learner_id) DO NOTHING",
					missing, 500, (ps, id) -> ps.setLong(1, id)));
		}
		else {
			for (Long id : missing) {
				try {
					transactions.executeWithoutResult(
							status -> jdbc.update(
									"MERGE INTO learner_attention t USING (VALUES (CAST(? AS BIGINT))) s (learner_id) "
											+ "ON t.learner_id = s.learner_id WHEN NOT MATCHED THEN "
											+ "INSERT (learner_id, attended_until_millis) VALUES (s.learner_id, 0)",
									id));
				}
				catch (DataIntegrityViolationException ex) {
					// Another writer inserted it first: it exists, which is all that is
					// needed.
				}
			}
		}
		missing.forEach(id -> knownLearners.put(id, Boolean.TRUE));
	}

	/** Locks the learners' attention rows, lowest id first, and reads them. */
	Map<Long, Attention> lock(Set<Long> learners) {
		Map<Long, Attention> attention = new HashMap<>();
		for (List<Long> chunk : Chunks.of(new TreeSet<>(learners), Chunks.IN_CLAUSE_SIZE)) {
			jdbc.query("SELECT learner_id, attended_until_millis FROM learner_attention WHERE learner_id IN ("
					+ placeholders(chunk.size()) + ") ORDER BY learner_id FOR UPDATE", rs -> {
						attention.put(rs.getLong(1), new Attention(rs.getLong(2)));
					}, chunk.toArray());
		}
		if (attention.size() != learners.size()) {
			// A row this node believed existing is gone (a restored database): forget and
			// let the retry insert it.
			knownLearners.invalidateAll();
			throw new TransientDataAccessResourceException("Attention rows missing for "
					+ learners.stream().filter(id -> !attention.containsKey(id)).toList());
		}
		return attention;
	}

	/**
	 * Stores the learners' new clocks (epoch milliseconds), inside the transaction that
	 * locked them.
	 */
	void write(Map<Long, Long> attendedUntil) {
		if (attendedUntil.isEmpty()) {
			return;
		}
		jdbc.batchUpdate("UPDATE learner_attention SET attended_until_millis = ? WHERE learner_id = ?",
				List.copyOf(attendedUntil.entrySet()), 500, (ps, entry) -> {
					ps.setLong(1, entry.getValue());
					ps.setLong(2, entry.getKey());
				});
	}

	private static String placeholders(int count) {
		return String.join(", ", Collections.nCopies(count, "?"));
	}

}
