package vn.hocso.openlearning;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.hocso.organization.OrgUnitDirectory;
import vn.hocso.testing.KeycloakJwt;

/** Authoring through HTTP as the IT centre, for the open-learning tests. */
final class OpenLearningApi {

	static final JwtRequestPostProcessor ADMIN = KeycloakJwt.user("ol.admin", "NA", "ADMIN");

	static final JwtRequestPostProcessor DIEN_CHAU_ADMIN = KeycloakJwt.user("ol.dienchau", "NA-DIENCHAU", "UNIT_ADMIN");

	static final JwtRequestPostProcessor REPORTER = KeycloakJwt.user("ol.reporter", "NA", "REPORTER");

	static final JwtRequestPostProcessor TRAINER = KeycloakJwt.user("ol.trainer", "NA-DIENCHAU-DIENKY", "TRAINER");

	static final JwtRequestPostProcessor LEARNER = KeycloakJwt.user("ol.learner", "NA-DIENCHAU-DIENKY", "LEARNER");

	private static final JsonMapper JSON = JsonMapper.shared();

	private final MockMvc mvc;

	private final OrgUnitDirectory units;

	OpenLearningApi(MockMvc mvc, OrgUnitDirectory units) {
		this.mvc = mvc;
		this.units = units;
	}

	long unit(String code) {
		return units.findSummaryByCode(code).orElseThrow().id();
	}

	/** A new topic with a unique slug; returns its id. */
	long topic(String title) throws Exception {
		Map<String, Object> body = Map.of("slug", "chu-de-" + unique(), "title", title, "summary", "Tóm tắt",
				"position", 0);
		return json(mvc
			.perform(post("/api/open-learning/topics").with(ADMIN)
				.contentType(MediaType.APPLICATION_JSON)
				.content(JSON.writeValueAsString(body)))
			.andExpect(status().isCreated())).path("id").asLong();
	}

	/** A new material (a draft); returns its slug. */
	String material(long topicId, String title, String bodyHtml, @Nullable String videoMediaId) throws Exception {
		String slug = "hoc-lieu-" + unique();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("slug", slug);
		body.put("topicId", topicId);
		body.put("title", title);
		body.put("summary", "Tóm tắt " + title);
		body.put("bodyHtml", bodyHtml);
		body.put("videoMediaId", videoMediaId);
		body.put("position", 0);
		body.put("version", 0);
		mvc.perform(post("/api/open-learning/materials").with(ADMIN)
			.contentType(MediaType.APPLICATION_JSON)
			.content(JSON.writeValueAsString(body))).andExpect(status().isCreated());
		return slug;
	}

	long materialId(String slug) throws Exception {
		for (JsonNode material : json(mvc.perform(get("/api/open-learning/materials").with(ADMIN)))) {
			if (material.path("slug").asString().equals(slug)) {
				return material.path("id").asLong();
			}
		}
		throw new IllegalStateException(slug);
	}

	void publish(String slug) throws Exception {
		mvc.perform(post("/api/open-learning/materials/{id}/publish", materialId(slug)).with(ADMIN))
			.andExpect(status().isOk());
	}

	/** A published material in a new topic. */
	String publishedMaterial(String title) throws Exception {
		String slug = material(topic("Chủ đề " + title), title, "<p>Nội dung " + title + "</p>", null);
		publish(slug);
		return slug;
	}

	String upload(String name, byte[] bytes) throws Exception {
		return json(mvc
			.perform(
					multipart("/api/media").file(new MockMultipartFile("file", name, "application/octet-stream", bytes))
						.with(ADMIN))
			.andExpect(status().isCreated())).path("id").asString();
	}

	static JsonNode json(org.springframework.test.web.servlet.ResultActions result) throws Exception {
		return JSON.readTree(result.andReturn().getResponse().getContentAsString());
	}

	private static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
