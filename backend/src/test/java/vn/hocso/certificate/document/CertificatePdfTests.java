package vn.hocso.certificate.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class CertificatePdfTests {

	static final CertificateContent CONTENT = new CertificateContent("NA-2026-000123", "k7m2x9qa3hf8wz5c",
			"Nguyễn Thị Hồng Ánh", LocalDate.of(1990, 5, 17), "Xã Diễn Kỷ, huyện Diễn Châu",
			"Kỹ năng số cơ bản cho cán bộ, công chức", 750, LocalDate.of(2026, 11, 20), 92,
			"Sở Thông tin và Truyền thông tỉnh Nghệ An", "Giám đốc", "Đặng Quốc Hưng", LocalDate.of(2026, 11, 21),
			"demo-2026", CertificateContent.FORMAT_BIRTH_DATE_COMMITTED, "q3Vx1bU8cT0yZkR2mW9fAg");

	static final String URL = "http://localhost:8080/verify/k7m2x9qa3hf8wz5c?sig=abc_DEF-123";

	@Test
	void vietnameseNamesAndTheHeaderAreExtractableExactly() throws Exception {
		try (PDDocument pdf = Loader.loadPDF(render())) {
			String text = new PDFTextStripper().getText(pdf);

			assertThat(text).contains("Nguyễn Thị Hồng Ánh", "Đặng Quốc Hưng", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
					"Độc lập - Tự do - Hạnh phúc", "GIẤY CHỨNG NHẬN HOÀN THÀNH KHÓA HỌC", "NA-2026-000123",
					"17/05/1990", "12,5 giờ", "92/100", "Kỹ năng số cơ bản cho cán bộ, công chức");
		}
	}

	@Test
	void theCertificateIsOneA4LandscapePage() throws Exception {
		try (PDDocument pdf = Loader.loadPDF(render())) {
			PDRectangle box = pdf.getPage(0).getMediaBox();

			assertThat(pdf.getNumberOfPages()).isEqualTo(1);
			assertThat(box.getWidth()).isCloseTo(842f, org.assertj.core.data.Offset.offset(2f));
			assertThat(box.getHeight()).isCloseTo(595f, org.assertj.core.data.Offset.offset(2f));
		}
	}

	@Test
	void theQrCodeDecodesToTheVerificationUrl() throws Exception {
		try (PDDocument pdf = Loader.loadPDF(render())) {
			BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, 200);
			var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page)));

			assertThat(new QRCodeReader()
				.decode(bitmap, java.util.Map.of(com.google.zxing.DecodeHintType.TRY_HARDER, true))
				.getText()).isEqualTo(URL);
		}
	}

	@Test
	void placeholderValuesAreHtmlEscaped() {
		assertThat(CertificatePdf.fill("<p>{{fullName}}</p>", java.util.Map.of("fullName", "<b>A & B</b>")))
			.isEqualTo("<p>&lt;b&gt;A &amp; B&lt;/b&gt;</p>");
	}

	@Test
	void aPlaceholderWithoutValueIsLeftAsTypedAndTripleBracesAreEscapedToo() {
		assertThat(CertificatePdf.fill("<p>{{nickname}} {{{fullName}}}</p>", java.util.Map.of("fullName", "<i>A</i>")))
			.isEqualTo("<p>{{nickname}} &lt;i&gt;A&lt;/i&gt;</p>");
	}

	static byte[] render() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		CertificatePdf.render(CertificatePdf.defaultTemplate(), CONTENT, "Nghệ An", URL, out);
		return out.toByteArray();
	}

}
