package vn.hocso.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import vn.hocso.progress.LectureProgress;
import vn.hocso.quiz.domain.Difficulty;
import vn.hocso.quiz.domain.QuestionBank;
import vn.hocso.quiz.domain.QuestionBank.BankQuestion;
import vn.hocso.quiz.domain.QuestionContent;
import vn.hocso.testing.AsCaller;
import vn.hocso.testing.KeycloakJwt;

/**
 * Imports from real-world-shaped Moodle XML, GIFT and .xlsx files, and exports that
 * import again.
 */
@QuizModuleTest
class QuestionImportTests {

	private static final AtomicLong COURSES = new AtomicLong(700_000);

	@Autowired
	MockMvc mvc;

	@Autowired
	QuestionBank bank;

	@Autowired
	LectureProgress progress;

	private long courseId;

	@BeforeEach
	void aNewCourse() {
		courseId = COURSES.incrementAndGet();
		AsCaller.signIn("demo.admin", "NA", "ADMIN");
	}

	@AfterEach
	void signOut() {
		AsCaller.signOut();
	}

	@Test
	void moodleXmlMultichoiceAndTrueFalseAreReadAndOtherTypesSkippedWithAReason() throws Exception {
		upload("moodle-chinh-quyen-so.xml", false).andExpect(status().isOk())
			.andExpect(jsonPath("$.format").value("MOODLE_XML"))
			.andExpect(jsonPath("$.found").value(6))
			.andExpect(jsonPath("$.importable").value(4))
			.andExpect(jsonPath("$.errors").isEmpty())
			.andExpect(jsonPath("$.skipped.length()").value(2))
			.andExpect(jsonPath("$.skipped[0].code").value("skip-short-answer"))
			.andExpect(jsonPath("$.skipped[0].title").value("CQS-05 Viết tắt"))
			.andExpect(jsonPath("$.skipped[1].vi").value("Bỏ qua: câu tự luận chưa được hỗ trợ"))
			.andExpect(jsonPath("$.skipped[1].en").value("Skipped: essay questions are not supported"))
			.andExpect(jsonPath("$.stored").value(0));
		assertThat(bank.of(courseId)).isEmpty();
	}

	@Test
	void moodleXmlHtmlEntitiesCdataAndEmbeddedImagesBecomePlainTextAndAnImage() throws Exception {
		upload("moodle-chinh-quyen-so.xml", true).andExpect(status().isCreated())
			.andExpect(jsonPath("$.stored").value(4));

		List<BankQuestion> stored = bank.of(courseId);
		QuestionContent first = stored.get(0).current().content();
		assertThat(first.topic()).isEqualTo("Chính quyền số");
		assertThat(first.stem()).isEqualTo("Địa chỉ của Cổng Dịch vụ công quốc gia là gì?");
		assertThat(first.difficulty()).isEqualTo(Difficulty.EASY);
		assertThat(first.explanation())
			.isEqualTo("Cổng Dịch vụ công quốc gia có địa chỉ dichvucong.gov.vn, khai trương ngày 09/12/2019.");
		assertThat(first.options()).extracting(QuestionContent.Option::text)
			.containsExactly("dichvucong.gov.vn", "dichvucong.com.vn", "congdichvu.vn", "vneid.gov.vn & dichvucong.vn");
		QuestionContent withImage = stored.get(1).current().content();
		assertThat(withImage.stem()).isEqualTo("Biểu tượng trong hình là của ứng dụng nào <do Bộ Công an phát triển>?")
			.doesNotContain("alert")
			.doesNotContain("<img");
		assertThat(withImage.image()).startsWith("data:image/png;base64,iVBOR");
		QuestionContent several = stored.get(2).current().content();
		assertThat(several.multipleCorrect()).isTrue();
		assertThat(several.options()).extracting(QuestionContent.Option::correct).containsExactly(true, true, false);
		QuestionContent trueFalse = stored.get(3).current().content();
		assertThat(trueFalse.options()).extracting(QuestionContent.Option::text).containsExactly("Đúng", "Sai");
		assertThat(trueFalse.options().get(0).correct()).isTrue();
	}

