package vn.hocso.certificate.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import vn.hocso.certificate.CertificateKind;
import vn.hocso.platform.pdf.OfflineRendering;

/**
 * Renders a certificate from an HTML/CSS template with {@code {{field}}} placeholders (values are
 * HTML-escaped) into an A4 PDF with Noto Sans embedded. The fonts are read once and kept in memory,
 * so rendering thousands costs no file reads.
 */
public final class CertificatePdf {

	public static final String FONT = "Noto Sans";

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-zA-Z]+)\\}\\}");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	/** The tables a PDF needs to embed and draw glyphs; GSUB (ligatures) is left out on purpose. */
	private static final List<String> TABLES = List.of("head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf", "hmtx",
			"fpgm", "gasp", "cmap", "name", "OS/2", "post");

	// After TABLES: static fields initialize in order.
	private static final byte[] REGULAR = lean(font("/fonts/NotoSans-Regular.ttf"));

	private static final byte[] BOLD = lean(font("/fonts/NotoSans-Bold.ttf"));


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
		TrueTypeFont[] fonts = PARSED_FONTS.get();
		try (PDDocument document = new PDDocument()) {
			PdfRendererBuilder builder = OfflineRendering.configure(new PdfRendererBuilder());
			builder.useFastMode();
			builder.usePDDocument(document);
			builder.useFont(new PDFontSupplier(PDType0Font.load(document, fonts[0], true)), FONT, 400, FontStyle.NORMAL,
					true);
			builder.useFont(new PDFontSupplier(PDType0Font.load(document, fonts[1], true)), FONT, 700, FontStyle.NORMAL,
					true);
			builder.withHtmlContent(fill(template, values(content, issuePlace, verifyUrl)), null);
			builder.toStream(out);
			builder.run();
		}
	}

	/**
	 * Parsing Noto Sans is most of a certificate's rendering time, so each thread parses it once and
	 * keeps it (PDFBox's parsed fonts are not safe to share between threads; each document embeds
	 * its own subset).
	 */
	private static final ThreadLocal<TrueTypeFont[]> PARSED_FONTS = ThreadLocal.withInitial(() -> {
		try {
			return new TrueTypeFont[] { new TTFParser().parse(new RandomAccessReadBuffer(REGULAR)),
					new TTFParser().parse(new RandomAccessReadBuffer(BOLD)) };
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	});

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
		content.details().forEach((key, value) -> values.put(key, key.endsWith("Day") ? DATE.format(LocalDate.parse(value)) : value));
		values.put("qrCode", "data:image/png;base64," + Base64.getEncoder().encodeToString(QrCodes.png(verifyUrl, 0)));
		return values;
	}

	static String fill(String template, Map<String, String> values) {
		Matcher matcher = PLACEHOLDER.matcher(template);
		StringBuilder html = new StringBuilder(template.length() + 4096);
		while (matcher.find()) {
			String value = values.get(matcher.group(1));
			String replacement = value == null ? matcher.group()
					: "qrCode".equals(matcher.group(1)) ? value : escape(Normalizer.normalize(value, Normalizer.Form.NFC));
			matcher.appendReplacement(html, Matcher.quoteReplacement(replacement));
		}
		matcher.appendTail(html);
		return html.toString();
	}

	/** "ngày 05 tháng 11 năm 2026", as Vietnamese documents date themselves. */
	static String longDate(LocalDate date) {
		return "ngày %02d tháng %02d năm %d".formatted(date.getDayOfMonth(), date.getMonthValue(), date.getYear());
	}

	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

	/**
	 * Noto Sans cut down to Latin, Vietnamese and punctuation, without its GSUB table. PDFBox applies
	 * GSUB rules by compiling regular expressions for every text run, which made it most of a
	 * certificate's rendering time; Vietnamese needs no substitution (its letters are precomposed,
	 * and the values are NFC-normalized), so the font without it renders the same text 3× faster.
	 */
	static byte[] lean(byte[] fontFile) {
		try {
			TrueTypeFont full = new TTFParser().parse(new RandomAccessReadBuffer(fontFile));
			TTFSubsetter subsetter = new TTFSubsetter(full, TABLES);
			Set<Integer> codePoints = new HashSet<>();
			addRange(codePoints, 0x20, 0x24F);
			addRange(codePoints, 0x300, 0x323);
			addRange(codePoints, 0x1E00, 0x1EFF);
			addRange(codePoints, 0x2000, 0x206F);
			addRange(codePoints, 0x20AB, 0x20AC);
			addRange(codePoints, 0x2100, 0x2122);
			addRange(codePoints, 0x2190, 0x2199);
			addRange(codePoints, 0x2713, 0x2718);
			subsetter.addAll(codePoints);
			ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
			subsetter.writeToStream(out);
			full.close();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void addRange(Set<Integer> codePoints, int from, int to) {
		for (int c = from; c <= to; c++) {
			codePoints.add(c);
		}
	}

	private static byte[] font(String resource) {
		try (InputStream in = CertificatePdf.class.getResourceAsStream(resource)) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
