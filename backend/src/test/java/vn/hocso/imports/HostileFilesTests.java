package vn.hocso.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.hocso.organization.OrgUnitDirectory;
import vn.hocso.progress.LectureProgress;
import vn.hocso.quiz.domain.Difficulty;
import vn.hocso.quiz.domain.QuestionBank;
import vn.hocso.quiz.domain.QuestionContent;
import vn.hocso.quiz.domain.QuestionContent.Option;
import vn.hocso.testing.AsCaller;
import vn.hocso.testing.KeycloakJwt;

/**
 * The hostile corpus (issue 15): staff lists, question banks, videos and JSON bodies as
 * offices and attackers really send them, each through the real endpoint with its
 * expected outcome — stored exactly (every stored field compared) or refused with the
 * expected code (and, for a row, its row and column). The files live in
 * src/test/resources/hostile; the workbooks are built by {@link HostileWorkbooks}. No
 * case may answer 500.
 */
@SpringBootTest
@AutoConfigureMockMvc
class HostileFilesTests {

	static final JwtRequestPostProcessor UNIT_ADMIN = KeycloakJwt.user("demo.unitadmin", "NA-DIENCHAU", "UNIT_ADMIN");

	static final JwtRequestPostProcessor ADMIN = KeycloakJwt.user("demo.admin", "NA", "ADMIN");

	static final String UNIT = HostileWorkbooks.UNIT;

	private static final AtomicLong COURSES = new AtomicLong(8_840_000);

	@Autowired
	MockMvc mvc;

	@Autowired
	QuestionBank bank;

	@Autowired
	OrgUnitDirectory units;

	@MockitoBean
	LectureProgress progress;

	@BeforeEach
	void signIn() {
		AsCaller.signIn("demo.admin", "NA", "ADMIN");
	}

	@AfterEach
	void signOut() {
		AsCaller.signOut();
	}

	/** What a committed row must have become, field by field. */
	record Person(String fullName, @Nullable String dateOfBirth, @Nullable String gender, String citizenId,
			@Nullable String email, @Nullable String phone, String category, @Nullable String position) {
	}

	record RowProblem(int row, String field, String code) {
	}

	@TestFactory
	Stream<DynamicTest> everyHostileFileHasItsExpectedOutcome() {
		List<DynamicTest> cases = new ArrayList<>();
		staffLists(cases);
		questionBanks(cases);
		videos(cases);
		jsonBodies(cases);
		assertThat(cases).hasSizeGreaterThanOrEqualTo(30);
		return cases.stream();
	}

	// ---------------------------------------------------------------- staff lists

