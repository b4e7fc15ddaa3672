package vn.hocso.headcount.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import com.jayway.jsonpath.JsonPath;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import vn.hocso.headcount.HeadcountModuleTest;
import vn.hocso.headcount.VerifiedPopulations;
import vn.hocso.organization.OrgUnitDirectory;
import vn.hocso.testing.KeycloakJwt;

/**
 * A commune's working-age population is declared with its source by a unit admin of the
 * commune or above, and verified by someone above the commune who did not declare it;
 * only then is it a denominator.
 */
@HeadcountModuleTest
@Transactional
class PopulationWorkflowTests {

	static final RequestPostProcessor DISTRICT_ADMIN = KeycloakJwt.user("demo.unitadmin", "NA-DIENCHAU", "UNIT_ADMIN");

	static final RequestPostProcessor OTHER_DISTRICT_ADMIN = KeycloakJwt.user("vinh.admin", "NA-VINH", "UNIT_ADMIN");

	static final RequestPostProcessor COMMUNE_ADMIN = KeycloakJwt.user("dienky.admin", "NA-DIENCHAU-DIENKY",
			"UNIT_ADMIN");

	static final RequestPostProcessor VERIFIER = KeycloakJwt.user("demo.verifier", "NA-SNV", "VERIFIER");

	static final RequestPostProcessor REPORTER = KeycloakJwt.user("demo.reporter", "NA", "REPORTER");

	static final RequestPostProcessor TRAINER = KeycloakJwt.user("demo.trainer", "NA-DIENCHAU-DIENKY", "TRAINER");

	@Autowired
	MockMvc mvc;

	@Autowired
	OrgUnitDirectory units;

	@Autowired
	VerifiedPopulations verified;

	@Test
	void aCommunesFigureCountsOnlyOnceSomeoneAboveItVerifiedIt() throws Exception {
		long id = declare(COMMUNE_ADMIN, "NA-DIENCHAU-DIENKY", 5210).andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("SUBMITTED"))
			.andExpect(jsonPath("$.source").value("Chi cục Thống kê 2024"))
			.andReturn()
			.getResponse()
			.getContentAsString()
			.transform(this::id);
		assertThat(verified.workingAgeByUnitInSubtree(unit("NA-DIENCHAU-DIENKY").path(), 2026)).isEmpty();

