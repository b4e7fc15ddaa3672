package vn.hocso.headcount;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.hocso.headcount.HeadcountApiSupport.UNIT_ADMIN;
import static vn.hocso.headcount.HeadcountApiSupport.VERIFIER;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import vn.hocso.organization.OrgUnitDirectory;
import vn.hocso.testing.KeycloakJwt;

/**
 * The decision PDF: only PDFs are kept, and only those who see the declaration get it
 * back.
 */
@HeadcountModuleTest
class HeadcountDocumentApiTests {

	private static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	@Autowired
	MockMvc mvc;

	@Autowired
	OrgUnitDirectory units;

	HeadcountApiSupport api;

	@BeforeEach
	void setUp() {
		api = new HeadcountApiSupport(mvc, units);
	}

	@Test
	void anAttachedPdfIsServedBackToTheVerifier() throws Exception {
		long id = api.declare("NA-DIENCHAU-DIENKY", "2061", "{\"CAN_BO\":4}");

		mvc.perform(multipart(HttpMethod.PUT, "/api/headcounts/{id}/document", id)
			.file(new MockMultipartFile("file", "qd-12.pdf", "application/pdf", PDF))
			.with(UNIT_ADMIN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.document.fileName").value("qd-12.pdf"))
			.andExpect(jsonPath("$.document.size").value(PDF.length));

		mvc.perform(get("/api/headcounts/{id}/document", id).with(VERIFIER))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andExpect(content().bytes(PDF));
		mvc.perform(get("/api/headcounts/{id}/audit", id).with(VERIFIER))
			.andExpect(jsonPath("$[1].action").value("DOCUMENT_ATTACHED"))
			.andExpect(jsonPath("$[1].after.documentName").value("qd-12.pdf"));
	}

	@Test
	void aFileThatIsNotAPdfIsRefusedWithAClearProblem() throws Exception {
		long id = api.declare("NA-DIENCHAU-DIENKY", "2062", "{\"CAN_BO\":4}");

		mvc.perform(multipart(HttpMethod.PUT, "/api/headcounts/{id}/document", id)
			.file(new MockMultipartFile("file", "qd-12.pdf", "application/pdf",
					"PK\u0003\u0004 not really a pdf".getBytes(StandardCharsets.ISO_8859_1)))
			.header("Accept-Language", "en")
			.with(UNIT_ADMIN))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("headcount.document-not-pdf"))
			.andExpect(jsonPath("$.detail").value("The attached decision must be a PDF file."));
	}

	@Test
	void aSiblingUnitAdminCannotDownloadTheDocument() throws Exception {
		long id = api.declare("NA-DIENCHAU-DIENKY", "2063", "{\"CAN_BO\":4}");
		mvc.perform(multipart(HttpMethod.PUT, "/api/headcounts/{id}/document", id)
			.file(new MockMultipartFile("file", "qd.pdf", "application/pdf", PDF))
			.with(UNIT_ADMIN)).andExpect(status().isOk());

		mvc.perform(
				get("/api/headcounts/{id}/document", id).with(KeycloakJwt.user("vinh.admin", "NA-VINH", "UNIT_ADMIN")))
			.andExpect(status().isForbidden());
	}

	@Test
	void verifierCannotAttachADocument() throws Exception {
		long id = api.declare("NA-DIENCHAU-DIENKY", "2064", "{\"CAN_BO\":4}");

		mvc.perform(multipart(HttpMethod.PUT, "/api/headcounts/{id}/document", id)
			.file(new MockMultipartFile("file", "qd.pdf", "application/pdf", PDF))
			.with(VERIFIER)).andExpect(status().isForbidden());
	}

}
