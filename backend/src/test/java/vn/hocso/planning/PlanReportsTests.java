package vn.hocso.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.hocso.planning.PlanningFixture.ADMIN;
import static vn.hocso.planning.PlanningFixture.REPORTER;
import static vn.hocso.planning.PlanningFixture.UNIT_ADMIN;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import vn.hocso.enrolment.EnrolmentDirectory;
import vn.hocso.enrolment.EnrolmentLifecycle;
import vn.hocso.enrolment.domain.WaveService;
import vn.hocso.learner.LearnerCategory;
import vn.hocso.organization.OrgUnitDirectory;
import vn.hocso.planning.domain.IndicatorRepository;
import vn.hocso.planning.domain.SnapshotJob;
import vn.hocso.platform.VietnamTime;

/**
 * Monthly and yearly reports: built from snapshots, as files, and confirmed unit by unit.
 * <p>
 * A journey: reports are built from real waves and completions and recounted from
 * enrolment's rows, with the journey group of {@link PlanProgressTests} (one context).
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(PlanningLearners.Config.class)
@Transactional
class PlanReportsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrgUnitDirectory units;

	@Autowired
	PlanningLearners learners;

	@Autowired
	WaveService waves;

	@Autowired
	EnrolmentDirectory enrolments;

	@Autowired
	EnrolmentLifecycle lifecycle;

	@Autowired
	SnapshotJob snapshots;

	@Autowired
	IndicatorRepository indicators;

	PlanningFixture fixture;

	long plan;

	long officials;

	final LocalDate today = LocalDate.now(VietnamTime.ZONE);

	final YearMonth lastMonth = YearMonth.from(today).minusMonths(1);

	@BeforeEach
	void aDistrict() throws Exception {
		learners.clear();
		fixture = new PlanningFixture(mvc, units, learners, waves, enrolments, lifecycle);
		fixture.createCommune("PLR-D", "NA");
		fixture.createCommune("PLR-D-A", "PLR-D");
		fixture.createCommune("PLR-D-B", "PLR-D");
		plan = fixture.planId("420/KH-UBND");
		officials = fixture.indicatorId(plan, 1);
	}

	@Test
	void lastMonthsReportReproducedAfterNewCompletionsGivesLastMonthsFigures() throws Exception {
		fixture.register("PLR-D-A", LearnerCategory.CONG_CHUC, 8);
		fixture.register("PLR-D-B", LearnerCategory.CONG_CHUC, 4);
		long wave = fixture.waveFor("PLR-D", 601);
		fixture.complete(wave, 3, lastMonth.atDay(10));
		snapshots.snapshot(indicators.findById(officials).orElseThrow(), lastMonth.atEndOfMonth());

		// After the month closed: a late completion dated in that month, more learners
		// and completions today.
		fixture.complete(wave, 2, lastMonth.atDay(20));
		fixture.register("PLR-D-B", LearnerCategory.CONG_CHUC, 5);
		fixture.complete(wave, 4, today);

		String unit = String.valueOf(fixture.unit("PLR-D").id());
		mvc.perform(
				get("/api/plans/{p}/reports/{period}", plan, lastMonth.toString()).param("unitId", unit).with(REPORTER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.basis").value("SNAPSHOT"))
			.andExpect(jsonPath("$.snapshotDay").value(lastMonth.atEndOfMonth().toString()))
			.andExpect(jsonPath("$.total.completed").value(3))
			.andExpect(jsonPath("$.total.headcount").value(12))
			.andExpect(jsonPath("$.total.enrolled").value(12))
			.andExpect(jsonPath("$.lines.length()").value(2));
		mvc.perform(get("/api/plans/{p}/reports/{period}", plan, YearMonth.from(today).toString()).param("unitId", unit)
			.with(REPORTER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total.completed").value(9))
			.andExpect(jsonPath("$.total.headcount").value(17));
	}

	@Test
	void theReportsFiguresEqualARecountFromTheRawRows() throws Exception {
		fixture.register("PLR-D-A", LearnerCategory.CONG_CHUC, 6);
		fixture.register("PLR-D-B", LearnerCategory.VIEN_CHUC, 7);
		long waveA = fixture.waveFor("PLR-D-A", 602);
		long waveB = fixture.waveFor("PLR-D-B", 602);
		fixture.complete(waveA, 4, today);
		fixture.complete(waveB, 1, today);
		String unit = String.valueOf(fixture.unit("PLR-D").id());

		long completedA = enrolments.ofWave(waveA).stream().filter(e -> e.completedAt() != null).count();
		long completedB = enrolments.ofWave(waveB).stream().filter(e -> e.completedAt() != null).count();
		mvc.perform(get("/api/plans/{p}/reports/{period}", plan, YearMonth.from(today).toString()).param("unitId", unit)
			.with(REPORTER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.lines[0].code").value("PLR-D-A"))
			.andExpect(jsonPath("$.lines[0].completed").value(completedA))
			.andExpect(jsonPath("$.lines[0].enrolled").value(enrolments.ofWave(waveA).size()))
			.andExpect(jsonPath("$.lines[1].completed").value(completedB))
			.andExpect(jsonPath("$.lines[1].headcount").value(7))
			.andExpect(jsonPath("$.total.completed").value(completedA + completedB));
	}

	@Test
	void theMonthlyReportDownloadsAsAWorkbookAndAsAnOfficialPdf() throws Exception {
		fixture.register("PLR-D-A", LearnerCategory.CONG_CHUC, 3);
		String period = YearMonth.from(today).toString();
		byte[] xlsx = mvc
			.perform(get("/api/plans/{p}/reports/{period}/file", plan, period).param("format", "xlsx").with(REPORTER))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(".xlsx")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(xlsx, 0, 2, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PK");
		byte[] pdf = mvc
			.perform(get("/api/plans/{p}/reports/{period}/file", plan, period).param("format", "pdf").with(REPORTER))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		String html = vn.hocso.planning.document.PdfPlanReportAccess.html(mvc, plan, period);
		assertThat(html).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
				"Số: BC-420-KH-UBND-" + period, "TM. ỦY BAN NHÂN DÂN TỈNH");
	}

	@Test
	void theProvinceSeesWhichUnitsHaveNotConfirmedTheirSection() throws Exception {
		String period = YearMonth.from(today).toString();
		mvc.perform(post("/api/plans/{p}/reports/{period}/confirmations", plan, period)
			.param("unitId", String.valueOf(fixture.unit("NA-DIENCHAU").id()))
			.with(UNIT_ADMIN)).andExpect(status().isNoContent());
		mvc.perform(post("/api/plans/{p}/reports/{period}/confirmations", plan, period)
			.param("unitId", String.valueOf(fixture.unit("NA-VINH").id()))
			.with(UNIT_ADMIN)).andExpect(status().isForbidden());

		mvc.perform(get("/api/plans/{p}/reports/{period}/confirmations", plan, period).with(REPORTER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.code == 'NA-DIENCHAU')].confirmedBy").value("demo.unitadmin"))
			.andExpect(jsonPath("$[?(@.code == 'NA-VINH')].confirmedBy")
				.value(org.hamcrest.Matchers.contains(org.hamcrest.Matchers.nullValue())));
		mvc.perform(get("/api/plans/{p}/reports/{period}/confirmations", plan, period).with(UNIT_ADMIN))
			.andExpect(jsonPath("$.length()").value(1));
	}

	@Test
	void aReporterCannotCreatePlansAndAnAdminCan() throws Exception {
		String body = """
				{"number":"99/KH-UBND","issuer":"UBND tỉnh Nghệ An","title":"Kế hoạch thử","governingUnitId":%d,
				 "periodStart":"2026-01-01","periodEnd":"2026-12-31","implementsRef":"146/QĐ-TTg"}
				""".formatted(fixture.unit("NA").id());
		mvc.perform(post("/api/plans").with(REPORTER).contentType("application/json").content(body))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/plans").with(ADMIN).contentType("application/json").content(body))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.implementsRef").value("146/QĐ-TTg"));
	}

}
