package vn.hocso.account.document;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.samskivert.mustache.Template;

import vn.hocso.account.ActivationSlips.Slip;
import vn.hocso.platform.HtmlTemplates;
import vn.hocso.platform.pdf.HtmlPdf;
import vn.hocso.platform.pdf.NotoSans;
import vn.hocso.platform.pdf.QrCodes;

/**
 * A printable A4 sheet: one cut-out card per learner (two per row) with name, unit,
 * username, activation code and the steps to log in. Noto Sans is embedded for every
 * Vietnamese glyph.
 */
public final class PdfAccountSheet {

	private static final String FONT = NotoSans.FAMILY;

	/**
	 * {@code account/sheet.mustache} and {@code account/slip.mustache}: XHTML for
	 * openhtmltopdf, every text escaped.
	 */
	private static final Template SHEET = HtmlTemplates.compile("account", "sheet");

	private static final Template SLIP = HtmlTemplates.compile("account", "slip");

	private PdfAccountSheet() {
	}

	public static void write(String heading, List<SheetLine> lines, String loginUrl, OutputStream out)
			throws IOException {
		render(html(heading, lines, loginUrl), out);
	}

	/**
	 * One citizen's slip on an A6 page: the same card, with the year of birth and a QR
	 * code of the login address.
	 */
	public static void writeSlip(Slip slip, String loginUrl, OutputStream out) throws IOException {
		render(slipHtml(slip, loginUrl), out);
	}

	private static void render(String html, OutputStream out) throws IOException {
		HtmlPdf.render(html, out);
	}

	static String html(String heading, List<SheetLine> lines, String loginUrl) {
		List<String> steps = SheetText.steps(loginUrl);
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int i = 0; i < lines.size(); i += 2) {
			List<Map<String, Object>> cards = new ArrayList<>();
			cards.add(card(lines.get(i), steps));
			if (i + 1 < lines.size()) {
				cards.add(card(lines.get(i + 1), steps));
			}
			rows.add(Map.of("cards", cards, "single", cards.size() == 1));
		}
		return SHEET.execute(Map.of("font", FONT, "heading", SheetText.TITLE + " — " + heading, "rows", rows));
	}

	static String slipHtml(Slip slip, String loginUrl) {
		Map<String, Object> page = new HashMap<>();
		page.put("font", FONT);
		page.put("title", SheetText.TITLE);
		page.put("fullName", slip.fullName());
		page.put("birthYear", slip.birthYear());
		page.put("communeName", slip.communeName());
		page.put("username", slip.username());
		page.put("activationCode", slip.activationCode());
		page.put("validUntil", SheetText.date(slip.validUntil()));
		page.put("qr", "data:image/png;base64," + Base64.getEncoder().encodeToString(QrCodes.png(loginUrl, 0)));
		page.put("loginUrl", loginUrl);
		page.put("steps", SheetText.citizenSteps(loginUrl));
		return SLIP.execute(page);
	}

	private static Map<String, Object> card(SheetLine line, List<String> steps) {
		Map<String, Object> card = new HashMap<>();
		card.put("fullName", line.fullName());
		card.put("dateOfBirth", SheetText.date(line.dateOfBirth()));
		card.put("unitName", line.unitName());
		card.put("username", line.username());
		card.put("activationCode", line.activationCode());
		card.put("validUntil", SheetText.date(line.codeValidUntil()));
		card.put("steps", steps);
		return card;
	}

}
