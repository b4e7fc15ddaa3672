package vn.hocso.openlearning.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import vn.hocso.platform.ProblemException;

class RichTextTests {

	@Test
	void keepsStructureAndDropsScriptsStylesImagesAndHandlers() {
		assertThat(RichText.sanitize("<h2>Các bước</h2><ol><li onclick=\"x()\"><b>Mở</b> ứng dụng</li></ol>"
				+ "<script>steal()</script><style>p{}</style><img src=\"http://x/y.png\"><iframe src=\"//evil\"></iframe>"))
			.isEqualTo("<h2>Các bước</h2><ol><li><b>Mở</b> ứng dụng</li></ol>");
	}

	@Test
	void linksOutOpenWithoutReferrerAndOnlyBySafeSchemes() {
		assertThat(RichText.sanitize("<a href=\"https://dichvucong.gov.vn\">DVC</a> <a href=\"tel:113\">113</a>"
				+ " <a href=\"javascript:alert(1)\">x</a> <a href=\"data:text/html,1\">y</a>"))
			.isEqualTo("<a href=\"https://dichvucong.gov.vn\" rel=\"nofollow noopener noreferrer\">DVC</a> "
					+ "<a href=\"tel:113\" rel=\"nofollow noopener noreferrer\">113</a> "
					+ "<a rel=\"nofollow noopener noreferrer\">x</a> <a rel=\"nofollow noopener noreferrer\">y</a>");
	}

	@Test
	void vietnameseTextIsStoredComposed() {
		// "ạ" typed as a + combining dot below (U+0323) is stored as the one precomposed
		// letter.
		assertThat(RichText.sanitize("<p>Ha\u0323</p>")).isEqualTo("<p>H\u1EA1</p>");
	}

	@Test
	void slugsAreMadeFromVietnameseTitlesAndCheckedWhenGiven() {
		assertThat(Slugs.of("Thanh toán không dùng tiền mặt")).isEqualTo("thanh-toan-khong-dung-tien-mat");
		assertThat(Slugs.of("Đăng nhập Cổng Dịch vụ công")).isEqualTo("dang-nhap-cong-dich-vu-cong");
		assertThatThrownBy(() -> Slugs.require("Có Dấu")).isInstanceOf(ProblemException.class);
		assertThatThrownBy(() -> Slugs.require("../x")).isInstanceOf(ProblemException.class);
	}

	@Test
	void codesUseNoLookAlikeCharacters() {
		assertThat(QrCodeIssuer.ALPHABET).doesNotContain("0", "O", "1", "I", "L");
		assertThat(QrCodeIssuer.ALPHABET.chars().distinct().count()).isEqualTo(QrCodeIssuer.ALPHABET.length());
	}

}
