package vn.hocso.openlearning.domain;

import java.util.Locale;

/** A printable sheet: an A4 poster for a notice board, an A6 leaflet to hand out. */
public enum PosterFormat {

	A4("210mm 297mm", 1.0), A6("105mm 148mm", 0.5);

	private final String pageSize;

	/** Sizes relative to the A4 poster (A6 is half its width). */
	private final double scale;

	PosterFormat(String pageSize, double scale) {
		this.pageSize = pageSize;
		this.scale = scale;
	}

	String pageSize() {
		return pageSize;
	}

	/** A length in millimetres at this format's scale, for CSS. */
	String mm(double a4Millimetres) {
		return String.format(Locale.ROOT, "%.1fmm", a4Millimetres * scale);
	}

	String pt(double a4Points) {
		return String.format(Locale.ROOT, "%.1fpt", a4Points * scale);
	}

}
