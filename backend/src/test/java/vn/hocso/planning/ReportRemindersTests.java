package vn.hocso.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willAnswer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.hocso.planning.PlanningFixture.ADMIN;
import static vn.hocso.planning.PlanningFixture.UNIT_ADMIN;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import vn.hocso.identity.Role;
import vn.hocso.identity.StaffContacts;
import vn.hocso.organization.OrgUnitDirectory;
import vn.hocso.planning.domain.ReportReminders;
import vn.hocso.reminder.ReminderEmails;

/**
 * Due-date reminders of a plan with a monthly report due on the 5th and a yearly one due
 * on 30/11, reminded 3 and 1 days before (the defaults): the units under the province
 * that have not confirmed their section get one e-mail per report and lead day.
 */
@PlanningModuleTest
@Transactional
class ReportRemindersTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrgUnitDirectory units;

	@Autowired
	ReportReminders reminders;

	@Autowired
	ReminderEmails emails;

	@Autowired
	StaffContacts staff;

	final Mailboxes mailboxes = new Mailboxes();

	long plan;

	String number;

	@BeforeEach
	void aPlanOfTheProvinceWithMonthlyAndYearlyReports() throws Exception {
		mailboxes.sent.clear();
		mailboxes.standIn(emails, staff);
		number = "RM-" + System.nanoTime() % 1_000_000 + "/KH";
		String body = mvc.perform(post("/api/plans").with(ADMIN).contentType("application/json").content("""
				{"number":"%s","issuer":"UBND tỉnh Nghệ An","title":"Kế hoạch có báo cáo","governingUnitId":%d,
				 "periodStart":"2026-01-01","periodEnd":"2026-12-31",
				 "reportDues":[{"kind":"MONTHLY","dueDay":"05","recipient":"UBND tỉnh"},
				               {"kind":"YEARLY","dueDay":"30/11","recipient":"Bộ TT&TT"}]}
				""".formatted(number, unit("NA"))))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		plan = ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	@Test
	void unitsThatHaveNotConfirmedAreRemindedThreeDaysBeforeTheMonthlyDueDate() {
		reminders.remind(LocalDate.of(2026, 10, 2));

		List<String> to = mailboxes.to(number);
		assertThat(to).contains("na-dienchau@units.test", "na-vinh@units.test");
		assertThat(mailboxes.subjects(number))
			.allMatch(subject -> subject.contains("2026-09") && subject.contains("3 ngày"));
		assertThat(mailboxes.bodies(number)).anyMatch(body -> body.contains("05/10/2026"));
	}

	@Test
	void aUnitThatConfirmedItsSectionIsNotReminded() throws Exception {
		mvc.perform(post("/api/plans/{p}/reports/{period}/confirmations", plan, "2026-09")
			.param("unitId", String.valueOf(unit("NA-DIENCHAU")))
			.with(UNIT_ADMIN)).andExpect(status().isNoContent());

		reminders.remind(LocalDate.of(2026, 10, 2));

		assertThat(mailboxes.to(number)).doesNotContain("na-dienchau@units.test").contains("na-vinh@units.test");
	}

	@Test
	void aReminderIsSentOncePerReportUnitAndLeadDayHoweverOftenTheJobRuns() {
		reminders.remind(LocalDate.of(2026, 10, 2));
		int first = mailboxes.to(number).size();
		reminders.remind(LocalDate.of(2026, 10, 2));
		assertThat(mailboxes.to(number)).hasSize(first);

		reminders.remind(LocalDate.of(2026, 10, 3));
		assertThat(mailboxes.to(number)).as("two days before is not a lead day").hasSize(first);

		reminders.remind(LocalDate.of(2026, 10, 4));
		assertThat(mailboxes.to(number)).as("the one-day reminder").hasSize(2 * first);
		assertThat(mailboxes.to(number).stream().filter("na-vinh@units.test"::equals)).hasSize(2);
	}

	@Test
	void theYearlyReportIsRemindedBeforeItsDueDayAndNotOutsideThePlansPeriod() {
		reminders.remind(LocalDate.of(2026, 11, 27));
		assertThat(mailboxes.subjects(number)).isNotEmpty().allMatch(subject -> subject.contains(" 2026 "));

		mailboxes.sent.clear();
		reminders.remind(LocalDate.of(2027, 1, 2));
		assertThat(mailboxes.to(number)).as("December 2026 is in the plan, its report is due 05/01/2027")
			.contains("na-vinh@units.test");
		mailboxes.sent.clear();
		reminders.remind(LocalDate.of(2027, 2, 2));
		assertThat(mailboxes.to(number)).as("January 2027 is after the plan's period").isEmpty();
	}

	private long unit(String code) {
		return units.findSummaryByCode(code).orElseThrow().id();
	}

	record Mail(String to, String subject, String body) {
	}

	/**
	 * Every unit admin is {@code <unit code>@units.test}; e-mails are kept instead of
	 * sent.
	 */
	static class Mailboxes {

		final List<Mail> sent = new CopyOnWriteArrayList<>();

		/** Makes the reminder module's mailer and identity's contacts (mocks) this. */
		void standIn(ReminderEmails emails, StaffContacts staff) {
			willAnswer(call -> {
				sent.add(new Mail(call.getArgument(0), call.getArgument(1), call.getArgument(2)));
				return null;
			}).given(emails).send(anyString(), anyString(), anyString());
			given(staff.emailsOf(anyString(), any(Role.class)))
				.willAnswer(call -> call.getArgument(1) == Role.UNIT_ADMIN
						? List.of(call.<String>getArgument(0).toLowerCase(Locale.ROOT) + "@units.test") : List.of());
		}

		List<String> to(String planNumber) {
			return sent.stream().filter(mail -> mail.subject().contains(planNumber)).map(Mail::to).toList();
		}

		List<String> subjects(String planNumber) {
			return sent.stream().filter(mail -> mail.subject().contains(planNumber)).map(Mail::subject).toList();
		}

		List<String> bodies(String planNumber) {
			return sent.stream().filter(mail -> mail.subject().contains(planNumber)).map(Mail::body).toList();
		}

	}

}