	@Test
	void giftMultichoiceTrueFalseWeightsEscapesAndCommentsAreRead() throws Exception {
		upload("gift-an-toan-thong-tin.txt", true).andExpect(status().isCreated())
			.andExpect(jsonPath("$.format").value("GIFT"))
			.andExpect(jsonPath("$.found").value(10))
			.andExpect(jsonPath("$.stored").value(7))
			.andExpect(jsonPath("$.skipped[0].code").value("skip-matching"))
			.andExpect(jsonPath("$.skipped[1].code").value("skip-short-answer"))
			.andExpect(jsonPath("$.skipped[2].code").value("skip-description"));

		List<QuestionContent> stored = bank.of(courseId).stream().map(q -> q.current().content()).toList();
		assertThat(stored).allMatch(q -> q.topic().equals("An toàn thông tin"));
		assertThat(stored.get(0).options()).filteredOn(QuestionContent.Option::correct)
			.extracting(QuestionContent.Option::text)
			.containsExactly("Ng@yMua=Thu#2026!");
		assertThat(stored.get(0).explanation()).startsWith("Mật khẩu mạnh dài");
		assertThat(stored.get(0).options()).extracting(QuestionContent.Option::text).contains("nguyenvanan");
		assertThat(stored.get(1).options().get(0).text())
			.isEqualTo("Không bấm vào đường dẫn; liên hệ ngân hàng qua số điện thoại chính thức");
		assertThat(stored.get(2).options()).extracting(QuestionContent.Option::correct).containsExactly(false, true);
		assertThat(stored.get(2).explanation()).startsWith("Mạng Wi-Fi công cộng");
		assertThat(stored.get(3).options()).extracting(QuestionContent.Option::correct).containsExactly(true, false);
		assertThat(stored.get(4).options()).extracting(QuestionContent.Option::correct)
			.containsExactly(true, true, false);
		assertThat(stored.get(5).stem()).isEqualTo("Trong biểu thức {a ~ b}, ký hiệu : dùng để làm gì?");
		assertThat(stored.get(6).stem())
			.isEqualTo("Khi thấy cảnh báo chứng chỉ trên trình duyệt & trang ngân hàng, bạn nên:");
		assertThat(stored.get(6).options().get(0).text()).isEqualTo("Dừng lại, không nhập thông tin");
	}

	@Test
	void aGiftFileWithErrorsIsReportedPerQuestionAndNothingIsStored() throws Exception {
		upload("gift-loi.txt", true).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.stored").value(0))
			.andExpect(jsonPath("$.importable").value(0))
			.andExpect(jsonPath("$.errors[0].number").value(1))
			.andExpect(jsonPath("$.errors[0].code").value("no-correct-option"))
			.andExpect(jsonPath("$.errors[0].vi").value("Không có đáp án đúng"))
			.andExpect(jsonPath("$.errors[0].en").value("No option is marked correct"))
			.andExpect(jsonPath("$.errors[1].code").value("gift-unclosed-answers"))
			.andExpect(jsonPath("$.errors[2].code").value("duplicate-in-file"))
			.andExpect(jsonPath("$.errors[2].title").value("Trùng 2"))
			.andExpect(jsonPath("$.errors[2].en").value("Same as question 3 in this file"));
		assertThat(bank.of(courseId)).isEmpty();
	}

