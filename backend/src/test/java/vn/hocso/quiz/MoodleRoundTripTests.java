package vn.hocso.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Base64;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import vn.hocso.progress.LectureProgress;
import vn.hocso.quiz.domain.Difficulty;
import vn.hocso.quiz.domain.QuestionBank;
import vn.hocso.quiz.domain.QuestionContent;
import vn.hocso.quiz.domain.QuestionContent.Option;
import vn.hocso.testing.AsCaller;
import vn.hocso.testing.KeycloakJwt;

/** Bank → Moodle XML → a new bank: every field of every question comes back exactly. */
@QuizModuleTest
class MoodleRoundTripTests {

	private static final String PNG = "iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEElEQVR4nGPgOiEHRAwQCgAZ/gPBqzAfUgAAAABJRU5ErkJggg==";

	private static final String JPEG = Base64.getEncoder()
		.encodeToString(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0,
				1, 1, 0, 0, 1, 0, 1, 0, 0, (byte) 0xFF, (byte) 0xD9 });

	@Autowired
	MockMvc mvc;

	@Autowired
	QuestionBank bank;

	@Autowired
	LectureProgress progress;

	@BeforeEach
	void signIn() {
		AsCaller.signIn("demo.admin", "NA", "ADMIN");
	}

	@AfterEach
	void signOut() {
		AsCaller.signOut();
	}

	@Test
	void aBankExportedToMoodleXmlImportsBackFieldByField() throws Exception {
		long from = 990_001;
		long to = 990_002;
		List<QuestionContent> original = List.of(
				new QuestionContent("Chính quyền số", Difficulty.EASY, "Cổng Dịch vụ công quốc gia là gì?", null,
						List.of(new Option("Một trang thông tin", false), new Option("Nơi nộp hồ sơ trực tuyến", true)),
						"Xem dichvucong.gov.vn"),
				new QuestionContent("Kỹ năng số / Văn phòng", Difficulty.HARD,
						"Công thức nào cộng A1 và B1?\nChọn tất cả đáp án đúng.", "data:image/png;base64," + PNG,
						List.of(new Option("=A1+B1", true), new Option("=SUM(A1:B1)", true),
								new Option("=A1&B1", false), new Option("=SUM(A1;B1)", true)),
						"Dòng 1: phép cộng.\nDòng 2: hàm SUM."),
				new QuestionContent("An toàn thông tin", Difficulty.MEDIUM,
						"Thẻ <script> và chuỗi ]]> trong câu hỏi có bị hiểu sai không? 100% & \"trích dẫn\"",
						"data:image/jpeg;base64," + JPEG,
						List.of(new Option("Không, chúng là chữ <b>thường</b>", true),
								new Option("Có & hỏng tệp", false)),
						null),
				new QuestionContent("An toàn thông tin", Difficulty.EASY, "Mật khẩu mạnh cần dài ít nhất 12 ký tự.",
						null, List.of(new Option("Đúng", true), new Option("Sai", false)), null));
		bank.addAll(from, original);

		byte[] xml = mvc.perform(get("/api/courses/{id}/quiz/export.xml", from).with(admin()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		mvc.perform(multipart("/api/courses/{id}/quiz/imports", to)
			.file(new MockMultipartFile("file", "bank.xml", null, xml))
			.param("commit", "true")
			.with(admin()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.stored").value(4))
			.andExpect(jsonPath("$.warnings").isEmpty())
			.andExpect(jsonPath("$.skipped").isEmpty());

		List<QuestionContent> again = bank.of(to).stream().map(q -> q.current().content()).toList();
		Comparator<QuestionContent> byStem = Comparator.comparing(QuestionContent::stem);
		List<QuestionContent> expected = original.stream().sorted(byStem).toList();
		List<QuestionContent> actual = again.stream().sorted(byStem).toList();
		assertThat(actual).hasSameSizeAs(expected);
		for (int i = 0; i < expected.size(); i++) {
			QuestionContent want = expected.get(i);
			QuestionContent got = actual.get(i);
			assertThat(got.topic()).isEqualTo(want.topic());
			assertThat(got.difficulty()).isEqualTo(want.difficulty());
			assertThat(got.stem()).isEqualTo(want.stem());
			assertThat(got.image()).isEqualTo(want.image());
			assertThat(got.options()).isEqualTo(want.options());
			assertThat(got.explanation()).isEqualTo(want.explanation());
		}
		assertThat(actual).isEqualTo(expected);
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
		return KeycloakJwt.user("demo.admin", "NA", "ADMIN");
	}

}