		mvc.perform(post("/api/populations/{id}/approve", id).with(DISTRICT_ADMIN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPROVED"))
			.andExpect(jsonPath("$.decidedBy").value("demo.unitadmin"));
		assertThat(verified.workingAgeByUnitInSubtree(unit("NA-DIENCHAU").path(), 2026)).containsEntry(
				unit("NA-DIENCHAU-DIENKY").id(), new VerifiedPopulations.Figure(5210, "2026", "Chi cục Thống kê 2024"));
		// A later year without its own figure yet keeps the latest verified one
		// (statistics come a year late).
		assertThat(verified.workingAgeByUnitInSubtree(unit("NA-DIENCHAU").path(), 2027)).hasSize(1);
		assertThat(verified.workingAgeByUnitInSubtree(unit("NA-DIENCHAU").path(), 2025)).isEmpty();
	}

	@Test
	void nobodyVerifiesTheirOwnDeclarationNorACommuneAdminTheirOwnCommune() throws Exception {
		long byDistrict = declare(DISTRICT_ADMIN, "NA-DIENCHAU-DIENHONG", 6180).andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString()
			.transform(this::id);
		mvc.perform(post("/api/populations/{id}/approve", byDistrict).with(DISTRICT_ADMIN))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("population.own-declaration"));

		long byCommune = declare(COMMUNE_ADMIN, "NA-DIENCHAU-DIENKY", 5210).andReturn()
			.getResponse()
			.getContentAsString()
			.transform(this::id);
		RequestPostProcessor colleague = KeycloakJwt.user("dienky.admin2", "NA-DIENCHAU-DIENKY", "UNIT_ADMIN");
		mvc.perform(post("/api/populations/{id}/approve", byCommune).with(colleague))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("population.own-unit"));
		mvc.perform(post("/api/populations/{id}/approve", byCommune).with(OTHER_DISTRICT_ADMIN))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/populations/{id}/approve", byCommune).with(REPORTER)).andExpect(status().isForbidden());
		mvc.perform(post("/api/populations/{id}/approve", byCommune).with(VERIFIER)).andExpect(status().isOk());
	}

	@Test
	void aUnitAdminCannotDeclareForACommuneOfAnotherDistrictNorForANonCommune() throws Exception {
		declare(DISTRICT_ADMIN, "NA-VINH-LEMAO", 9460).andExpect(status().isForbidden());
		declare(COMMUNE_ADMIN, "NA-DIENCHAU-DIENHONG", 6180).andExpect(status().isForbidden());
		declare(DISTRICT_ADMIN, "NA-DIENCHAU", 60000).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("population.not-commune"));
		declare(VERIFIER, "NA-DIENCHAU-DIENKY", 5210).andExpect(status().isForbidden());
		declare(REPORTER, "NA-DIENCHAU-DIENKY", 5210).andExpect(status().isForbidden());
		declare(TRAINER, "NA-DIENCHAU-DIENKY", 5210).andExpect(status().isForbidden());
		mvc.perform(get("/api/populations").param("period", "2026").with(TRAINER)).andExpect(status().isForbidden());
		mvc.perform(
				get("/api/populations").param("period", "2026").param("unitId", idOf("NA-VINH")).with(DISTRICT_ADMIN))
			.andExpect(status().isForbidden());
	}

	@Test
	void aReturnedFigureIsCorrectedByANewRevisionAndTheApprovedOneStaysUntilItsSuccessorIsApproved() throws Exception {
		long first = declare(DISTRICT_ADMIN, "NA-DIENCHAU-DIENTHAP", 4960).andReturn()
			.getResponse()
			.getContentAsString()
			.transform(this::id);
		mvc.perform(post("/api/populations/{id}/approve", first).with(VERIFIER)).andExpect(status().isOk());
		long second = declare(DISTRICT_ADMIN, "NA-DIENCHAU-DIENTHAP", 5100).andExpect(jsonPath("$.revision").value(2))
			.andReturn()
			.getResponse()
			.getContentAsString()
			.transform(this::id);
		mvc.perform(post("/api/populations/{id}/return", second).with(VERIFIER)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"Số liệu chưa khớp niên giám\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RETURNED"));
		assertThat(figureOf("NA-DIENCHAU-DIENTHAP")).isEqualTo(4960);
		mvc.perform(post("/api/populations/{id}/approve", second).with(VERIFIER)).andExpect(status().isConflict());

		long third = declare(DISTRICT_ADMIN, "NA-DIENCHAU-DIENTHAP", 5050).andExpect(jsonPath("$.revision").value(3))
			.andReturn()
			.getResponse()
			.getContentAsString()
			.transform(this::id);
		mvc.perform(post("/api/populations/{id}/approve", third).with(VERIFIER)).andExpect(status().isOk());
		assertThat(figureOf("NA-DIENCHAU-DIENTHAP")).isEqualTo(5050);
		mvc.perform(get("/api/populations/history").param("unitId", idOf("NA-DIENCHAU-DIENTHAP"))
			.param("period", "2026")
			.with(REPORTER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].status")
				.value(org.hamcrest.Matchers.contains("APPROVED", "RETURNED", "SUPERSEDED")));
		mvc.perform(get("/api/populations").param("period", "2026").with(DISTRICT_ADMIN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.code == 'NA-DIENCHAU-DIENTHAP')].approved.workingAge")
				.value(org.hamcrest.Matchers.contains(5050)))
			.andExpect(jsonPath("$[?(@.code == 'NA-VINH-LEMAO')]").isEmpty());
	}

	@Test
	void aCsvFileIsImportedWholeOrNotAtAllWithItsProblemsNamedByRow() throws Exception {
		String bad = """
				Dân số trong độ tuổi lao động theo xã, năm 2026
				Mã đơn vị;Tên;Dân số trong độ tuổi lao động;Nguồn số liệu
				NA-DIENCHAU-DIENKY;Xã Diễn Kỷ;5.210;Chi cục Thống kê 2024
				NA-VINH-LEMAO;Phường Lê Mao;9460;
				NA-DIENCHAU-DIENHONG;Xã Diễn Hồng;sáu nghìn;
				""";
		importFile("dan-so.csv", bad.getBytes(StandardCharsets.UTF_8), DISTRICT_ADMIN)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("population.import-rows"))
			.andExpect(jsonPath("$.detail").value(containsString("Dòng 4")))
			.andExpect(jsonPath("$.detail").value(containsString("Dòng 5")));
		assertThat(verifiedOrPending("NA-DIENCHAU-DIENKY")).isZero();

		String good = """
				Mã đơn vị,Dân số trong độ tuổi lao động,Nguồn số liệu
				NA-DIENCHAU-DIENKY,5210,
				NA-DIENCHAU-DIENHONG,"6,180",Điều tra dân số 2024
				""";
		importFile("dan-so.csv", good.getBytes(StandardCharsets.UTF_8), DISTRICT_ADMIN).andExpect(status().isOk())
			.andExpect(jsonPath("$.declared").value(2))
			.andExpect(jsonPath("$.declarations[?(@.workingAge == 6180)].source")
				.value(org.hamcrest.Matchers.contains("Điều tra dân số 2024")))
			.andExpect(jsonPath("$.declarations[?(@.workingAge == 5210)].source")
				.value(org.hamcrest.Matchers.contains("Chi cục Thống kê 2024")));
	}

	@Test
	void anXlsxWorkbookIsImportedToo() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (Workbook workbook = new Workbook(out, "hocso", "1.0")) {
			Worksheet sheet = workbook.newWorksheet("Dân số");
			sheet.value(0, 0, "Mã đơn vị");
			sheet.value(0, 1, "Dân số trong độ tuổi lao động");
			sheet.value(0, 2, "Năm");
			sheet.value(1, 0, "NA-DIENCHAU-DIENKY");
			sheet.value(1, 1, 5210);
			sheet.value(1, 2, 2026);
		}
		importFile("dan-so.xlsx", out.toByteArray(), DISTRICT_ADMIN).andExpect(status().isOk())
			.andExpect(jsonPath("$.declared").value(1))
			.andExpect(jsonPath("$.declarations[0].workingAge").value(5210));
	}

	private ResultActions importFile(String name, byte[] content, RequestPostProcessor caller) throws Exception {
		return mvc.perform(multipart("/api/populations/import")
			.file(new MockMultipartFile("file", name, "application/octet-stream", content))
			.param("period", "2026")
			.param("source", "Chi cục Thống kê 2024")
			.with(caller));
	}

	private ResultActions declare(RequestPostProcessor caller, String unitCode, long workingAge) throws Exception {
		return mvc.perform(post("/api/populations").with(caller).contentType(MediaType.APPLICATION_JSON).content("""
				{"unitId":%d,"period":"2026","workingAge":%d,"source":"Chi cục Thống kê 2024"}
				""".formatted(unit(unitCode).id(), workingAge)));
	}

	private long figureOf(String unitCode) {
		return verified.workingAgeByUnitInSubtree(unit(unitCode).path(), 2026).get(unit(unitCode).id()).workingAge();
	}

	private int verifiedOrPending(String unitCode) throws Exception {
		String body = mvc.perform(
				get("/api/populations/history").param("unitId", idOf(unitCode)).param("period", "2026").with(REPORTER))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((java.util.List<?>) JsonPath.read(body, "$")).size();
	}

	private long id(String json) {
		return ((Number) JsonPath.read(json, "$.id")).longValue();
	}

	private String idOf(String unitCode) {
		return String.valueOf(unit(unitCode).id());
	}

	private vn.hocso.organization.OrgUnitSummary unit(String code) {
		return units.findSummaryByCode(code).orElseThrow();
	}

}
