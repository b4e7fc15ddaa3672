package vn.hocso.learner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import vn.hocso.testing.KeycloakJwt;

/**
 * Staff-list imports through the web stack: dry run, per-row errors, commit modes,
 * scoping, re-import.
 */
@LearnerModuleTest
class LearnerImportApiTests {

	static final JwtRequestPostProcessor UNIT_ADMIN = KeycloakJwt.user("demo.unitadmin", "NA-DIENCHAU", "UNIT_ADMIN");

	static final JwtRequestPostProcessor ADMIN = KeycloakJwt.user("demo.admin", "NA", "ADMIN");

	@Autowired
	MockMvc mvc;

	@Test
	void aCleanFileIsValidatedWithoutStoringAnyone(PublishedEvents events) throws Exception {
		String tag = StaffLists.uniqueTag();
		upload(csv(StaffLists.row("Nguyễn Văn An " + tag, "01/02/1980", StaffLists.uniqueCitizenId(),
				"NA-DIENCHAU-DIENKY")), UNIT_ADMIN)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("VALIDATED"))
			.andExpect(jsonPath("$.totalRows").value(1))
			.andExpect(jsonPath("$.validRows").value(1))
			.andExpect(jsonPath("$.toCreate").value(1))
			.andExpect(jsonPath("$.progress").value(100));
		assertThat(countNamed(tag)).isZero();
		assertThat(events.ofType(LearnersImported.class)).as("a dry run announces nobody").isEmpty();
	}

	@Test
	void aRowWithoutANameIsReportedInVietnamese() throws Exception {
		upload(csv(StaffLists.row("", "01/02/1980", StaffLists.uniqueCitizenId(), "NA-DIENCHAU-DIENKY")), UNIT_ADMIN)
			.andExpect(jsonPath("$.invalidRows").value(1))
			.andExpect(jsonPath("$.errors[0].row").value(2))
			.andExpect(jsonPath("$.errors[0].field").value("fullName"))
			.andExpect(jsonPath("$.errors[0].column").value("Họ và tên"))
			.andExpect(jsonPath("$.errors[0].code").value("missing-name"))
			.andExpect(jsonPath("$.errors[0].message").value("Dòng 2: thiếu họ tên"));
	}

	@Test
	void aRowWithoutANameIsReportedInEnglishWhenAsked() throws Exception {
		mvc.perform(multipart("/api/learner-imports")
			.file(file("list.csv",
					csv(StaffLists.row("", "01/02/1980", StaffLists.uniqueCitizenId(), "NA-DIENCHAU-DIENKY"))))
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en")
			.with(UNIT_ADMIN)).andExpect(jsonPath("$.errors[0].message").value("Row 2: full name is missing"));
	}

	@Test
	void aBadDateIsARowError() throws Exception {
		expectOneError(StaffLists.row("Lê Văn Bình " + StaffLists.uniqueTag(), "31/02/1980",
				StaffLists.uniqueCitizenId(), "NA-DIENCHAU-DIENKY"), "dateOfBirth", "bad-date");
	}

	@Test
	void aCitizenIdThatIsNotTwelveDigitsIsARowError() throws Exception {
		expectOneError(
				StaffLists.row("Lê Văn Bình " + StaffLists.uniqueTag(), "01/02/1980", "04012345", "NA-DIENCHAU-DIENKY"),
				"citizenId", "bad-citizen-id");
	}

	@Test
	void anUnknownUnitCodeIsARowError() throws Exception {
		expectOneError(StaffLists.row("Lê Văn Bình " + StaffLists.uniqueTag(), "01/02/1980",
				StaffLists.uniqueCitizenId(), "NA-NOWHERE"), "unitCode", "unknown-unit");
	}

	@Test
	void unitAdminCannotImportIntoASiblingDistrict() throws Exception {
		expectOneError(StaffLists.row("Lê Văn Bình " + StaffLists.uniqueTag(), "01/02/1980",
				StaffLists.uniqueCitizenId(), "NA-VINH-LEMAO"), "unitCode", "unit-out-of-scope");
	}

	@Test
	void anUnknownCategoryAndABadPhoneAreRowErrors() throws Exception {
		List<String> row = List.of("Lê Văn Bình " + StaffLists.uniqueTag(), "01/02/1980", "Nam",
				StaffLists.uniqueCitizenId(), "binh@", "12345", "NA-DIENCHAU-DIENKY", "Sinh viên", "");
		upload(csv(row), UNIT_ADMIN).andExpect(jsonPath("$.errors[*].code").value(hasItem("unknown-category")))
			.andExpect(jsonPath("$.errors[*].code").value(hasItem("bad-phone")))
			.andExpect(jsonPath("$.errors[*].code").value(hasItem("bad-email")));
	}

	@Test
	void theSameCitizenIdTwiceInAFileIsADuplicate() throws Exception {
		String cccd = StaffLists.uniqueCitizenId();
		upload(csv(StaffLists.row("Phạm Thị Cúc " + StaffLists.uniqueTag(), "01/02/1980", cccd, "NA-DIENCHAU-DIENKY"),
				StaffLists.row("Hồ Văn Dũng " + StaffLists.uniqueTag(), "03/04/1981", cccd, "NA-DIENCHAU-DIENKY")),
				UNIT_ADMIN)
			.andExpect(jsonPath("$.invalidRows").value(1))
			.andExpect(jsonPath("$.errors[0].row").value(3))
			.andExpect(jsonPath("$.errors[0].code").value("duplicate-citizen-id"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("dòng 2")));
	}

	@Test
	void theSamePersonTwiceWithoutCitizenIdIsADuplicate() throws Exception {
		String name = "Phạm Thị Cúc " + StaffLists.uniqueTag();
		upload(csv(StaffLists.row(name, "01/02/1980", "", "NA-DIENCHAU-DIENKY"),
				StaffLists.row(name.toUpperCase(), "01/02/1980", "", "NA-DIENCHAU-DIENKY")), UNIT_ADMIN)
			.andExpect(jsonPath("$.errors[0].code").value("duplicate-person"));
	}

	@Test
	void allOrNothingStoresNothingWhenOneRowIsBad() throws Exception {
		String tag = StaffLists.uniqueTag();
		long id = uploadId(csv(
				StaffLists.row("Võ Văn Em " + tag, "01/02/1980", StaffLists.uniqueCitizenId(), "NA-DIENCHAU-DIENKY"),
				StaffLists.row("Đặng Thị Gấm " + tag, "99/99/1980", StaffLists.uniqueCitizenId(),
						"NA-DIENCHAU-DIENKY")));
		commit(id, "ALL_OR_NOTHING", UNIT_ADMIN).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("learner-import.has-invalid-rows"));
		assertThat(countNamed(tag)).isZero();
	}

	@Test
	void validRowsOnlyStoresExactlyTheValidRows() throws Exception {
		String tag = StaffLists.uniqueTag();
		long id = uploadId(csv(
				StaffLists.row("Võ Văn Em " + tag, "01/02/1980", StaffLists.uniqueCitizenId(), "NA-DIENCHAU-DIENKY"),
				StaffLists.row("Đặng Thị Gấm " + tag, "99/99/1980", StaffLists.uniqueCitizenId(), "NA-DIENCHAU-DIENKY"),
				StaffLists.row("Bùi Văn Hải " + tag, "05/06/1990", "", "NA-DIENCHAU-DIENHONG")));
		String committed = commit(id, "VALID_ROWS_ONLY", UNIT_ADMIN).andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(2))
			.andExpect(jsonPath("$.updated").value(0))
			.andExpect(jsonPath("$.skipped").value(1))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(namesMatching(tag)).containsExactlyInAnyOrder("Bùi Văn Hải " + tag, "Võ Văn Em " + tag);
		List<Integer> stored = JsonPath.read(committed, "$.learnerIds");
		assertThat(stored).as("the commit names exactly the stored learners, for issuing their accounts")
			.containsExactlyInAnyOrderElementsOf(idsMatching(tag));
	}

	@Test
	void reImportingTheSameFileUpdatesInsteadOfDuplicating() throws Exception {
		String tag = StaffLists.uniqueTag();
		byte[] file = StaffLists.xlsx(List.of(
				StaffLists.row("Ngô Thị Lan " + tag, "01/02/1980", StaffLists.uniqueCitizenId(), "NA-DIENCHAU-DIENKY"),
				StaffLists.row("Trương Văn Minh " + tag, "02/03/1979", "", "NA-DIENCHAU-DIENKY")));
		commit(uploadId(file, "list.xlsx"), "ALL_OR_NOTHING", UNIT_ADMIN).andExpect(jsonPath("$.created").value(2));
		long again = uploadId(file, "list.xlsx");
		mvc.perform(get("/api/learner-imports/{id}", again).with(UNIT_ADMIN))
			.andExpect(jsonPath("$.toCreate").value(0))
			.andExpect(jsonPath("$.toUpdate").value(2));
		commit(again, "ALL_OR_NOTHING", UNIT_ADMIN).andExpect(jsonPath("$.created").value(0))
			.andExpect(jsonPath("$.updated").value(2));
		assertThat(countNamed(tag)).isEqualTo(2);
	}

	@Test
	void committingPublishesTheStoredLearnersForAccountIssuance(PublishedEvents events) throws Exception {
		String tag = StaffLists.uniqueTag();
		long id = uploadId(csv(StaffLists.row("Kim Văn Phát " + tag, "01/02/1980", "", "NA-DIENCHAU-DIENKY"),
				StaffLists.row("Kim Thị Lộc " + tag, "01/02/1981", "", "NA-DIENCHAU-DIENKY")));
		commit(id, "ALL_OR_NOTHING", UNIT_ADMIN).andExpect(status().isOk());
		String body = mvc.perform(get("/api/learners").param("q", tag).with(ADMIN))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Number> stored = JsonPath.read(body, "$.content[*].id");
		assertThat(events.ofType(LearnersImported.class).matching(event -> event.importId() == id)).singleElement()
			.satisfies(event -> assertThat(event.learnerIds())
				.containsExactlyInAnyOrderElementsOf(stored.stream().map(Number::longValue).toList()));
	}

	@Test
	void anImportCannotBeCommittedTwice(PublishedEvents events) throws Exception {
		long id = uploadId(csv(StaffLists.row("Lý Văn Nam " + StaffLists.uniqueTag(), "01/02/1980",
				StaffLists.uniqueCitizenId(), "NA-DIENCHAU-DIENKY")));
		commit(id, "ALL_OR_NOTHING", UNIT_ADMIN).andExpect(status().isOk());
		commit(id, "ALL_OR_NOTHING", UNIT_ADMIN).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("learner-import.already-committed"));
		assertThat(events.ofType(LearnersImported.class).matching(event -> event.importId() == id))
			.as("the refused second commit announces nothing")
			.hasSize(1);
	}

	@Test
	void vietnameseNamesSurviveXlsxAndCsv() throws Exception {
		String tag = StaffLists.uniqueTag();
		String xlsxName = "Nguyễn Thị Ngọc Ánh Đặng Ưng Ơn Trạch Diễm " + tag;
		String csvName = "Phạm Thị Hường Đỗ Ạnh Liễu " + tag;
		commit(uploadId(StaffLists.xlsx(List.of(StaffLists.row(xlsxName, "01/02/1980", "", "NA-DIENCHAU-DIENKY"))),
				"a.xlsx"), "ALL_OR_NOTHING", UNIT_ADMIN)
			.andExpect(status().isOk());
		commit(uploadId(csv(StaffLists.row(csvName, "01/02/1980", "", "NA-DIENCHAU-DIENKY"))), "ALL_OR_NOTHING",
				UNIT_ADMIN)
			.andExpect(status().isOk());
		assertThat(namesMatching(tag)).containsExactlyInAnyOrder(xlsxName, csvName);
	}

	@Test
	void aCsvWithBomAndSemicolonsIsRead() throws Exception {
		// The separator and quotes inside a quoted field (a name may hold neither since
		// issue 15: the position does).
		String name = "Hoàng Thị Yến " + StaffLists.uniqueTag();
		byte[] file = StaffLists.csv(List.of(List.of(name, "01/02/1980", "Nữ", "", "", "0912 345 678",
				"NA-DIENCHAU-DIENKY", "Công chức", "Phó; \"trưởng\" phòng")), ';', true);
		upload(file, UNIT_ADMIN).andExpect(jsonPath("$.validRows").value(1));
	}

	@Test
	void missingRequiredColumnsAreNamed() throws Exception {
		byte[] file = "Họ và tên,Ngày sinh\nNguyễn Văn An,01/01/1980\n"
			.getBytes(java.nio.charset.StandardCharsets.UTF_8);
		upload(file, UNIT_ADMIN).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("learner-import.missing-columns"))
			.andExpect(jsonPath("$.detail").value(containsString("Mã đơn vị")));
	}

	@Test
	void aFileThatIsNotASpreadsheetIsRefusedWhateverItsName() throws Exception {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13 };
		mvc.perform(multipart("/api/learner-imports").file(file("staff.xlsx", png)).with(UNIT_ADMIN))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("learner-import.not-a-spreadsheet"));
	}

	@Test
	void anEmptyFileIsRefused() throws Exception {
		upload(new byte[0], UNIT_ADMIN).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("learner-import.empty-file"));
	}

	@Test
	void aHeaderWithoutRowsIsRefused() throws Exception {
		upload(csv(), UNIT_ADMIN).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("learner-import.no-data-rows"));
	}

	@Test
	void tenMegabytesOfJunkIsRefusedAsTooLarge() throws Exception {
		byte[] junk = new byte[10 * 1024 * 1024 + 1];
		java.util.Arrays.fill(junk, (byte) 'a');
		upload(junk, UNIT_ADMIN).andExpect(status().isPayloadTooLarge())
			.andExpect(jsonPath("$.code").value("learner-import.too-large"));
	}

	@Test
	void anotherUnitAdminCannotSeeOrCommitSomeoneElsesImport() throws Exception {
		long id = uploadId(
				csv(StaffLists.row("Lý Văn Nam " + StaffLists.uniqueTag(), "01/02/1980", "", "NA-DIENCHAU-DIENKY")));
		JwtRequestPostProcessor other = KeycloakJwt.user("other.unitadmin", "NA-DIENCHAU", "UNIT_ADMIN");
		mvc.perform(get("/api/learner-imports/{id}", id).with(other)).andExpect(status().isForbidden());
		commit(id, "VALID_ROWS_ONLY", other).andExpect(status().isForbidden());
	}

	@Test
	void learnersAndTrainersCannotImport() throws Exception {
		upload(csv(), KeycloakJwt.user("demo.learner", "NA-DIENCHAU-DIENKY", "LEARNER"))
			.andExpect(status().isForbidden());
		upload(csv(), KeycloakJwt.user("demo.trainer", "NA-DIENCHAU-DIENKY", "TRAINER"))
			.andExpect(status().isForbidden());
	}

	@Test
	void theAnnotatedWorkbookListsEachRowsErrorsInBothLanguages() throws Exception {
		long id = uploadId(
				csv(StaffLists.row("Võ Văn Em " + StaffLists.uniqueTag(), "01/02/1980", "", "NA-DIENCHAU-DIENKY"),
						StaffLists.row("", "01/02/1980", "", "NA-DIENCHAU-DIENKY")));
		byte[] xlsx = mvc.perform(get("/api/learner-imports/{id}/annotated.xlsx", id).with(UNIT_ADMIN))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			List<Row> rows = workbook.getFirstSheet().read();
			assertThat(rows.get(0).getCellText(9)).isEqualTo("Lỗi / Errors");
			assertThat(rows.get(1).getCellCount() > 9 ? rows.get(1).getCellText(9) : "").isEmpty();
			assertThat(rows.get(2).getCellText(9)).isEqualTo("Dòng 3: thiếu họ tên / Row 3: full name is missing");
		}
	}

	@Test
	void theTemplateHasVietnameseHeadersAndItsExampleRowValidates() throws Exception {
		byte[] template = mvc.perform(get("/api/learner-imports/template").with(UNIT_ADMIN))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(template))) {
			assertThat(workbook.getFirstSheet().read().get(0).getCellText(0)).isEqualTo("Họ và tên");
		}
		upload(template, UNIT_ADMIN).andExpect(jsonPath("$.validRows").value(1));
	}

	private void expectOneError(List<String> row, String field, String code) throws Exception {
		upload(csv(row), UNIT_ADMIN).andExpect(status().isOk())
			.andExpect(jsonPath("$.invalidRows").value(1))
			.andExpect(jsonPath("$.errors.length()").value(1))
			.andExpect(jsonPath("$.errors[0].field").value(field))
			.andExpect(jsonPath("$.errors[0].code").value(code));
	}

	@SafeVarargs
	private static byte[] csv(List<String>... rows) {
		return StaffLists.csv(List.of(rows), ',', false);
	}

	private ResultActions upload(byte[] content, JwtRequestPostProcessor who) throws Exception {
		return mvc.perform(multipart("/api/learner-imports").file(file("list.csv", content)).with(who));
	}

	private long uploadId(byte[] content) throws Exception {
		return uploadId(content, "list.csv");
	}

	private long uploadId(byte[] content, String name) throws Exception {
		String body = mvc.perform(multipart("/api/learner-imports").file(file(name, content)).with(UNIT_ADMIN))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	private ResultActions commit(long id, String mode, JwtRequestPostProcessor who) throws Exception {
		return mvc.perform(post("/api/learner-imports/{id}/commit", id).with(who)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"mode\":\"" + mode + "\"}"));
	}

	private long countNamed(String tag) throws Exception {
		String body = mvc.perform(get("/api/learners").param("q", tag).with(ADMIN))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(body, "$.totalElements")).longValue();
	}

	private List<String> namesMatching(String tag) throws Exception {
		String body = mvc.perform(get("/api/learners").param("q", tag).with(ADMIN))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.content[*].fullName");
	}

	private List<Integer> idsMatching(String tag) throws Exception {
		String body = mvc.perform(get("/api/learners").param("q", tag).with(ADMIN))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.content[*].id");
	}

	private static MockMultipartFile file(String name, byte[] content) {
		return new MockMultipartFile("file", name, "application/octet-stream", content);
	}

}
