package vn.hocso.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

import vn.hocso.HocSoApplication;
import vn.hocso.calendar.DayKind;
import vn.hocso.calendar.WorkingDayCalendar;
import vn.hocso.calendar.domain.CalendarDays;
import vn.hocso.certificate.domain.CertificateTemplates;
import vn.hocso.certificate.domain.VerificationBudget;
import vn.hocso.testing.AsCaller;

/**
 * Two nodes on one database (this test's context, node A, and a second application
 * context, node B, started on the same database): what one node saves or counts, the
 * other sees within a few seconds — the working-day calendar behind every deadline, the
 * certificate template, and the public verification budget.
 */
@SpringBootTest
@AutoConfigureMockMvc // no MockMvc here: shares the context of the tests that use it
class SharedAcrossNodesTests {

	/**
	 * What "within a few seconds" means here: the refresh interval (5 s) and some slack
	 * for a loaded machine.
	 */
	private static final Duration FEW_SECONDS = Duration.ofSeconds(12);

	private static ConfigurableApplicationContext nodeB;

	@Autowired
	Environment environment;

	@Autowired
	WorkingDayCalendar calendarA;

	@Autowired
	CertificateTemplates templatesA;

	@Autowired
	VerificationBudget budgetA;

	@BeforeEach
	void startNodeB() {
		if (nodeB == null) {
			nodeB = new SpringApplicationBuilder(HocSoApplication.class).run("--server.port=0",
					"--spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
					"--hocso.jobs.enabled=false", "--spring.main.banner-mode=off");
		}
	}

	@AfterAll
	static void stopNodeB() {
		if (nodeB != null) {
			nodeB.close();
		}
	}

	@Test
	void aHolidaySavedOnNodeBMovesADeadlineComputedOnNodeAWithinAFewSeconds() throws Exception {
		LocalDate tuesday = LocalDate.of(2031, 3, 4);
		LocalDate wednesday = tuesday.plusDays(1);
		assertThat(calendarA.addWorkingDays(tuesday, 1)).isEqualTo(wednesday);
		AsCaller.signIn("demo.admin", "NA", "ADMIN");
		try {
			nodeB.getBean(CalendarDays.class)
				.put(wednesday, DayKind.PUBLIC_HOLIDAY, "Ngày nghỉ thử", "Test holiday", null);
			long savedAt = System.nanoTime();

			LocalDate deadline = await(() -> calendarA.addWorkingDays(tuesday, 1), wednesday.plusDays(1));

			assertThat(deadline).isEqualTo(wednesday.plusDays(1));
			assertThat(Duration.ofNanos(System.nanoTime() - savedAt)).isLessThan(FEW_SECONDS);
		}
		finally {
			nodeB.getBean(CalendarDays.class).delete(wednesday);
			AsCaller.signOut();
		}
		assertThat(await(() -> calendarA.addWorkingDays(tuesday, 1), wednesday)).isEqualTo(wednesday);
	}

	@Test
	void aCertificateTemplateSavedOnNodeBIsUsedOnNodeAWithinAFewSeconds() throws Exception {
		CertificateTemplates templatesB = nodeB.getBean(CertificateTemplates.class);
		String template = "<html><body><p>Chứng nhận (node B) {{fullName}}</p></body></html>";
		assertThat(templatesA.current()).isNotEqualTo(template);
		try {
			templatesB.replace(template);

			assertThat(await(templatesA::current, template)).isEqualTo(template);
			assertThat(templatesA.isCustom()).isTrue();
		}
		finally {
			templatesB.reset();
		}
		assertThat(await(templatesA::isCustom, false)).isFalse();
	}

	@Test
	void bothNodesDrawOnOneVerificationBudgetPerClient() throws Exception {
		// The budget is 30 a minute per client: keep the test inside one window.
		if (LocalTime.now().getSecond() > 45) {
			Thread.sleep(Duration.ofSeconds(61 - LocalTime.now().getSecond()));
		}
		VerificationBudget budgetB = nodeB.getBean(VerificationBudget.class);
		String client = "198.51.100." + (int) (Math.random() * 250);
		for (int i = 0; i < 15; i++) {
			assertThat(budgetA.take(client)).as("request %d on A", i).isZero();
			assertThat(budgetB.take(client)).as("request %d on B", i).isZero();
		}

		assertThat(budgetA.take(client)).as("the 31st, on A").isPositive();
		assertThat(budgetB.take(client)).as("the 32nd, on B").isPositive().isLessThanOrEqualTo(60);
		assertThat(budgetB.take("198.51.100.251")).as("another client").isZero();
	}

	private static <T> T await(Supplier<T> read, T expected) throws InterruptedException {
		long deadline = System.nanoTime() + FEW_SECONDS.toNanos();
		T value = read.get();
		while (!value.equals(expected) && System.nanoTime() < deadline) {
			Thread.sleep(100);
			value = read.get();
		}
		return value;
	}

}