	@Test
	void aMoodleFileWithBadQuestionsIsRefusedWhole() throws Exception {
		upload("moodle-loi.xml", true).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("no-correct-option"))
			.andExpect(jsonPath("$.errors[1].code").value("option-count"));
		assertThat(bank.of(courseId)).isEmpty();
	}

	@Test
	void aTruncatedXmlFileIsRejectedClearly() throws Exception {
		upload("moodle-hong.xml", false).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("quiz.import-unreadable"))
			// Where the file breaks, never the parser's own text (class names, echoed
			// input).
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.matchesPattern("(?s).*XML \\d+:\\d+.*")))
			.andExpect(jsonPath("$.detail")
				.value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Exception"))));
	}

	@Test
	void anXmlFileWithAnExternalEntityIsRefused() throws Exception {
		upload("xxe.xml", false).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("quiz.import-unreadable"))
			.andExpect(jsonPath("$.detail")
				.value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("DOCTYPE"))));
	}

	@Test
	void questionsAlreadyInTheBankAreReportedAsDuplicates() throws Exception {
		upload("gift-an-toan-thong-tin.txt", true).andExpect(status().isCreated());

		upload("gift-an-toan-thong-tin.txt", false).andExpect(status().isOk())
			.andExpect(jsonPath("$.errors.length()").value(7))
			.andExpect(jsonPath("$.errors[0].code").value("duplicate-in-bank"));
	}

	@Test
	void anXlsxTemplateRowWithAWrongLetterOrDifficultyIsNamedByRow() throws Exception {
		byte[] sheet = xlsx(List.of(
				List.of("Kỹ năng số", "Dễ", "Phím tắt sao chép trong Windows là?", "Ctrl + C", "Ctrl + V", "Ctrl + X",
						"", "", "", "A", "Ctrl + C sao chép."),
				List.of("Kỹ năng số", "Rất khó", "Phím tắt dán là?", "Ctrl + C", "Ctrl + V", "", "", "", "", "B", ""),
				List.of("Kỹ năng số", "Khó", "Phím tắt hoàn tác là?", "Ctrl + Z", "Ctrl + Y", "", "", "", "", "E",
						"")));

		mvc.perform(multipart("/api/courses/{id}/quiz/imports", courseId)
			.file(new MockMultipartFile("file", "cau-hoi.xlsx", null, sheet))
			.with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.format").value("XLSX"))
			.andExpect(jsonPath("$.found").value(3))
			.andExpect(jsonPath("$.errors[0].number").value(3))
			.andExpect(jsonPath("$.errors[0].code").value("xlsx-bad-difficulty"))
			.andExpect(jsonPath("$.errors[1].number").value(4))
			.andExpect(jsonPath("$.errors[1].code").value("xlsx-bad-answer-letter"));
	}

	@Test
	void anExportedBankImportsAgainIntoAnotherCourseUnchanged() throws Exception {
		upload("moodle-chinh-quyen-so.xml", true).andExpect(status().isCreated());
		byte[] xlsx = mvc.perform(get("/api/courses/{id}/quiz/export.xlsx", courseId).with(admin()))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		byte[] xml = mvc.perform(get("/api/courses/{id}/quiz/export.xml", courseId).with(admin()))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		List<QuestionContent> original = bank.of(courseId).stream().map(q -> q.current().content()).toList();

		for (byte[] exported : List.of(xlsx, xml)) {
			long other = COURSES.incrementAndGet();
			mvc.perform(multipart("/api/courses/{id}/quiz/imports", other)
				.file(new MockMultipartFile("file", "x", null, exported))
				.param("commit", "true")
				.with(admin())).andExpect(status().isCreated()).andExpect(jsonPath("$.stored").value(4));
			List<QuestionContent> again = bank.of(other).stream().map(q -> q.current().content()).toList();
			assertThat(again).extracting(QuestionContent::fingerprint)
				.containsExactlyInAnyOrderElementsOf(original.stream().map(QuestionContent::fingerprint).toList());
		}
	}

	@Test
	void onlyAnAdminMayImport() throws Exception {
		mvc.perform(multipart("/api/courses/{id}/quiz/imports", courseId)
			.file(new MockMultipartFile("file", "a.txt", null, resource("gift-an-toan-thong-tin.txt")))
			.with(KeycloakJwt.user("demo.unitadmin", "NA-DIENCHAU", "UNIT_ADMIN"))).andExpect(status().isForbidden());
		mvc.perform(get("/api/courses/{id}/quiz/questions", courseId)
			.with(KeycloakJwt.user("demo.learner", "NA-DIENCHAU-DIENKY", "LEARNER"))).andExpect(status().isForbidden());
	}

	private ResultActions upload(String fixture, boolean commit) throws Exception {
		return mvc.perform(multipart("/api/courses/{id}/quiz/imports", courseId)
			.file(new MockMultipartFile("file", fixture, null, resource(fixture)))
			.param("commit", String.valueOf(commit))
			.with(admin()));
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
		return KeycloakJwt.user("demo.admin", "NA", "ADMIN");
	}

	private static byte[] resource(String name) throws IOException {
		try (InputStream in = QuestionImportTests.class.getResourceAsStream("/quiz/" + name)) {
			return in.readAllBytes();
		}
	}

	private static byte[] xlsx(List<List<String>> rows) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Workbook workbook = new Workbook(out, "test", "1.0");
		Worksheet sheet = workbook.newWorksheet("Câu hỏi");
		String[] headers = { "Chủ đề", "Độ khó", "Câu hỏi", "A", "B", "C", "D", "E", "F", "Đáp án đúng", "Giải thích" };
		for (int c = 0; c < headers.length; c++) {
			sheet.value(0, c, headers[c]);
		}
		for (int r = 0; r < rows.size(); r++) {
			for (int c = 0; c < rows.get(r).size(); c++) {
				if (!rows.get(r).get(c).isEmpty()) {
					sheet.value(r + 1, c, rows.get(r).get(c));
				}
			}
		}
		workbook.finish();
		return out.toByteArray();
	}

}
