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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import vn.hocso.learner.LearnerCategory;
import vn.hocso.organization.OrgUnitDirectory;
import vn.hocso.platform.VietnamTime;

/**
 * A plan's documents: who may create a plan, the monthly report as a workbook and as an
 * official PDF, and which units have confirmed their section.
 */
@PlanningModuleTest
@Transactional
class PlanDocumentsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrgUnitDirectory units;

	@Autowired
	PlanningLearners learners;

	PlanningFixture fixture;

	long plan;

	final LocalDate today = LocalDate.now(VietnamTime.ZONE);

	@BeforeEach
	void aDistrict() throws Exception {
		learners.clear();
		fixture = new PlanningFixture(mvc, units, learners);
		fixture.createCommune("PLR-D", "NA");
		fixture.createCommune("PLR-D-A", "PLR-D");
		plan = fixture.planId("420/KH-UBND");
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
