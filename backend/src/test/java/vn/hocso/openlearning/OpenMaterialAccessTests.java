package vn.hocso.openlearning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.hocso.openlearning.OpenLearningApi.ADMIN;
import static vn.hocso.openlearning.OpenLearningApi.DIEN_CHAU_ADMIN;
import static vn.hocso.openlearning.OpenLearningApi.LEARNER;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import vn.hocso.organization.OrgUnitDirectory;
import vn.hocso.testing.SampleMedia;

/** Published materials open without an account; nothing else near them does. */
@OpenLearningModuleTest
class OpenMaterialAccessTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrgUnitDirectory units;

	OpenLearningApi api;

	@BeforeEach
	void setUp() {
		api = new OpenLearningApi(mvc, units);
	}

	@Test
	void anyoneReadsAPublishedMaterialWithoutAnAccount() throws Exception {
		String slug = api.publishedMaterial("Chuyển tiền bằng mã QR");

		mvc.perform(get("/api/public/materials/{slug}", slug))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("Chuyển tiền bằng mã QR"))
			.andExpect(jsonPath("$.bodyHtml").value("<p>Nội dung Chuyển tiền bằng mã QR</p>"));
		mvc.perform(get("/api/public/materials"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(slug)));
		mvc.perform(get("/m/{slug}", slug))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andExpect(content().string(containsString("<h1>Chuyển tiền bằng mã QR</h1>")));
	}

	@Test
	void aDraftIsNotShownToAnyone() throws Exception {
		String slug = api.material(api.topic("Nháp"), "Bản nháp", "<p>Chưa xong</p>", null);

		mvc.perform(get("/api/public/materials/{slug}", slug)).andExpect(status().isNotFound());
		mvc.perform(get("/m/{slug}", slug)).andExpect(status().isNotFound());
		mvc.perform(get("/api/public/materials")).andExpect(content().string(not(containsString(slug))));
	}

	@Test
	void theMaterialPageIsLightScriptFreeAndUnderTheStrictPolicy() throws Exception {
		String slug = api.publishedMaterial("An toàn trên mạng");

		var response = mvc.perform(get("/m/{slug}", slug))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
			.andExpect(header().string("Content-Security-Policy", not(containsString("unsafe-inline"))))
			.andReturn()
			.getResponse();
		String html = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).doesNotContain("<script").doesNotContain("style=").doesNotContain("/assets/");
		assertThat(html.getBytes(StandardCharsets.UTF_8).length).isLessThan(100_000);
		String css = html.replaceAll("(?s).*href=\"(/open-learning\\.css\\?v=[0-9a-f]+)\".*", "$1");
		mvc.perform(get(css))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, containsString("immutable")));
	}

	@Test
	void aPageBodyIsSanitizedWhenSaved() throws Exception {
		String slug = api.material(api.topic("Làm sạch"), "Làm sạch",
				"<p onclick=\"x()\">Xin chào<script>alert(1)</script><img src=x onerror=y()></p><a href=\"javascript:z()\">z</a>",
				null);
		api.publish(slug);

		mvc.perform(get("/api/public/materials/{slug}", slug))
			.andExpect(jsonPath("$.bodyHtml").value("<p>Xin chào</p><a rel=\"nofollow noopener noreferrer\">z</a>"));
	}

	@Test
	void aPublishedMaterialsVideoStreamsInRangesWithoutAnAccount() throws Exception {
		String video = api.upload("an-toan.mp4", SampleMedia.mp4(20_000, 4_000));
		String slug = api.material(api.topic("Video"), "Video ngắn", "<p>Xem video</p>", video);
		api.publish(slug);

		mvc.perform(get("/api/public/materials/{slug}/media/{id}", slug, video).header(HttpHeaders.RANGE, "bytes=0-99"))
			.andExpect(status().isPartialContent())
			.andExpect(header().string(HttpHeaders.CONTENT_LENGTH, "100"));
		mvc.perform(get("/m/{slug}", slug))
			.andExpect(content().string(containsString("preload=\"none\"")))
			.andExpect(content().string(containsString("/api/public/materials/" + slug + "/media/" + video)));
		// The same file is not public by its own address, nor through another material.
		mvc.perform(get("/api/media/{id}", video)).andExpect(status().isUnauthorized());
		String other = api.publishedMaterial("Khác");
		mvc.perform(get("/api/public/materials/{slug}/media/{id}", other, video)).andExpect(status().isNotFound());
	}

	@Test
	void nothingElseNearTheMaterialsIsAnonymous() throws Exception {
		long dienKy = api.unit("NA-DIENCHAU-DIENKY");
		mvc.perform(get("/api/open-learning/materials")).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/open-learning/topics")).andExpect(status().isUnauthorized());
		mvc.perform(
				post("/api/open-learning/topics").contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"x\"}"))
			.andExpect(status().isUnauthorized());
		mvc.perform(get("/api/units/{id}/qr-reach", dienKy)).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/units/{id}/qr-poster.pdf", dienKy).param("target", "TOPIC").param("ref", "x"))
			.andExpect(status().isUnauthorized());
		mvc.perform(get("/api/units/{id}/qr-posters.zip", dienKy).param("target", "TOPIC").param("ref", "x"))
			.andExpect(status().isUnauthorized());
		mvc.perform(get("/api/courses")).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/me")).andExpect(status().isUnauthorized());
	}

	@Test
	void onlyTheItCentreAuthorsMaterials() throws Exception {
		mvc.perform(get("/api/open-learning/materials").with(DIEN_CHAU_ADMIN)).andExpect(status().isForbidden());
		mvc.perform(post("/api/open-learning/topics").with(LEARNER)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\":\"Chủ đề\",\"position\":0}")).andExpect(status().isForbidden());
		mvc.perform(get("/api/open-learning/materials").with(ADMIN)).andExpect(status().isOk());
	}

}
