package vn.hocso.openlearning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.hocso.openlearning.OpenLearningApi.ADMIN;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import vn.hocso.organization.OrgUnitDirectory;
import vn.hocso.platform.VietnamTime;

/**
 * Opens are counted per commune and day, atomically, and nothing about the person is
 * kept.
 */
@OpenLearningModuleTest
class QrOpenCountTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrgUnitDirectory units;

	@Autowired
	QrReach reach;

	@Autowired
	DataSource dataSource;

	OpenLearningApi api;

	@BeforeEach
	void setUp() {
		api = new OpenLearningApi(mvc, units);
	}

	@Test
	void concurrentScansAreAllCountedForTheCommuneThePosterWasPrintedFor() throws Exception {
		String slug = api.publishedMaterial("Đếm lượt mở");
		long dienKy = api.unit("NA-DIENCHAU-DIENKY");
		long dienHong = api.unit("NA-DIENCHAU-DIENHONG");
		String dienKyCode = code(dienKy, slug);
		String dienHongCode = code(dienHong, slug);
		long dienKyBefore = reach.opensByCommune(today(), today()).getOrDefault(dienKy, 0L);
		long dienHongBefore = reach.opensByCommune(today(), today()).getOrDefault(dienHong, 0L);

		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<Callable<Integer>> scans = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			String code = i % 4 == 0 ? dienHongCode : dienKyCode;
			// Some phones type the short URL in lower case.
			String typed = i % 3 == 0 ? code.toLowerCase() : code;
			scans
				.add(() -> mvc
					.perform(get("/q/{code}", typed).header("X-Forwarded-For", "203.0.113.7")
						.header("User-Agent", "Mozilla/5.0 (Linux; Android 14)"))
					.andReturn()
					.getResponse()
					.getStatus());
		}
		for (Future<Integer> scan : pool.invokeAll(scans)) {
			assertThat(scan.get()).isEqualTo(302);
		}
		pool.shutdown();

		var opens = reach.opensByCommune(today(), today());
		assertThat(opens.get(dienKy) - dienKyBefore).isEqualTo(150);
		assertThat(opens.get(dienHong) - dienHongBefore).isEqualTo(50);
		mvc.perform(get("/api/units/{id}/qr-reach", api.unit("NA-DIENCHAU")).with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.communes[?(@.code == 'NA-DIENCHAU-DIENHONG')].opens")
				.value((int) (dienHongBefore + 50)));
	}

	@Test
	void theCountKeepsOnlyTheCodeTheDayAndTheNumber() throws Exception {
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		List<String> counted = columns(jdbc, "QR_OPEN_DAY");
		List<String> codes = columns(jdbc, "QR_CODE");

		assertThat(counted).containsExactlyInAnyOrder("QR_CODE_ID", "OPEN_DAY", "OPENS");
		assertThat(codes).containsExactlyInAnyOrder("ID", "CODE", "TARGET_TYPE", "TARGET_REF", "UNIT_ID", "UNIT_PATH",
				"CREATED_AT");
	}

	@Test
	void aScanSetsNoCookieAndIsNeverCachedSoEachIsCounted() throws Exception {
		String slug = api.publishedMaterial("Không cookie");
		String code = code(api.unit("NA-DIENCHAU-DIENKY"), slug);

		var response = mvc.perform(get("/q/{code}", code))
			.andExpect(status().isFound())
			.andExpect(header().string("Cache-Control", "no-store"))
			.andReturn()
			.getResponse();
		assertThat(response.getHeaders("Set-Cookie")).isEmpty();
		assertThat(response.getCookies()).isEmpty();
	}

	@Test
	void anUnknownCodeIsNotFoundAndCountsNothing() throws Exception {
		var before = reach.opensByCommune(today(), today());
		mvc.perform(get("/q/{code}", "ZZZZZZ")).andExpect(status().isNotFound());
		assertThat(reach.opensByCommune(today(), today())).isEqualTo(before);
	}

	private String code(long communeId, String slug) throws Exception {
		return mvc
			.perform(get("/api/units/{id}/qr-poster.pdf", communeId).with(ADMIN)
				.param("target", "MATERIAL")
				.param("ref", slug))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getHeader("X-Qr-Code");
	}

	private static LocalDate today() {
		return LocalDate.now(VietnamTime.ZONE);
	}

	private static List<String> columns(JdbcTemplate jdbc, String table) {
		return jdbc.queryForList(
				"SELECT UPPER(column_name) FROM information_schema.columns WHERE UPPER(table_name) = ?", String.class,
				table);
	}

}