	private void staffLists(List<DynamicTest> cases) {
		cases.add(DynamicTest.dynamicTest("staff-header-no-diacritics.csv: stored",
				() -> stored(resource("staff-header-no-diacritics.csv"), null, new Person("Trần Văn Khải", "1979-04-03",
						"MALE", "037915000001", "khai.tv@dienky.gov.vn", "0912000001", "CONG_CHUC", "Văn thư"))));
		cases.add(DynamicTest.dynamicTest("staff-header-english.csv (BOM, ;): stored",
				() -> stored(resource("staff-header-english.csv"), null, new Person("Lò Thị Mai", "1985-08-15",
						"FEMALE", "037915000002", null, "0983000002", "CONG_CHUC", "Accountant"))));
		cases
			.add(DynamicTest.dynamicTest("staff-title-rows.csv: header on row 4, rows 1–2 ignored and reported", () -> {
				Map<String, Object> report = stored(resource("staff-title-rows.csv"), null,
						new Person("Hoàng Văn Sơn", "1970-11-20", "MALE", "037915000003", null, "0383000003", "CAN_BO",
								"Chủ tịch UBND xã"),
						new Person("Vi Thị Hoa", "1990-01-01", "FEMALE", "037915000004", null, null, "VIEN_CHUC",
								"Giáo viên"));
				assertThat(report.get("headerRow")).isEqualTo(4);
				assertThat(JsonPath.<List<Integer>>read(report, "$.ignoredRows[*].row")).containsExactly(1, 2);
				assertThat(JsonPath.<String>read(report, "$.ignoredRows[0].text"))
					.startsWith("DANH SÁCH CÁN BỘ, CÔNG CHỨC THAM GIA");
			}));
		cases.add(DynamicTest.dynamicTest("staff-utf16le-bom.txt (Excel's Unicode text): stored",
				() -> stored(resource("staff-utf16le-bom.txt"), null, new Person("Đinh Thị Ánh Tuyết", "1988-02-29",
						"FEMALE", "037915000005", null, null, "NGUOI_LAO_DONG", null))));
		cases.add(DynamicTest.dynamicTest("staff-nfd-names.csv: stored in NFC",
				() -> stored(resource("staff-nfd-names.csv"), null, new Person("Nguyễn Thị Thuỷ Tiên", "1992-12-12",
						"FEMALE", "037915000006", null, null, "CONG_CHUC", "Chuyên viên"))));
		cases.add(DynamicTest
			.dynamicTest("staff-hard-names.csv: parentheses, apostrophes, hyphens, dots stored", () -> stored(
					resource("staff-hard-names.csv"), null,
					new Person("Nguyễn Văn Tư (Bí thư)", "1968-05-05", "MALE", "037915000007", null, null, "CAN_BO",
							"Bí thư Đảng uỷ"),
					new Person("H'Hen Niê", "1995-06-06", "FEMALE", "037915000008", null, null, "VIEN_CHUC", null),
					new Person("Lê-Trần T. Mai", "1987-07-07", "FEMALE", "037915000009", null, null, "CONG_CHUC", null),
					new Person("Y-Moan Ênuôl", "1983-08-08", "MALE", "037915000010", null, null, "NGUOI_LAO_DONG",
							null),
					new Person("Đoàn Thị Ngọc Ánh (Phó Chủ tịch UBND xã)", "1979-09-09", "FEMALE", "037915000011", null,
							null, "CAN_BO", null),
					new Person("Nguyễn Văn Mười Hai", "1980-10-10", "MALE", "037915000012", null, null, "CONG_CHUC",
							"Phó chủ tịch"))));
		cases.add(DynamicTest.dynamicTest(
				"staff-bad-dates.csv: year alone, two-digit years, text, 31/02, a serial typed as text", () -> {
					Map<String, Object> report = rowErrors(resource("staff-bad-dates.csv"), null,
							new RowProblem(2, "dateOfBirth", "date-year-only"),
							new RowProblem(3, "dateOfBirth", "date-two-digit-year"),
							new RowProblem(4, "dateOfBirth", "date-two-digit-year"),
							new RowProblem(5, "dateOfBirth", "bad-date"), new RowProblem(6, "dateOfBirth", "bad-date"),
							new RowProblem(7, "dateOfBirth", "bad-date"));
					assertThat(JsonPath.<String>read(report, "$.errors[0].message")).isEqualTo(
							"Dòng 2, cột Ngày sinh: \"1985\" chỉ có năm; cần đủ ngày, tháng, năm, ví dụ 15/08/1985");
				}));
		cases.add(DynamicTest.dynamicTest("staff-bad-names.csv: invisible and refused characters",
				() -> rowErrors(resource("staff-bad-names.csv"), null,
						new RowProblem(2, "fullName", "name-control-character"),
						new RowProblem(3, "fullName", "name-control-character"),
						new RowProblem(4, "fullName", "name-invalid-character"),
						new RowProblem(5, "fullName", "name-invalid-character"))));
		cases.add(DynamicTest.dynamicTest("staff-windows-1258.csv: refused",
				() -> refusedList(resource("staff-windows-1258.csv"), null, 400, "learner-import.not-a-spreadsheet")));
		cases.add(DynamicTest.dynamicTest("staff-no-header.csv: refused, missing columns",
				() -> refusedList(resource("staff-no-header.csv"), null, 400, "learner-import.missing-columns")));
		cases.add(DynamicTest.dynamicTest("hidden-first-sheet.xlsx: the visible list only", () -> {
			Map<String, Object> report = stored(HostileWorkbooks.hiddenFirstSheet(), null,
					new Person("Quách Văn Tuấn", "1986-03-08", "MALE", "037915000033", null, null, "CONG_CHUC", null));
			assertThat(report.get("sheet")).isEqualTo("Danh sách 2026");
			assertThat(report.get("totalRows")).isEqualTo(1);
		}));
		cases.add(DynamicTest.dynamicTest("merged-banner.xlsx: header on row 4, CCCD typed as a number", () -> {
			Map<String, Object> report = stored(HostileWorkbooks.mergedBanner(), null, new Person("Lương Thị Hằng",
					"1975-05-19", "FEMALE", "037915000034", null, null, "CONG_CHUC", null));
			assertThat(report.get("headerRow")).isEqualTo(4);
			assertThat(JsonPath.<List<Integer>>read(report, "$.ignoredRows[*].row")).containsExactly(1, 2);
		}));
		cases.add(DynamicTest
			.dynamicTest("date-1904.xlsx: the 1904 date system honoured", () -> stored(HostileWorkbooks.date1904(),
					null,
					new Person("Kha Văn Mạnh", "1985-08-15", "MALE", "037915000037", null, null, "CONG_CHUC", null))));
		cases.add(DynamicTest.dynamicTest("years-as-numbers.xlsx: 1985 and 85 in General cells refused",
				() -> rowErrors(HostileWorkbooks.yearsAsNumbers(), null,
						new RowProblem(2, "dateOfBirth", "date-year-only"),
						new RowProblem(3, "dateOfBirth", "date-two-digit-year"))));
		cases.add(DynamicTest.dynamicTest("two-lists.xlsx: the first list read, the other offered", () -> {
			Map<String, Object> report = stored(HostileWorkbooks.twoLists(), null,
					new Person("Nông Văn Đảng", "1971-07-07", "MALE", "037915000035", null, null, "CONG_CHUC", null));
			assertThat(report.get("sheet")).isEqualTo("Khối Đảng");
			assertThat(report.get("otherSheets")).isEqualTo(List.of("Khối chính quyền"));
		}));
		cases.add(DynamicTest.dynamicTest("two-lists.xlsx with sheet=Khối chính quyền: the picked list read", () -> {
			Map<String, Object> report = stored(HostileWorkbooks.twoLists(), "Khối chính quyền", new Person(
					"Ninh Thị Quyền", "1982-02-02", "FEMALE", "037915000036", null, null, "CONG_CHUC", null));
			assertThat(report.get("sheet")).isEqualTo("Khối chính quyền");
		}));
		cases.add(DynamicTest.dynamicTest("two-lists.xlsx with an unknown sheet: refused",
				() -> refusedList(HostileWorkbooks.twoLists(), "Không có", 400, "learner-import.sheet-not-found")));
		cases.add(DynamicTest.dynamicTest("truncated.xlsx: refused",
				() -> refusedList(HostileWorkbooks.truncated(HostileWorkbooks.twoLists()), null, 400,
						"learner-import.not-a-spreadsheet")));
		byte[] xlsx = HostileWorkbooks.twoLists();
		for (int n = 1; n <= 7; n++) {
			byte[] tiny = Arrays.copyOf(xlsx, n);
			// "P" and "PK" are text without a header; from "PK\3" on, binary or a zip cut
			// short.
			String code = n <= 2 ? "learner-import.missing-columns" : "learner-import.not-a-spreadsheet";
			cases.add(DynamicTest.dynamicTest("staff list of " + n + " byte(s): refused " + code,
					() -> refusedList(tiny, null, 400, code)));
		}
	}

