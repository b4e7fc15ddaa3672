package vn.hocso.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The server's OpenAPI document is where the front end's DTO types come from (ADR 0451):
 * {@code npm run api:types} copies it to {@code frontend/openapi/api-docs.json} and
 * generates {@code frontend/src/api/schema.d.ts} from that copy; the front end's own
 * check proves the types match the copy. This test writes the live document to
 * {@code target/openapi/api-docs.json} and fails when the copy differs from it, so that a
 * response changed here cannot leave the front end's types behind.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OpenApiDocumentTests {

	static final Path WRITTEN = Path.of("target", "openapi", "api-docs.json");

	static final Path FRONTEND_COPY = Path.of("..", "frontend", "openapi", "api-docs.json");

	private static final JsonMapper JSON = JsonMapper.shared();

	private static final String HOW_TO_FIX = "the API changed: run `cd frontend && npm run api:types` (it copies "
			+ WRITTEN
			+ ", written by this test) and commit frontend/openapi/api-docs.json and frontend/src/api/schema.d.ts";

	@Autowired
	MockMvc mvc;

	@Test
	void theFrontEndsCopyOfTheOpenApiDocumentIsTheServersDocument() throws Exception {
		var response = mvc.perform(get("/v3/api-docs")).andReturn().getResponse();
		assertThat(response.getStatus()).as("GET /v3/api-docs").isEqualTo(200);
		JsonNode live = JSON.readTree(response.getContentAsString());
		Files.createDirectories(WRITTEN.getParent());
		Files.writeString(WRITTEN, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(live) + "\n");

		assertThat(FRONTEND_COPY).as(HOW_TO_FIX).exists();
		JsonNode copy = JSON.readTree(Files.readString(FRONTEND_COPY));
		List<String> differences = new ArrayList<>();
		differences("", copy, live, differences);
		assertThat(differences).as(HOW_TO_FIX + "; where the copy differs").isEmpty();
	}

	@Test
	void aRecordsComponentsAreRequiredUnlessNullableAndANullableOneAdmitsNull() throws Exception {
		JsonNode schemas = JSON
			.readTree(mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString())
			.get("components")
			.get("schemas");
		// MyEnrolment(long enrolmentId, …, String waveName, …, @Nullable LocalDate
		// deadline, …)
		JsonNode enrolment = schemas.get("MyEnrolment");
		assertThat(enrolment.get("required").valueStream().map(JsonNode::asString))
			.contains("enrolmentId", "waveName", "status")
			.doesNotContain("deadline", "workingDaysLeft");
		assertThat(enrolment.get("properties").get("deadline").get("type").valueStream().map(JsonNode::asString))
			.containsExactlyInAnyOrder("string", "null");
		assertThat(enrolment.get("properties").get("waveName").get("type").asString()).isEqualTo("string");
		// MeResponse(…, @Nullable CallerUnit orgUnit): a reference, or null.
		JsonNode orgUnit = schemas.get("MeResponse").get("properties").get("orgUnit");
		assertThat(orgUnit.get("anyOf").get(0).get("$ref").asString()).isEqualTo("#/components/schemas/CallerUnit");
		assertThat(orgUnit.get("anyOf").get(1).get("type").asString()).isEqualTo("null");
		// ParticipantRow(…, List<@Nullable MarkView> marks, …): the list is always there,
		// a session without a mark is null.
		JsonNode participant = schemas.get("ParticipantRow");
		assertThat(participant.get("required").valueStream().map(JsonNode::asString)).contains("marks");
		JsonNode mark = participant.get("properties").get("marks").get("items");
		assertThat(mark.get("anyOf").get(0).get("$ref").asString()).isEqualTo("#/components/schemas/MarkView");
		assertThat(mark.get("anyOf").get(1).get("type").asString()).isEqualTo("null");
	}

	/**
	 * JSON pointers where {@code copy} and {@code live} differ (objects compared by name,
	 * not order).
	 */
	private static void differences(String at, JsonNode copy, JsonNode live, List<String> found) {
		if (found.size() >= 20) {
			return;
		}
		if (copy.isObject() && live.isObject()) {
			Set<String> names = new TreeSet<>(copy.propertyNames());
			names.addAll(live.propertyNames());
			for (String name : names) {
				String path = at + "/" + name.replace("~", "~0").replace("/", "~1");
				if (!copy.has(name)) {
					found.add("only on the server: " + path);
				}
				else if (!live.has(name)) {
					found.add("only in the copy: " + path);
				}
				else {
					differences(path, copy.get(name), live.get(name), found);
				}
			}
		}
		else if (!copy.equals(live)) {
			found.add("changed: " + (at.isEmpty() ? "/" : at));
		}
	}

}
