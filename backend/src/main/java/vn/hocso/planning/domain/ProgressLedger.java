package vn.hocso.planning.domain;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.hocso.learner.LearnerCategory;

/**
 * Planning's own copy of the completions and certifications it counts: one row per
 * enrolment, fed by events, kept on the unit where the learner belongs now (merges and
 * moves rewrite it). Counting from here needs no other module's tables and is one grouped
 * query.
 */
@Component
public class ProgressLedger {

	private final JdbcClient jdbc;

	private final LedgerCounts counts;

	ProgressLedger(JdbcClient jdbc, LedgerCounts counts) {
		this.jdbc = jdbc;
		this.counts = counts;
	}

	public record Fact(long enrolmentId, long learnerId, long unitId, String unitPath, LearnerCategory category,
			long courseId, long waveId) {
	}

	public void completed(Fact fact, LocalDate on) {
		ensure(fact);
		if (jdbc.sql("update planning_fact set completed_on = ? where enrolment_id = ? and completed_on is null")
			.params(Date.valueOf(on), fact.enrolmentId())
			.update() > 0) {
			counts.add(fact.enrolmentId(), Counted.COMPLETED, on);
		}
	}

	public void certified(Fact fact, LocalDate on) {
		ensure(fact);
		if (jdbc.sql("update planning_fact set certified_on = ? where enrolment_id = ? and certified_on is null")
			.params(Date.valueOf(on), fact.enrolmentId())
			.update() > 0) {
			counts.add(fact.enrolmentId(), Counted.CERTIFIED, on);
		}
	}

	public boolean knows(long enrolmentId) {
		return jdbc.sql("select count(*) from planning_fact where enrolment_id = ?")
			.param(enrolmentId)
			.query(Long.class)
			.single() > 0;
	}

	private void ensure(Fact fact) {
		if (!knows(fact.enrolmentId())) {
			jdbc.sql(
					"""
							insert into planning_fact (enrolment_id, learner_id, unit_id, unit_path, category, course_id, wave_id)
							values (?, ?, ?, ?, ?, ?, ?)""")
				.params(fact.enrolmentId(), fact.learnerId(), fact.unitId(), fact.unitPath(), fact.category().name(),
						fact.courseId(), fact.waveId())
				.update();
			counts.flagShared(fact.learnerId());
		}
	}

	/**
	 * A merged unit's learners now belong to the unit it merged into, and so do their
	 * completions.
	 */
	public void merged(long unitId, long intoUnitId, String intoPath) {
		jdbc.sql("update planning_fact set unit_id = ?, unit_path = ? where unit_id = ?")
			.params(intoUnitId, intoPath, unitId)
			.update();
		counts.recount(intoUnitId, unitId);
	}

	public void moved(String oldPath, String newPath) {
		jdbc.sql("""
				update planning_fact set unit_path = cast(? as varchar(1024)) || substring(unit_path, ?)
				where unit_path like ?""").params(newPath, oldPath.length() + 1, oldPath + "%").update();
		counts.moved(oldPath, newPath);
	}

	/**
	 * Recounts the per-unit counts from the facts (the nightly reconciliation; after a
	 * bulk load).
	 */
	public long rebuildCounts() {
		return counts.rebuild();
	}

	/** Which date a rule counts on. */
	public enum Counted {

		COMPLETED("completed_on"), CERTIFIED("certified_on");

		private final String column;

		Counted(String column) {
			this.column = column;
		}

		String column() {
			return column;
		}

	}

	public record Filter(Set<LearnerCategory> categories, Set<Long> courseIds, Set<Long> waveIds) {
	}

	public record PathCount(String unitPath, LearnerCategory category, long learners) {
	}

	public record WaveCount(long waveId, long learners) {
	}

	/**
	 * Distinct learners per unit path and category under the prefix, counted on or before
	 * the day: from the per-unit counts when the day is not before their latest fact
	 * (live progress), else from the facts.
	 */
	public List<PathCount> countByPathAndCategory(String pathPrefix, Counted counted, Filter filter, LocalDate asOf) {
		return counts.countByPathAndCategory(pathPrefix, counted, filter, asOf)
			.orElseGet(() -> recountByPathAndCategory(pathPrefix, counted, filter, asOf));
	}

	/** From the per-unit counts only; empty when a counted fact is later than the day. */
	public Optional<List<PathCount>> fromCountsByPathAndCategory(String pathPrefix, Counted counted, Filter filter,
			LocalDate asOf) {
		return counts.countByPathAndCategory(pathPrefix, counted, filter, asOf);
	}

	public Optional<List<WaveCount>> fromCountsByWave(String pathPrefix, Counted counted, Filter filter,
			LocalDate asOf) {
		return counts.countByWave(pathPrefix, counted, filter, asOf);
	}

	/**
	 * The same from the facts themselves, whatever the day: what the counts must always
	 * equal.
	 */
	public List<PathCount> recountByPathAndCategory(String pathPrefix, Counted counted, Filter filter, LocalDate asOf) {
		List<Object> params = new ArrayList<>();
		String where = where(pathPrefix, counted, filter, asOf, params);
		return jdbc
			.sql("select unit_path, category, count(distinct learner_id) from planning_fact " + where
					+ " group by unit_path, category")
			.params(params)
			.query((rs, n) -> new PathCount(rs.getString(1), LearnerCategory.valueOf(rs.getString(2)), rs.getLong(3)))
			.list();
	}

	public List<WaveCount> countByWave(String pathPrefix, Counted counted, Filter filter, LocalDate asOf) {
		return counts.countByWave(pathPrefix, counted, filter, asOf)
			.orElseGet(() -> recountByWave(pathPrefix, counted, filter, asOf));
	}

	public List<WaveCount> recountByWave(String pathPrefix, Counted counted, Filter filter, LocalDate asOf) {
		List<Object> params = new ArrayList<>();
		String where = where(pathPrefix, counted, filter, asOf, params);
		return jdbc
			.sql("select wave_id, count(distinct learner_id) from planning_fact " + where
					+ " group by wave_id order by wave_id")
			.params(params)
			.query((rs, n) -> new WaveCount(rs.getLong(1), rs.getLong(2)))
			.list();
	}

	static String where(String pathPrefix, Counted counted, Filter filter, LocalDate asOf, List<Object> params) {
		StringBuilder where = new StringBuilder("where unit_path like ? and ").append(counted.column).append(" <= ?");
		params.add(pathPrefix + "%");
		params.add(Date.valueOf(asOf));
		in(where, "category", filter.categories().stream().map(Enum::name).toList(), params);
		in(where, "course_id", List.copyOf(filter.courseIds()), params);
		in(where, "wave_id", List.copyOf(filter.waveIds()), params);
		return where.toString();
	}

	static void in(StringBuilder where, String column, List<?> values, List<Object> params) {
		if (values.isEmpty()) {
			return;
		}
		where.append(" and ")
			.append(column)
			.append(" in (")
			.append(String.join(",", Collections.nCopies(values.size(), "?")))
			.append(')');
		params.addAll(values);
	}

}
