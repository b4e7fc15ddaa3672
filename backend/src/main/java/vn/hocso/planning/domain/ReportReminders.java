package vn.hocso.planning.domain;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.hocso.identity.Role;
import vn.hocso.identity.StaffContacts;
import vn.hocso.organization.OrgUnitDirectory;
import vn.hocso.organization.OrgUnitSummary;
import vn.hocso.platform.VietnamTime;
import vn.hocso.reminder.ReminderEmails;
import vn.hocso.platform.jobs.ClusterScheduled;

/**
 * Every morning, the units directly under a plan's unit that have not confirmed their
 * section of a report due in {@code report-reminder-lead-days} days get an e-mail (to
 * their unit admins) through the reminder module's mailer. Each report, unit and lead day
 * is stored before sending, under a unique key, so a rerun or a second node never sends
 * it twice.
 */
@Component
public class ReportReminders {

	private static final Logger log = LoggerFactory.getLogger(ReportReminders.class);

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final PlanRepository plans;

	private final OrgUnitDirectory units;

	private final StaffContacts staff;

	private final ReminderEmails emails;

	private final MessageSource messages;

	private final JdbcClient jdbc;

	private final PlanningProperties properties;

	private final Clock clock;

	ReportReminders(PlanRepository plans, OrgUnitDirectory units, StaffContacts staff, ReminderEmails emails,
			MessageSource messages, JdbcClient jdbc, PlanningProperties properties, Clock clock) {
		this.plans = plans;
		this.units = units;
		this.staff = staff;
		this.emails = emails;
		this.messages = messages;
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	@ClusterScheduled(name = "planning-report-reminders", cron = "${hocso.planning.report-reminder-cron:0 0 8 * * *}")
	void daily() {
		int sent = remind(LocalDate.now(clock.withZone(VietnamTime.ZONE)));
		log.info("Report due-date reminders sent to {} units", sent);
	}

	/** Sends the reminders due on this day; returns to how many units. */
	public int remind(LocalDate today) {
		int sent = 0;
		for (Plan plan : plans.findAll()) {
			for (int lead : Set.copyOf(properties.reportReminderLeadDays())) {
				LocalDate due = today.plusDays(lead);
				for (ReportDue reportDue : plan.getReportDues()) {
					Optional<String> period = periodDueOn(reportDue, due);
					if (period.isPresent() && covers(plan, period.get())) {
						sent += remind(plan, period.get(), due, lead);
					}
				}
			}
		}
		return sent;
	}

	private int remind(Plan plan, String period, LocalDate due, int lead) {
		OrgUnitSummary governing = units.find(plan.getGoverningUnitId()).orElse(null);
		if (governing == null) {
			return 0;
		}
		List<Long> confirmed = jdbc.sql("select unit_id from report_confirmation where plan_id = ? and period = ?")
			.params(plan.getId(), period)
			.query(Long.class)
			.list();
		int sent = 0;
		for (OrgUnitSummary section : units.subtree(governing.path())) {
			if (section.parentId() == null || section.parentId() != governing.id() || !section.status().isOpen()
					|| confirmed.contains(section.id()) || alreadySent(plan, period, section, lead)) {
				continue;
			}
			List<String> to;
			try {
				to = staff.emailsOf(section.code(), Role.UNIT_ADMIN);
			}
			catch (RuntimeException keycloakDown) {
				log.warn("Report {} {} reminder for {} not sent: unit admins not found ({})", plan.getNumber(), period,
						section.code(), keycloakDown.getMessage());
				continue;
			}
			try {
				jdbc.sql("""
						insert into report_reminder (plan_id, period, unit_id, lead_days, due_on, recipients, sent_at)
						values (?, ?, ?, ?, ?, ?, ?)""")
					.params(plan.getId(), period, section.id(), lead, Date.valueOf(due), to.size(),
							Timestamp.from(clock.instant()))
					.update();
			}
			catch (DuplicateKeyException sentByAnotherNode) {
				continue;
			}
			if (to.isEmpty()) {
				log.warn("No unit admin with an e-mail in {}: report {} {} reminder not delivered", section.code(),
						plan.getNumber(), period);
			}
			Object[] args = { plan.getNumber(), period, DAY.format(due), lead, section.name() };
			String subject = messages.getMessage("report.reminder.subject", args, VIETNAMESE);
			String body = messages.getMessage("report.reminder.body", args, VIETNAMESE);
			to.forEach(address -> emails.send(address, subject, body));
			sent++;
		}
		return sent;
	}

	private boolean alreadySent(Plan plan, String period, OrgUnitSummary section, int lead) {
		return jdbc.sql(
				"select count(*) from report_reminder where plan_id = ? and period = ? and unit_id = ? and lead_days = ?")
			.params(plan.getId(), period, section.id(), lead)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * The period whose report is due on this day: a MONTHLY "05" is due on the 5th for
	 * the month before, a YEARLY "30/11" on 30 November for that year.
	 */
	static Optional<String> periodDueOn(ReportDue due, LocalDate day) {
		try {
			String[] parts = due.dueDay().split("/");
			int dayOfMonth = Integer.parseInt(parts[0].trim());
			if ("MONTHLY".equals(due.kind()) && day.getDayOfMonth() == Math.min(dayOfMonth, day.lengthOfMonth())) {
				return Optional.of(YearMonth.from(day).minusMonths(1).toString());
			}
			if ("YEARLY".equals(due.kind()) && parts.length == 2
					&& day.getMonthValue() == Integer.parseInt(parts[1].trim()) && day.getDayOfMonth() == dayOfMonth) {
				return Optional.of(String.valueOf(day.getYear()));
			}
		}
		catch (NumberFormatException notADay) {
			log.warn("Report due day '{}' is not a day", due.dueDay());
		}
		return Optional.empty();
	}

	/** Only the reports of periods within the plan's own period. */
	static boolean covers(Plan plan, String period) {
		LocalDate start = period.length() == 4 ? LocalDate.of(Integer.parseInt(period), 1, 1)
				: YearMonth.parse(period).atDay(1);
		LocalDate end = period.length() == 4 ? start.withDayOfYear(start.lengthOfYear())
				: YearMonth.parse(period).atEndOfMonth();
		return !end.isBefore(plan.getPeriodStart()) && !start.isAfter(plan.getPeriodEnd());
	}

}
