package vn.hocso.learner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;

import vn.hocso.platform.jobs.ClusterJobs;
import vn.hocso.testing.KeycloakJwt;

/**
 * A file above the background threshold answers 202 at once and is validated as its
 * uploader.
 */
@LearnerModuleTest
class BackgroundImportTests {

	static final JwtRequestPostProcessor UNIT_ADMIN = KeycloakJwt.user("demo.unitadmin", "NA-DIENCHAU", "UNIT_ADMIN");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ClusterJobs cluster;

	@Test
	void aBigFileIsValidatedInTheBackgroundWithTheUploadersScope() throws Exception {
		String tag = StaffLists.uniqueTag();
		List<List<String>> rows = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			rows.add(StaffLists.row("Lữ Văn Số " + i + " " + tag, "01/02/1980", "", "NA-DIENCHAU-DIENKY"));
		}
		rows.add(StaffLists.row("Lữ Văn Ngoài " + tag, "01/02/1980", "", "NA-VINH-LEMAO"));
		String body = mvc
			.perform(multipart("/api/learner-imports")
				.file(new MockMultipartFile("file", "big.xlsx", "application/octet-stream", StaffLists.xlsx(rows)))
				.with(UNIT_ADMIN))
			.andExpect(status().isAccepted())
			.andExpect(jsonPath("$.status").value("VALIDATING"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = ((Number) JsonPath.read(body, "$.id")).longValue();

		String report = awaitValidated(id);
		assertThat((Integer) JsonPath.read(report, "$.progress")).isEqualTo(100);
		assertThat((Integer) JsonPath.read(report, "$.validRows")).isEqualTo(30);
		assertThat((List<String>) JsonPath.read(report, "$.errors[*].code")).containsExactly("unit-out-of-scope");
		mvc.perform(post("/api/learner-imports/{id}/commit", id).with(UNIT_ADMIN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"mode\":\"VALID_ROWS_ONLY\"}")).andExpect(jsonPath("$.created").value(30));
	}

	@Test
	void anImportLeftValidatingByANodeThatDiedIsValidatedByAnotherAndOneWithoutAKeptScopeFails() throws Exception {
		long kept = uploadBig();
		awaitValidated(kept);
		long unscoped = uploadBig();
		awaitValidated(unscoped);
		// What a node that died between the upload's commit and the queuing leaves: the
		// import VALIDATING,
		// no task, no run. The second was uploaded by a version that kept no scope.
		for (long id : List.of(kept, unscoped)) {
			jdbc.update("update learner_import set status = 'VALIDATING', progress = 0 where id = ?", id);
			jdbc.update("delete from job_run where task_name = 'learner-import-validation' and period_key = ?",
					Long.toString(id));
		}
		jdbc.update("update learner_import set validation_scope = null where id = ?", unscoped);

		cluster.submit("learner-import-validation", kept);
		cluster.submit("learner-import-validation", unscoped);

		String report = awaitValidated(kept);
		assertThat((Integer) JsonPath.read(report, "$.validRows")).isEqualTo(30);
		assertThat((List<String>) JsonPath.read(report, "$.errors[*].code")).containsExactly("unit-out-of-scope");
		Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
		while (!"FAILED".equals(importStatus(unscoped)) && Instant.now().isBefore(deadline)) {
			Thread.sleep(100);
		}
		assertThat(importStatus(unscoped)).isEqualTo("FAILED");
		assertThat(
				jdbc.queryForList(
						"select outcome from job_run where task_name = 'learner-import-validation'"
								+ " and period_key in (?, ?)",
						String.class, Long.toString(kept), Long.toString(unscoped)))
			.containsExactly("SUCCEEDED", "SUCCEEDED");
	}

	private String importStatus(long id) {
		return jdbc.queryForObject("select status from learner_import where id = ?", String.class, id);
	}

	private long uploadBig() throws Exception {
		String tag = StaffLists.uniqueTag();
		List<List<String>> rows = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			rows.add(StaffLists.row("Lữ Văn Số " + i + " " + tag, "01/02/1980", "", "NA-DIENCHAU-DIENKY"));
		}
		rows.add(StaffLists.row("Lữ Văn Ngoài " + tag, "01/02/1980", "", "NA-VINH-LEMAO"));
		String body = mvc
			.perform(multipart("/api/learner-imports")
				.file(new MockMultipartFile("file", "big.xlsx", "application/octet-stream", StaffLists.xlsx(rows)))
				.with(UNIT_ADMIN))
			.andExpect(status().isAccepted())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	private String awaitValidated(long id) throws Exception {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
		while (true) {
			String report = mvc.perform(get("/api/learner-imports/{id}", id).with(UNIT_ADMIN))
				.andReturn()
				.getResponse()
				.getContentAsString();
			if (!"VALIDATING".equals(JsonPath.read(report, "$.status")) || Instant.now().isAfter(deadline)) {
				assertThat((String) JsonPath.read(report, "$.status")).isEqualTo("VALIDATED");
				return report;
			}
			Thread.sleep(100);
		}
	}

}