	private Map<String, Object> stored(byte[] file, @Nullable String sheet, Person... expected) throws Exception {
		MockHttpServletResponse upload = perform(uploadList(file, sheet));
		assertThat(upload.getStatus()).as(upload.getContentAsString()).isEqualTo(200);
		Map<String, Object> report = JsonPath.read(upload.getContentAsString(), "$");
		assertThat(report.get("invalidRows")).as(upload.getContentAsString()).isEqualTo(0);
		assertThat(report.get("validRows")).isEqualTo(expected.length);
		MockHttpServletResponse commit = perform(
				post("/api/learner-imports/{id}/commit", report.get("id")).with(UNIT_ADMIN)
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"mode\":\"ALL_OR_NOTHING\"}"));
		assertThat(commit.getStatus()).as(commit.getContentAsString()).isEqualTo(200);
		List<Integer> ids = JsonPath.read(commit.getContentAsString(), "$.learnerIds");
		Map<String, Map<String, Object>> byCitizenId = new HashMap<>();
		for (Integer id : ids) {
			Map<String, Object> learner = JsonPath
				.read(perform(get("/api/learners/{id}", id).with(ADMIN)).getContentAsString(), "$");
			byCitizenId.put((String) learner.get("citizenId"), learner);
		}
		assertThat(byCitizenId).hasSize(expected.length);
		for (Person person : expected) {
			Map<String, Object> learner = byCitizenId.get(person.citizenId());
			assertThat(learner).as(person.citizenId()).isNotNull();
			Map<String, Object> actual = new HashMap<>();
			for (String field : List.of("fullName", "dateOfBirth", "gender", "citizenId", "email", "phone", "category",
					"position", "unitCode", "status")) {
				actual.put(field, learner.get(field));
			}
			Map<String, Object> wanted = new HashMap<>();
			wanted.put("fullName", person.fullName());
			wanted.put("dateOfBirth", person.dateOfBirth());
			wanted.put("gender", person.gender());
			wanted.put("citizenId", person.citizenId());
			wanted.put("email", person.email());
			wanted.put("phone", person.phone());
			wanted.put("category", person.category());
			wanted.put("position", person.position());
			wanted.put("unitCode", UNIT);
			wanted.put("status", "ACTIVE");
			assertThat(actual).isEqualTo(wanted);
		}
		return report;
	}

	private Map<String, Object> rowErrors(byte[] file, @Nullable String sheet, RowProblem... expected)
			throws Exception {
		MockHttpServletResponse upload = perform(uploadList(file, sheet));
		assertThat(upload.getStatus()).as(upload.getContentAsString()).isEqualTo(200);
		Map<String, Object> report = JsonPath.read(upload.getContentAsString(), "$");
		List<Map<String, Object>> errors = JsonPath.read(report, "$.errors");
		List<RowProblem> actual = errors.stream()
			.map(e -> new RowProblem((Integer) e.get("row"), (String) e.get("field"), (String) e.get("code")))
			.toList();
		assertThat(actual).containsExactly(expected);
		assertThat(report.get("validRows")).isEqualTo(0);
		return report;
	}

	private void refusedList(byte[] file, @Nullable String sheet, int status, String code) throws Exception {
		MockHttpServletResponse upload = perform(uploadList(file, sheet));
		assertThat(upload.getStatus()).as(upload.getContentAsString()).isEqualTo(status);
		assertThat(JsonPath.<String>read(upload.getContentAsString(), "$.code")).isEqualTo(code);
		assertThat(JsonPath.<String>read(upload.getContentAsString(), "$.detail")).isNotBlank();
	}

	private RequestBuilder uploadList(byte[] file, @Nullable String sheet) {
		var request = multipart("/api/learner-imports").file(new MockMultipartFile("file", "danh-sach", null, file))
			.with(UNIT_ADMIN);
		return sheet == null ? request : request.param("sheet", sheet);
	}

	// ---------------------------------------------------------------- question banks

	private void questionBanks(List<DynamicTest> cases) {
		String attt = "An toàn thông tin";
		QuestionContent password = new QuestionContent(attt, Difficulty.MEDIUM, "Mật khẩu nào sau đây an toàn nhất?",
				null,
				List.of(new Option("Tr@ngAn2026!", true), new Option("123456", false), new Option("matkhau", false)),
				null);
		QuestionContent attachment = new QuestionContent(attt, Difficulty.MEDIUM,
				"Thư điện tử lạ có tệp đính kèm nên được mở ngay.", null,
				List.of(new Option("Đúng", false), new Option("Sai", true)), "Không mở tệp lạ; báo cho bộ phận CNTT.");
		cases.add(DynamicTest.dynamicTest("bank-utf16le-bom.gift: stored",
				() -> bankStored(resource("bank-utf16le-bom.gift"), List.of(password, attachment), List.of(),
						List.of())));
		cases.add(DynamicTest.dynamicTest("bank-utf8-nobom.gift: stored",
				() -> bankStored(resource("bank-utf8-nobom.gift"),
						List.of(new QuestionContent(attt, Difficulty.MEDIUM,
								"Mật khẩu nào (bản UTF-8) sau đây an toàn nhất?", null, password.options(), null),
								new QuestionContent(attt, Difficulty.MEDIUM,
										"Thư điện tử lạ có tệp đính kèm nên được mở ngay (bản UTF-8).", null,
										attachment.options(), attachment.explanation())),
						List.of(), List.of())));
		cases.add(DynamicTest.dynamicTest("bank-windows-1258.gift: refused, save as UTF-8",
				() -> bankRefused(resource("bank-windows-1258.gift"), "quiz.import-encoding")));
		cases.add(DynamicTest.dynamicTest("bank-utf16le-nobom.gift: refused, save as UTF-8",
				() -> bankRefused(resource("bank-utf16le-nobom.gift"), "quiz.import-encoding")));
		List<Option> portal = List.of(new Option("dichvucong.gov.vn", true), new Option("dichvucong.com.vn", false),
				new Option("dvc.vn", false));
		cases.add(DynamicTest.dynamicTest("bank-utf16be-bom.xml: stored",
				() -> bankStored(resource("bank-utf16be-bom.xml"),
						List.of(new QuestionContent("Chính quyền số", Difficulty.EASY,
								"Cổng Dịch vụ công quốc gia có địa chỉ nào?", null, portal,
								"Địa chỉ chính thức: dichvucong.gov.vn")),
						List.of(), List.of())));
		cases.add(DynamicTest.dynamicTest("bank-utf8-bom.xml: stored",
				() -> bankStored(resource("bank-utf8-bom.xml"),
						List.of(new QuestionContent("Chính quyền số", Difficulty.EASY,
								"Cổng Dịch vụ công quốc gia có địa chỉ nào (BOM)?", null, portal,
								"Địa chỉ chính thức: dichvucong.gov.vn")),
						List.of(), List.of())));
		cases.add(DynamicTest.dynamicTest("bank-entities.xml: out-of-range entities become U+FFFD",
				() -> bankStored(resource("bank-entities.xml"), List.of(new QuestionContent("Chung", Difficulty.MEDIUM,
						"Ký tự \uFFFD và \uFFFD và \uFFFD không làm hỏng tệp & câu hỏi <này>?", null,
						List.of(new Option("Đúng \uFFFDvậy", true), new Option("\uFFFD Sai rồi…", false)), null)),
						List.of(), List.of())));
		cases.add(DynamicTest.dynamicTest("bank-entities.gift: out-of-range entities become U+FFFD", () -> bankStored(
				resource("bank-entities.gift"),
				List.of(new QuestionContent("Chung", Difficulty.MEDIUM, "GIFT có \uFFFD và \uFFFD vẫn đọc được?", null,
						List.of(new Option("Có & đúng", true), new Option("Không \uFFFD", false)), null)),
				List.of(), List.of())));
		cases.add(DynamicTest.dynamicTest("bank-cloze.xml: cloze and drag-and-drop skipped by type, the rest stored",
				() -> bankStored(resource("bank-cloze.xml"),
						List.of(new QuestionContent("Chung", Difficulty.HARD,
								"Chữ ký số có giá trị pháp lý như chữ ký tay không?", null,
								List.of(new Option("Có, theo Luật Giao dịch điện tử", true),
										new Option("Không", false)),
								null)),
						List.of("cloze:skip-cloze", "multianswer:skip-cloze", "ddwtos:skip-drag-and-drop"),
						List.of())));
		String png = new String(resource("bank-moodle19-image.expected.b64"), StandardCharsets.US_ASCII).strip();
		cases
			.add(DynamicTest.dynamicTest("bank-moodle19-image.xml: <image_base64> kept as the image",
					() -> bankStored(
							resource("bank-moodle19-image.xml"), List
								.of(new QuestionContent("Chung", Difficulty.MEDIUM,
										"Biểu tượng trong hình cho biết điều gì?", "data:image/png;base64," + png,
										List.of(new Option("Kết nối được mã hoá (HTTPS)", true),
												new Option("Trang web bị khoá", false)),
										null)),
							List.of(), List.of())));
		cases.add(DynamicTest.dynamicTest("bank-images-dropped.xml: stored, each dropped picture reported",
				() -> bankStored(resource("bank-images-dropped.xml"), List.of(new QuestionContent("Chung",
						Difficulty.MEDIUM, "Mã QR trên Cổng dịch vụ công dùng để làm gì?", null,
						List.of(new Option("Tra cứu hồ sơ", true), new Option("Thanh toán tiền điện", false)), null)),
						List.of(),
						List.of("image-dropped-unreadable", "image-dropped-external", "image-dropped-missing-file"))));
		cases.add(DynamicTest.dynamicTest("bank-truncated.xml: refused",
				() -> bankRefused(resource("bank-truncated.xml"), "quiz.import-unreadable")));
		byte[] xlsx = HostileWorkbooks.twoLists();
		for (int n = 1; n <= 7; n++) {
			byte[] tiny = Arrays.copyOf(xlsx, n);
			// "P", "PK": GIFT text without a question; "PK\3": binary; from 4 bytes a zip
			// cut short.
			String code = n <= 2 ? "quiz.import-empty" : n == 3 ? "quiz.import-encoding" : "quiz.import-unreadable";
			cases.add(DynamicTest.dynamicTest("bank of " + n + " byte(s): refused " + code,
					() -> bankRefused(tiny, code)));
		}
	}

	private void bankStored(byte[] file, List<QuestionContent> expected, List<String> skipped, List<String> warnings)
			throws Exception {
		long course = COURSES.incrementAndGet();
		MockHttpServletResponse response = perform(uploadBank(course, file));
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
		String body = response.getContentAsString();
		assertThat(JsonPath.<Integer>read(body, "$.stored")).isEqualTo(expected.size());
		List<String> skips = new ArrayList<>();
		for (Map<String, Object> skip : JsonPath.<List<Map<String, Object>>>read(body, "$.skipped")) {
			skips.add(skip.get("type") + ":" + skip.get("code"));
			assertThat((String) skip.get("vi")).startsWith("Bỏ qua");
			assertThat((String) skip.get("en")).startsWith("Skipped");
		}
		assertThat(skips).containsExactlyElementsOf(skipped);
		assertThat(JsonPath.<List<String>>read(body, "$.warnings[*].code")).containsExactlyElementsOf(warnings);
		List<QuestionContent> stored = bank.of(course).stream().map(q -> q.current().content()).toList();
		assertThat(stored).containsExactlyInAnyOrderElementsOf(expected);
	}

	private void bankRefused(byte[] file, String code) throws Exception {
		long course = COURSES.incrementAndGet();
		MockHttpServletResponse response = perform(uploadBank(course, file));
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(400);
		assertThat(JsonPath.<String>read(response.getContentAsString(), "$.code")).isEqualTo(code);
		assertThat(bank.of(course)).isEmpty();
	}

	private RequestBuilder uploadBank(long course, byte[] file) {
		return multipart("/api/courses/{courseId}/quiz/imports", course)
			.file(new MockMultipartFile("file", "ngan-hang", null, file))
			.param("commit", "true")
			.with(ADMIN);
	}

	// ---------------------------------------------------------------- videos

	private void videos(List<DynamicTest> cases) {
		cases.add(DynamicTest.dynamicTest("media-whole-faststart.mp4: accepted, 3 s",
				() -> mediaAccepted(resource("media-whole-faststart.mp4"), "MP4", 3)));
		cases.add(DynamicTest.dynamicTest("media-whole-moov-at-end.mp4: accepted, 3 s",
				() -> mediaAccepted(resource("media-whole-moov-at-end.mp4"), "MP4", 3)));
		cases.add(DynamicTest.dynamicTest("media-whole.webm: accepted, 4 s (3.008 s rounded up)",
				() -> mediaAccepted(resource("media-whole.webm"), "WEBM", 4)));
		cases.add(DynamicTest.dynamicTest("media-truncated-faststart.mp4: refused though its index is intact",
				() -> mediaRefused(resource("media-truncated-faststart.mp4"), 400, "media.video-truncated")));
		cases.add(DynamicTest.dynamicTest("media-truncated-moov-at-end.mp4: refused, no index",
				() -> mediaRefused(resource("media-truncated-moov-at-end.mp4"), 400, "media.video-unreadable")));
		cases.add(DynamicTest.dynamicTest("media-truncated.webm: refused",
				() -> mediaRefused(resource("media-truncated.webm"), 400, "media.video-truncated")));
		byte[] mp4 = resource("media-whole-faststart.mp4");
		for (int n = 1; n <= 7; n++) {
			byte[] tiny = Arrays.copyOf(mp4, n);
			cases.add(DynamicTest.dynamicTest("video of " + n + " byte(s): refused",
					() -> mediaRefused(tiny, 415, "media.type-not-accepted")));
		}
	}

	private void mediaAccepted(byte[] file, String kind, int seconds) throws Exception {
		MockHttpServletResponse response = perform(uploadMedia(file));
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
		assertThat(JsonPath.<String>read(response.getContentAsString(), "$.kind")).isEqualTo(kind);
		assertThat(JsonPath.<Integer>read(response.getContentAsString(), "$.durationSeconds")).isEqualTo(seconds);
		assertThat(JsonPath.<Integer>read(response.getContentAsString(), "$.sizeBytes")).isEqualTo(file.length);
	}

	private void mediaRefused(byte[] file, int status, String code) throws Exception {
		MockHttpServletResponse response = perform(uploadMedia(file));
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
		assertThat(JsonPath.<String>read(response.getContentAsString(), "$.code")).isEqualTo(code);
	}

	private RequestBuilder uploadMedia(byte[] file) {
		return multipart("/api/media").file(new MockMultipartFile("file", "bai-giang", "video/mp4", file)).with(ADMIN);
	}

	// ---------------------------------------------------------------- JSON bodies

	private void jsonBodies(List<DynamicTest> cases) {
		cases.add(DynamicTest.dynamicTest("learner JSON with dateOfBirth 1985-02-31: 400 naming the field", () -> {
			MockHttpServletResponse response = perform(
					postLearner("Bạch Văn Ngày", "1985-02-31").header(HttpHeaders.ACCEPT_LANGUAGE, "en"));
			assertThat(response.getStatus()).isEqualTo(400);
			assertThat(JsonPath.<String>read(response.getContentAsString(), "$.code")).isEqualTo("unreadable-body");
			assertThat(JsonPath.<String>read(response.getContentAsString(), "$.errors[0].field"))
				.isEqualTo("dateOfBirth");
		}));
		cases.add(DynamicTest.dynamicTest("learner JSON with a NUL in the name: 400 bad-name", () -> {
			MockHttpServletResponse response = perform(postLearner("Bạch\\u0000Văn Nul", "1985-02-28"));
			assertThat(response.getStatus()).isEqualTo(400);
			assertThat(JsonPath.<String>read(response.getContentAsString(), "$.code")).isEqualTo("learner.bad-name");
			assertThat(JsonPath.<String>read(response.getContentAsString(), "$.detail")).contains("U+0000");
		}));
	}

	private MockHttpServletRequestBuilder postLearner(String name, String dateOfBirth) {
		long unitId = units.findSummaryByCode(UNIT).orElseThrow().id();
		return post("/api/learners").with(UNIT_ADMIN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"fullName\":\"" + name + "\",\"dateOfBirth\":\"" + dateOfBirth + "\",\"unitId\":" + unitId
					+ ",\"category\":\"CONG_CHUC\"}");
	}

	// ----------------------------------------------------------------

	private MockHttpServletResponse perform(RequestBuilder request) throws Exception {
		MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).as("never a 500: " + response.getContentAsString()).isLessThan(500);
		return response;
	}

	private static byte[] resource(String name) {
		try (InputStream in = HostileFilesTests.class.getResourceAsStream("/hostile/" + name)) {
			assertThat(in).as(name).isNotNull();
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static LocalDate date(String iso) {
		return LocalDate.parse(iso);
	}

}
