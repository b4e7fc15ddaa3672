package vn.hocso.planning.domain;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily snapshots: each unit's figures for an indicator as they stood at the end of a
 * day.
 */
@Component
public class SnapshotStore {

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	SnapshotStore(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	public record Row(long unitId, String unitPath, long headcount, DenominatorSource source, long enrolled,
			long completed, long certified, BigDecimal value) {
	}

	/**
	 * Replaces the indicator's snapshot of that day: the delete and the inserts commit
	 * together or not at all.
	 */
	@Transactional
	public void save(long indicatorId, LocalDate day, Collection<Row> rows) {
		jdbc.sql("delete from planning_snapshot where indicator_id = ? and snapshot_day = ?")
			.params(indicatorId, Date.valueOf(day))
			.update();
		List<Object[]> args = new ArrayList<>(rows.size());
		for (Row row : rows) {
			args.add(new Object[] { indicatorId, Date.valueOf(day), row.unitId(), row.unitPath(), row.headcount(),
					row.source().name(), row.enrolled(), row.completed(), row.certified(), row.value() });
		}
		batch.batchUpdate(
				"""
						insert into planning_snapshot (indicator_id, snapshot_day, unit_id, unit_path, headcount, denominator_source,
						enrolled, completed, certified, indicator_value) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
				args);
	}

	/** The latest snapshot day of the indicator on or before this day. */
	public Optional<LocalDate> latestDayOnOrBefore(long indicatorId, LocalDate day) {
		return jdbc.sql("select max(snapshot_day) from planning_snapshot where indicator_id = ? and snapshot_day <= ?")
			.params(indicatorId, Date.valueOf(day))
			.query((rs, n) -> Optional.ofNullable(rs.getDate(1)).map(Date::toLocalDate))
			.single();
	}

	public List<Row> rowsOf(long indicatorId, LocalDate day, Collection<Long> unitIds) {
		if (unitIds.isEmpty()) {
			return List.of();
		}
		return jdbc
			.sql("""
					select unit_id, unit_path, headcount, denominator_source, enrolled, completed, certified, indicator_value
					from planning_snapshot where indicator_id = :indicator and snapshot_day = :day and unit_id in (:units)""")
			.param("indicator", indicatorId)
			.param("day", Date.valueOf(day))
			.param("units", List.copyOf(unitIds))
			.query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getLong(3),
					DenominatorSource.valueOf(rs.getString(4)), rs.getLong(5), rs.getLong(6), rs.getLong(7),
					rs.getBigDecimal(8)))
			.list();
	}

	/** The unit's value day by day, oldest first. */
	public List<Forecast.Point> trend(long indicatorId, long unitId, LocalDate from) {
		return jdbc.sql("""
				select snapshot_day, indicator_value from planning_snapshot
				where indicator_id = ? and unit_id = ? and snapshot_day >= ? order by snapshot_day""")
			.params(indicatorId, unitId, Date.valueOf(from))
			.query((rs, n) -> new Forecast.Point(rs.getDate(1).toLocalDate(), rs.getDouble(2)))
			.list();
	}

}
