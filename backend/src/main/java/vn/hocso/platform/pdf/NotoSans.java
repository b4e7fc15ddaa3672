package vn.hocso.platform.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The vendored Noto Sans (regular and bold) for documents rendered in bulk, cut down to
 * Latin, Vietnamese and punctuation without its GSUB table. PDFBox applies GSUB rules by
 * compiling regular expressions for every text run, which made them most of a
 * certificate's rendering time; Vietnamese needs no substitution (its letters are
 * precomposed, and values are NFC-normalized), so the lean font renders the same text 3×
 * faster. The fonts are read once; each thread parses them once (PDFBox's parsed fonts
 * are not safe to share between threads; each document embeds its own subset).
 */
public final class NotoSans {

	public static final String FAMILY = "Noto Sans";

	/**
	 * The tables a PDF needs to embed and draw glyphs; GSUB (ligatures) is left out on
	 * purpose.
	 */
	private static final List<String> TABLES = List.of("head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf", "hmtx",
			"fpgm", "gasp", "cmap", "name", "OS/2", "post");

	// After TABLES: static fields initialize in order.
	private static final byte[] REGULAR = lean(font("/fonts/NotoSans-Regular.ttf"));

	private static final byte[] BOLD = lean(font("/fonts/NotoSans-Bold.ttf"));

	private static final ThreadLocal<TrueTypeFont[]> PARSED = ThreadLocal.withInitial(() -> {
		try {
			return new TrueTypeFont[] { new TTFParser().parse(new RandomAccessReadBuffer(REGULAR)),
					new TTFParser().parse(new RandomAccessReadBuffer(BOLD)) };
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	});

	private NotoSans() {
	}

	/**
	 * Embeds both weights (subset) into the document the builder renders into, as
	 * {@link #FAMILY}.
	 */
	public static void use(PdfRendererBuilder builder, PDDocument document) throws IOException {
		TrueTypeFont[] fonts = PARSED.get();
		builder.useFont(new PDFontSupplier(PDType0Font.load(document, fonts[0], true)), FAMILY, 400, FontStyle.NORMAL,
				true);
		builder.useFont(new PDFontSupplier(PDType0Font.load(document, fonts[1], true)), FAMILY, 700, FontStyle.NORMAL,
				true);
	}

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
		try (InputStream in = NotoSans.class.getResourceAsStream(resource)) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
