package vn.hocso.certificate.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.samskivert.mustache.Escapers;
import com.samskivert.mustache.Mustache;
import org.apache.pdfbox.pdmodel.PDDocument;
import vn.hocso.platform.pdf.NotoSans;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import vn.hocso.certificate.CertificateKind;
import vn.hocso.platform.pdf.OfflineRendering;
import vn.hocso.platform.pdf.QrCodes;

/**
 * Renders a certificate from an HTML/CSS template with {@code {{field}}} placeholders
 * (values are HTML-escaped) into an A4 PDF with Noto Sans embedded. The fonts are read
 * once and kept in memory, so rendering thousands costs no file reads.
 */
public final class CertificatePdf {

	public static final String FONT = NotoSans.FAMILY;

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private CertificatePdf() {
	}

	public static String defaultTemplate() {
		return defaultTemplate(CertificateKind.COURSE);
	}

	/** The kind's template shipped with the application. */
	public static String defaultTemplate(CertificateKind kind) {
		String resource = switch (kind) {
			case COURSE -> "/certificate/default-template.html";
			case IN_PERSON -> "/certificate/in-person-template.html";
			case ASSESSMENT -> "/certificate/assessment-template.html";
		};
		try (InputStream in = CertificatePdf.class.getResourceAsStream(resource)) {
			return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Renders one certificate; {@code verifyUrl} is what its QR code opens. */
	public static void render(String template, CertificateContent content, String issuePlace, String verifyUrl,
			OutputStream out) throws IOException {
		try (PDDocument document = new PDDocument()) {
			PdfRendererBuilder builder = OfflineRendering.configure(new PdfRendererBuilder());
			builder.useFastMode();
			builder.usePDDocument(document);
			NotoSans.use(builder, document);
			builder.withHtmlContent(fill(template, values(content, issuePlace, verifyUrl)), null);
			builder.toStream(out);
			builder.run();
		}
	}

	static Map<String, String> values(CertificateContent content, String issuePlace, String verifyUrl) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("serial", content.serial());
		values.put("fullName", content.fullName());
		values.put("dateOfBirth", content.dateOfBirth() == null ? "" : DATE.format(content.dateOfBirth()));
		values.put("dateOfBirthSalt", content.dateOfBirthSalt() == null ? "" : content.dateOfBirthSalt());
		values.put("unitName", content.unitName());
		values.put("courseTitle", content.courseTitle());
		values.put("hours", content.hours());
		values.put("completedOn", DATE.format(content.completedOn()));
		values.put("score", content.scorePercent() == null ? "Đạt" : content.scorePercent() + "/100");
		values.put("issuerAuthority", content.issuerAuthority());
		values.put("signerTitle", content.signerTitle());
		values.put("signerName", content.signerName() == null ? "" : content.signerName());
		values.put("issuePlace", issuePlace);
		values.put("issuedOn", DATE.format(content.issuedOn()));
		values.put("issuedOnLong", longDate(content.issuedOn()));
		values.put("verificationCode", content.verificationCode());
		values.put("verifyUrl", verifyUrl);
		content.details()
			.forEach(
					(key, value) -> values.put(key, key.endsWith("Day") ? DATE.format(LocalDate.parse(value)) : value));
		values.put("qrCode", "data:image/png;base64," + Base64.getEncoder().encodeToString(QrCodes.png(verifyUrl, 0)));
		return values;
	}

	/**
	 * Fills the {@code {{field}}} placeholders with Mustache: every value is escaped (by
	 * the formatter, so that {@code {{{field}}}} cannot bypass it) and NFC-normalized,
	 * except the QR code's data URL; a placeholder with no value is left as typed, as the
	 * preview shows it.
	 */
	static String fill(String template, Map<String, String> values) {
		Map<String, Object> data = new HashMap<>(values);
		if (values.containsKey("qrCode")) {
			data.put("qrCode", new Markup(values.get("qrCode")));
		}
		return PLACEHOLDERS.compile(template).execute(data);
	}

	/** A value the server made itself, inserted as it is. */
	private record Markup(String html) {
	}

	private static final Mustache.Compiler PLACEHOLDERS = Mustache.compiler()
		.escapeHTML(false)
		.withFormatter(value -> value instanceof Markup markup ? markup.html()
				: Escapers.HTML.escape(Normalizer.normalize(String.valueOf(value), Normalizer.Form.NFC)))
		.defaultValue("{{{{name}}}}");

	/** "ngày 05 tháng 11 năm 2026", as Vietnamese documents date themselves. */
	static String longDate(LocalDate date) {
		return "ngày %02d tháng %02d năm %d".formatted(date.getDayOfMonth(), date.getMonthValue(), date.getYear());
	}

}
