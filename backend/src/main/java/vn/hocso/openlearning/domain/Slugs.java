package vn.hocso.openlearning.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

import vn.hocso.platform.ProblemException;

/**
 * Slugs are the readable part of a material's address (/m/dich-vu-cong): lower-case ASCII
 * words joined by hyphens.
 */
final class Slugs {

	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private Slugs() {
	}

	static String require(String slug) {
		if (slug.length() > 80 || !SLUG.matcher(slug).matches()) {
			throw ProblemException.badRequest("open-learning.slug-invalid", slug);
		}
		return slug;
	}

	/** "Thanh toán không dùng tiền mặt" → "thanh-toan-khong-dung-tien-mat". */
	static String of(String title) {
		String ascii = Normalizer.normalize(title.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("(^-|-$)", "");
		return ascii.length() > 80 ? ascii.substring(0, 80).replaceAll("-$", "") : ascii;
	}

}
