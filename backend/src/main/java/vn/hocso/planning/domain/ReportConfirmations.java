package vn.hocso.planning.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hocso.identity.CurrentCaller;
import vn.hocso.organization.OrgScopes;
import vn.hocso.organization.OrgUnitDirectory;
import vn.hocso.organization.OrgUnitSummary;
import vn.hocso.platform.ProblemException;

/**
 * Each unit directly under a plan's governing unit confirms its section of a period's
 * report; the province sees who has not.
 */
@Service
@Transactional
public class ReportConfirmations {

	private static final Pattern PERIOD = Pattern.compile("\\d{4}(-\\d{2})?");

	private final JdbcClient jdbc;

	private final PlanningService planning;

	private final OrgUnitDirectory units;

	private final OrgScopes scopes;

	private final CurrentCaller caller;

	private final PlanningAudit audit;

	private final Clock clock;

	ReportConfirmations(JdbcClient jdbc, PlanningService planning, OrgUnitDirectory units, OrgScopes scopes,
			CurrentCaller caller, PlanningAudit audit, Clock clock) {
		this.jdbc = jdbc;
		this.planning = planning;
		this.units = units;
		this.scopes = scopes;
		this.caller = caller;
		this.audit = audit;
		this.clock = clock;
	}

	public record Section(long unitId, String code, String name, @Nullable String confirmedBy,
			@Nullable Instant confirmedAt) {
	}

	public static String requirePeriod(String period) {
		if (!PERIOD.matcher(period).matches() || (period.length() == 7 && !isMonth(period.substring(5)))) {
			throw ProblemException.badRequest("report.period-invalid", period);
		}
		return period;
	}

	private static boolean isMonth(String month) {
		int value = Integer.parseInt(month);
		return value >= 1 && value <= 12;
	}

	public void confirm(long planId, String period, long unitId) {
		requirePeriod(period);
		Plan plan = planning.plan(planId);
		OrgUnitSummary unit = scopes.requireVisible(unitId);
		if (unit.parentId() == null || unit.parentId() != plan.getGoverningUnitId()) {
			throw ProblemException.badRequest("report.not-a-section", unit.code());
		}
		jdbc.sql("delete from report_confirmation where plan_id = ? and period = ? and unit_id = ?")
			.params(planId, period, unitId)
			.update();
		jdbc.sql(
				"insert into report_confirmation (plan_id, period, unit_id, confirmed_by, confirmed_at) values (?, ?, ?, ?, ?)")
			.params(planId, period, unitId, caller.get().username(), Timestamp.from(clock.instant()))
			.update();
		audit.record("REPORT", planId, "CONFIRMED", caller.get().username(), period + " " + unit.code());
	}

	@Transactional(readOnly = true)
	public List<Section> sections(long planId, String period) {
		requirePeriod(period);
		Plan plan = planning.plan(planId);
		OrgUnitSummary governing = units.find(plan.getGoverningUnitId()).orElseThrow();
		Map<Long, Object[]> confirmed = jdbc
			.sql("select unit_id, confirmed_by, confirmed_at from report_confirmation where plan_id = ? and period = ?")
			.params(planId, period)
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant() })
			.list()
			.stream()
			.collect(Collectors.toMap(row -> (Long) row[0], row -> row));
		return units.subtree(governing.path())
			.stream()
			.filter(unit -> unit.parentId() != null && unit.parentId() == governing.id() && unit.status().isOpen())
			.filter(unit -> scopes.current().covers(unit.path()))
			.map(unit -> {
				Object[] row = confirmed.get(unit.id());
				return new Section(unit.id(), unit.code(), unit.name(), row == null ? null : (String) row[1],
						row == null ? null : (Instant) row[2]);
			})
			.toList();
	}

}
