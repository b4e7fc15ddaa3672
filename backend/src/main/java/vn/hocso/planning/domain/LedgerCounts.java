package vn.hocso.planning.domain;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.hocso.learner.LearnerCategory;
import vn.hocso.planning.domain.ProgressLedger.Counted;
import vn.hocso.planning.domain.ProgressLedger.Filter;
import vn.hocso.planning.domain.ProgressLedger.PathCount;
import vn.hocso.planning.domain.ProgressLedger.WaveCount;

/**
 * The ledger's facts counted per unit, learner category, course, wave and rule
 * ({@code planning_count}), kept in the same transaction as the facts, so a subtree's
 * figures are a sum over a few rows per unit instead of a count over every learner. Facts
 * count enrolments; a learner with several enrolments ({@code shared} facts, rare) is
 * counted once by subtracting their extra facts. Each row remembers its latest day: a
 * count "as of" an earlier day cannot come from here and is left to the ledger.
 */
@Component
class LedgerCounts {

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private volatile @Nullable Boolean postgres;

	LedgerCounts(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/** One more fact counted for the rule, on that day. */
	void add(long enrolmentId, Counted counted, LocalDate on) {
		var key = jdbc
			.sql("select unit_id, unit_path, category, course_id, wave_id from planning_fact where enrolment_id = ?")
			.param(enrolmentId)
			.query((rs,
					n) -> new Object[] { rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
							rs.getLong(5) })
			.single();
		Date day = Date.valueOf(on);
		if (isPostgres()) {
			jdbc.sql(
					"""
							insert into planning_count (unit_id, unit_path, category, course_id, wave_id, counted, enrolments, last_day)
							values (?, ?, ?, ?, ?, ?, 1, ?)
							on conflict (unit_id, category, course_id, wave_id, counted) do update
							set enrolments = planning_count.enrolments + 1,
							    last_day = greatest(planning_count.last_day, excluded.last_day)""")
				.params(key[0], key[1], key[2], key[3], key[4], counted.name(), day)
				.update();
			return;
		}
		if (increment(key, counted, day) == 0) {
			try {
				jdbc.sql(
						"""
								insert into planning_count (unit_id, unit_path, category, course_id, wave_id, counted, enrolments, last_day)
								values (?, ?, ?, ?, ?, ?, 1, ?)""")
					.params(key[0], key[1], key[2], key[3], key[4], counted.name(), day)
					.update();
			}
			catch (DuplicateKeyException insertedMeanwhile) {
				// Another completion of the same unit, category and wave inserted the row
				// first (H2 has no
				// "on conflict"; a failed statement there leaves the transaction usable):
				// count on it.
				increment(key, counted, day);
			}
		}
	}

	private int increment(Object[] key, Counted counted, Date day) {
		return jdbc.sql("""
				update planning_count set enrolments = enrolments + 1, last_day = greatest(last_day, ?)
				where unit_id = ? and category = ? and course_id = ? and wave_id = ? and counted = ?""")
			.params(day, key[0], key[2], key[3], key[4], counted.name())
			.update();
	}

	/**
	 * A learner's second enrolment makes all their facts shared (counted once through the
	 * correction).
	 */
	void flagShared(long learnerId) {
		jdbc.sql(
				"""
						update planning_fact set shared = true
						where learner_id = ? and shared = false and (select count(*) from planning_fact f where f.learner_id = ?) > 1""")
			.params(learnerId, learnerId)
			.update();
	}

	/**
	 * The unit's rows recounted from its facts (after a merge brought another unit's
	 * facts into it).
	 */
	void recount(long unitId, long mergedUnitId) {
		jdbc.sql("delete from planning_count where unit_id in (?, ?)").params(unitId, mergedUnitId).update();
		for (Counted counted : Counted.values()) {
			jdbc.sql(insertRecount(counted)
					+ " and unit_id = ? group by unit_id, unit_path, category, course_id, wave_id")
				.param(unitId)
				.update();
		}
	}

	void moved(String oldPath, String newPath) {
		jdbc.sql("""
				update planning_count set unit_path = cast(? as varchar(1024)) || substring(unit_path, ?)
				where unit_path like ?""").params(newPath, oldPath.length() + 1, oldPath + "%").update();
	}

	/**
	 * Every row recounted from the ledger: the reconciliation, and the way to fill the
	 * table after a bulk load.
	 */
	@Transactional
	public long rebuild() {
		jdbc.sql("update planning_fact set shared = false where shared = true").update();
		jdbc.sql("""
				update planning_fact set shared = true
				where learner_id in (select learner_id from planning_fact group by learner_id having count(*) > 1)""")
			.update();
		jdbc.sql("delete from planning_count").update();
		long rows = 0;
		for (Counted counted : Counted.values()) {
			rows += jdbc.sql(insertRecount(counted) + " group by unit_id, unit_path, category, course_id, wave_id")
				.update();
		}
		return rows;
	}

	private static String insertRecount(Counted counted) {
		String column = counted.column();
		return "insert into planning_count (unit_id, unit_path, category, course_id, wave_id, counted, enrolments, last_day)"
				+ " select unit_id, unit_path, category, course_id, wave_id, '" + counted.name() + "', count(*), max("
				+ column + ") from planning_fact where " + column + " is not null";
	}

	/**
	 * Distinct learners per unit path and category, or empty when some counted fact is
	 * later than the day (the caller then counts the ledger's rows).
	 */
	Optional<List<PathCount>> countByPathAndCategory(String pathPrefix, Counted counted, Filter filter,
			LocalDate asOf) {
		List<Object> params = new ArrayList<>();
		String where = where(pathPrefix, counted, filter, params);
		Map<String, Map<LearnerCategory, Long>> sums = new HashMap<>();
		LocalDate[] latest = { LocalDate.MIN };
		jdbc.sql("select unit_path, category, sum(enrolments), max(last_day) from planning_count " + where
				+ " group by unit_path, category")
			.params(params)
			.query(rs -> {
				sums.computeIfAbsent(rs.getString(1), p -> new HashMap<>())
					.put(LearnerCategory.valueOf(rs.getString(2)), rs.getLong(3));
				LocalDate last = rs.getDate(4).toLocalDate();
				if (last.isAfter(latest[0])) {
					latest[0] = last;
				}
			});
		if (latest[0].isAfter(asOf)) {
			return Optional.empty();
		}
		List<Object> sharedParams = new ArrayList<>();
		String sharedWhere = ProgressLedger.where(pathPrefix, counted, filter, asOf, sharedParams);
		jdbc.sql("select unit_path, category, count(*) - count(distinct learner_id) from planning_fact " + sharedWhere
				+ " and shared = true group by unit_path, category having count(*) > count(distinct learner_id)")
			.params(sharedParams)
			.query(rs -> {
				sums.computeIfAbsent(rs.getString(1), p -> new HashMap<>())
					.merge(LearnerCategory.valueOf(rs.getString(2)), -rs.getLong(3), Long::sum);
			});
		List<PathCount> counts = new ArrayList<>();
		sums.forEach((path, byCategory) -> byCategory
			.forEach((category, learners) -> counts.add(new PathCount(path, category, learners))));
		return Optional.of(counts);
	}

	/** Distinct learners per wave, or empty as above. */
	Optional<List<WaveCount>> countByWave(String pathPrefix, Counted counted, Filter filter, LocalDate asOf) {
		List<Object> params = new ArrayList<>();
		String where = where(pathPrefix, counted, filter, params);
		Map<Long, Long> sums = new TreeMap<>();
		LocalDate[] latest = { LocalDate.MIN };
		jdbc.sql("select wave_id, sum(enrolments), max(last_day) from planning_count " + where + " group by wave_id")
			.params(params)
			.query(rs -> {
				sums.put(rs.getLong(1), rs.getLong(2));
				LocalDate last = rs.getDate(3).toLocalDate();
				if (last.isAfter(latest[0])) {
					latest[0] = last;
				}
			});
		if (latest[0].isAfter(asOf)) {
			return Optional.empty();
		}
		List<Object> sharedParams = new ArrayList<>();
		String sharedWhere = ProgressLedger.where(pathPrefix, counted, filter, asOf, sharedParams);
		jdbc.sql("select wave_id, count(*) - count(distinct learner_id) from planning_fact " + sharedWhere
				+ " and shared = true group by wave_id having count(*) > count(distinct learner_id)")
			.params(sharedParams)
			.query(rs -> {
				sums.merge(rs.getLong(1), -rs.getLong(2), Long::sum);
			});
		return Optional.of(sums.entrySet().stream().map(e -> new WaveCount(e.getKey(), e.getValue())).toList());
	}

	private static String where(String pathPrefix, Counted counted, Filter filter, List<Object> params) {
		StringBuilder where = new StringBuilder("where unit_path like ? and counted = ?");
		params.add(pathPrefix + "%");
		params.add(counted.name());
		ProgressLedger.in(where, "category", filter.categories().stream().map(Enum::name).toList(), params);
		ProgressLedger.in(where, "course_id", List.copyOf(filter.courseIds()), params);
		ProgressLedger.in(where, "wave_id", List.copyOf(filter.waveIds()), params);
		return where.toString();
	}

	private boolean isPostgres() {
		Boolean known = postgres;
		if (known == null) {
			String product = template
				.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName());
			known = product != null && product.toLowerCase(Locale.ROOT).contains("postgres");
			postgres = known;
		}
		return known;
	}

}
