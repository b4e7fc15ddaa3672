package vn.hocso.openlearning.domain;

import java.sql.DatabaseMetaData;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.stereotype.Service;

import vn.hocso.openlearning.QrReach;

/**
 * Counting QR opens: one row per code per day, incremented by one atomic upsert
 * (PostgreSQL {@code INSERT … ON CONFLICT DO UPDATE}, H2 {@code MERGE}), so any number of
 * nodes count the same row without losing an open. Nothing about the person is read or
 * stored: no address, no user, no cookie — only the code, the day and the count.
 */
@Service
public class QrOpens implements QrReach {

	private final JdbcTemplate jdbc;

	private final QrCodeRepository codes;

	private final Clock clock;

	private final String increment;

	QrOpens(DataSource dataSource, QrCodeRepository codes, Clock clock) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.codes = codes;
		this.clock = clock;
		this.increment = isPostgres(dataSource)
				? "INSERT INTO qr_open_day (qr_code_id, open_day, opens) VALUES (?, ?, 1) "
						+ "ON CONFLICT (qr_code_id, open_day) DO UPDATE SET opens = qr_open_day.opens + 1"
				: "MERGE INTO qr_open_day t USING (VALUES (CAST(? AS BIGINT), CAST(? AS DATE))) s (qr_code_id, open_day) "
						+ "ON t.qr_code_id = s.qr_code_id AND t.open_day = s.open_day "
						+ "WHEN MATCHED THEN UPDATE SET opens = t.opens + 1 "
						+ "WHEN NOT MATCHED THEN INSERT (qr_code_id, open_day, opens) VALUES (s.qr_code_id, s.open_day, 1)";
	}

	/**
	 * Counts one open of the code today and answers where it leads; empty for an unknown
	 * code (not counted).
	 */
	public Optional<String> open(String code) {
		String normalized = code.toUpperCase(java.util.Locale.ROOT);
		Known known = knownCodes.getIfPresent(normalized);
		if (known == null) {
			Optional<QrCode> found = codes.findByCode(normalized);
			if (found.isEmpty()) {
				return Optional.empty();
			}
			known = new Known(found.get().getId(), found.get().targetPath());
			knownCodes.put(normalized, known);
		}
		Date today = Date.valueOf(LocalDate.now(clock));
		try {
			jdbc.update(increment, known.id(), today);
		}
		catch (org.springframework.dao.DuplicateKeyException firstOfTheDay) {
			// H2's MERGE is not atomic: two first scans of a day may both insert. The row
			// exists now, so the
			// second statement takes the update branch (PostgreSQL's ON CONFLICT never
			// gets here).
			jdbc.update(increment, known.id(), today);
		}
		return Optional.of(known.targetPath());
	}

	/**
	 * A code's row and target never change once made, so each node may remember them (a
	 * scan then costs one statement).
	 */
	private record Known(long id, String targetPath) {
	}

	private static final int MAX_KNOWN = 200_000;

	private final Cache<String, Known> knownCodes = Caffeine.newBuilder().maximumSize(MAX_KNOWN).build();

	@Override
	public Map<Long, Long> opensByCommune(LocalDate from, LocalDate to) {
		return totals(from, to);
	}

	/** Opens per commune of these communes over the days from–to. */
	public Map<Long, Long> byUnit(java.util.Set<Long> communeIds, LocalDate from, LocalDate to) {
		Map<Long, Long> opens = new LinkedHashMap<>();
		totals(from, to).forEach((unitId, count) -> {
			if (communeIds.contains(unitId)) {
				opens.put(unitId, count);
			}
		});
		return opens;
	}

	/**
	 * Opens per target (e.g. MATERIAL dich-vu-cong) of these communes over the days
	 * from–to.
	 */
	public List<TargetOpens> byTarget(java.util.Set<Long> communeIds, LocalDate from, LocalDate to) {
		return jdbc
			.query("SELECT c.unit_id, c.target_type, c.target_ref, SUM(d.opens) FROM qr_open_day d "
					+ "JOIN qr_code c ON c.id = d.qr_code_id WHERE d.open_day BETWEEN ? AND ? "
					+ "GROUP BY c.unit_id, c.target_type, c.target_ref ORDER BY c.unit_id, c.target_type, c.target_ref",
					(row, n) -> new TargetOpens(row.getLong(1), QrTarget.valueOf(row.getString(2)), row.getString(3),
							row.getLong(4)),
					Date.valueOf(from), Date.valueOf(to))
			.stream()
			.filter(line -> communeIds.contains(line.unitId()))
			.toList();
	}

	/**
	 * Per commune (by the unit a code was printed for, whatever its place in the tree
	 * today: scoping is by the current tree, so a moved commune's opens follow it).
	 */
	private Map<Long, Long> totals(LocalDate from, LocalDate to) {
		Map<Long, Long> opens = new LinkedHashMap<>();
		jdbc.query("SELECT c.unit_id, SUM(d.opens) FROM qr_open_day d JOIN qr_code c ON c.id = d.qr_code_id "
				+ "WHERE d.open_day BETWEEN ? AND ? GROUP BY c.unit_id ORDER BY c.unit_id", row -> {
					opens.put(row.getLong(1), row.getLong(2));
				}, Date.valueOf(from), Date.valueOf(to));
		return opens;
	}

	public record TargetOpens(long unitId, QrTarget target, String ref, long opens) {
	}

	private static boolean isPostgres(DataSource dataSource) {
		try {
			String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
			return product.toLowerCase(java.util.Locale.ROOT).contains("postgres");
		}
		catch (Exception ex) {
			throw new IllegalStateException("Cannot tell the database product", ex);
		}
	}

}
