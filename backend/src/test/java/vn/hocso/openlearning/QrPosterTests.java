package vn.hocso.openlearning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.hocso.openlearning.OpenLearningApi.ADMIN;
import static vn.hocso.openlearning.OpenLearningApi.DIEN_CHAU_ADMIN;
import static vn.hocso.openlearning.OpenLearningApi.REPORTER;
import static vn.hocso.openlearning.OpenLearningApi.TRAINER;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.hocso.organization.OrgUnitDirectory;
import vn.hocso.organization.OrgUnitStatus;
import vn.hocso.organization.OrgUnitSummary;
import vn.hocso.organization.OrgUnitType;

/**
 * Posters per commune: each QR decodes to a short URL that carries its commune, and who
 * may print them.
 */
@OpenLearningModuleTest
class QrPosterTests {

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
	void aDistrictsZipHasOnePosterPerCommuneWhoseQrLeadsToTheMaterialForThatCommune() throws Exception {
		String slug = api.publishedMaterial("Nhận biết lừa đảo");
		long dienChau = api.unit("NA-DIENCHAU");
		List<OrgUnitSummary> communes = units.subtree(units.find(dienChau).orElseThrow().path())
			.stream()
			.filter(u -> u.type() == OrgUnitType.COMMUNE && u.status() == OrgUnitStatus.ACTIVE)
			.toList();
		assertThat(communes).hasSizeGreaterThan(1);

		Map<String, byte[]> zip = PosterFiles.unzip(zipOf(dienChau, "MATERIAL", slug, "A4", DIEN_CHAU_ADMIN));

		assertThat(zip).hasSize(communes.size());
		for (OrgUnitSummary commune : communes) {
			String name = zip.keySet()
				.stream()
				.filter(n -> n.startsWith(commune.code() + "-"))
				.findFirst()
				.orElseThrow();
			PosterFiles.Read poster = PosterFiles.read(zip.get(name));
			assertThat(poster.pages()).isEqualTo(1);
			assertThat(poster.text()).contains(commune.name())
				.contains("Nhận biết lừa đảo")
				.contains("Huyện Diễn Châu");
			assertThat(poster.qrText()).matches("http://localhost:8080/q/[2-9A-HJKMNP-Z]{6}");
			assertThat(poster.text()).contains(poster.qrText().replace("http://", ""));
			// The code leads to the material, and counts for this commune (read back
			// through the reach report).
			String code = poster.qrText().substring(poster.qrText().lastIndexOf('/') + 1);
			mvc.perform(get("/q/{code}", code))
				.andExpect(status().isFound())
				.andExpect(header().string("Location", "/m/" + slug));
			mvc.perform(get("/api/units/{id}/qr-reach", commune.id()).with(ADMIN))
				.andExpect(jsonPath("$.byTarget[?(@.ref == '" + slug + "')].opens").value(1));
		}
	}

	@Test
	void reprintingGivesTheSameCodesAndAnA6LeafletIsAnA6Page() throws Exception {
		String slug = api.publishedMaterial("Mật khẩu mạnh");
		long dienKy = api.unit("NA-DIENCHAU-DIENKY");

		var first = mvc
			.perform(get("/api/units/{id}/qr-poster.pdf", dienKy).with(ADMIN)
				.param("target", "MATERIAL")
				.param("ref", slug)
				.param("format", "A6"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		var again = mvc
			.perform(get("/api/units/{id}/qr-poster.pdf", dienKy).with(DIEN_CHAU_ADMIN)
				.param("target", "MATERIAL")
				.param("ref", slug))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();

		assertThat(again.getHeader("X-Qr-Code")).isEqualTo(first.getHeader("X-Qr-Code"));
		PosterFiles.Read leaflet = PosterFiles.read(first.getContentAsByteArray());
		assertThat(leaflet.widthPt()).isBetween(295f, 300f);
		assertThat(leaflet.text()).contains("Xã Diễn Kỷ");
		assertThat(leaflet.qrText()).endsWith("/q/" + first.getHeader("X-Qr-Code"));
		assertThat(PosterFiles.read(again.getContentAsByteArray()).widthPt()).isBetween(594f, 596f);
	}

	@Test
	void aUnitAdminPrintsOnlyForTheirOwnSubtree() throws Exception {
		String slug = api.publishedMaterial("Dịch vụ công");
		mvc.perform(get("/api/units/{id}/qr-posters.zip", api.unit("NA-VINH")).with(DIEN_CHAU_ADMIN)
			.param("target", "MATERIAL")
			.param("ref", slug)).andExpect(status().isForbidden());
		mvc.perform(get("/api/units/{id}/qr-reach", api.unit("NA-VINH")).with(DIEN_CHAU_ADMIN))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/units/{id}/qr-reach", api.unit("NA-DIENCHAU")).with(DIEN_CHAU_ADMIN))
			.andExpect(status().isOk());
	}

	@Test
	void reportersSeeReachButDoNotPrintAndTrainersDoNeither() throws Exception {
		String slug = api.publishedMaterial("Thanh toán");
		long dienChau = api.unit("NA-DIENCHAU");
		mvc.perform(get("/api/units/{id}/qr-reach", dienChau).with(REPORTER)).andExpect(status().isOk());
		mvc.perform(get("/api/units/{id}/qr-posters.zip", dienChau).with(REPORTER)
			.param("target", "MATERIAL")
			.param("ref", slug)).andExpect(status().isForbidden());
		mvc.perform(get("/api/units/{id}/qr-reach", dienChau).with(TRAINER)).andExpect(status().isForbidden());
		mvc.perform(get("/api/units/{id}/qr-poster.pdf", api.unit("NA-DIENCHAU-DIENKY")).with(TRAINER)
			.param("target", "MATERIAL")
			.param("ref", slug)).andExpect(status().isForbidden());
	}

	@Test
	void aDraftGetsNoPoster() throws Exception {
		String slug = api.material(api.topic("Nháp"), "Nháp", "<p>x</p>", null);
		mvc.perform(get("/api/units/{id}/qr-poster.pdf", api.unit("NA-DIENCHAU-DIENKY")).with(ADMIN)
			.param("target", "MATERIAL")
			.param("ref", slug))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("open-learning.target-not-published"));
	}

	private byte[] zipOf(long unitId, String target, String ref, String format,
			org.springframework.test.web.servlet.request.RequestPostProcessor caller) throws Exception {
		MvcResult started = mvc
			.perform(get("/api/units/{id}/qr-posters.zip", unitId).with(caller)
				.param("target", target)
				.param("ref", ref)
				.param("format", format))
			.andExpect(request().asyncStarted())
			.andReturn();
		return mvc.perform(asyncDispatch(started))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

}
