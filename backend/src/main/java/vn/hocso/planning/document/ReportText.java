package vn.hocso.planning.document;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import vn.hocso.planning.domain.DenominatorSource;

/**
 * The report's fixed Vietnamese wording (an official document is in Vietnamese whatever
 * the UI language).
 */
final class ReportText {

	static final String MOTTO_1 = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";

	static final String MOTTO_2 = "Độc lập - Tự do - Hạnh phúc";

	static final List<String> HEADERS = List.of("Mã đơn vị", "Đơn vị", "Số người (mẫu số)", "Nguồn mẫu số",
			"Đã ghi danh", "Đã hoàn thành", "Đã cấp chứng nhận", "Kết quả", "Chỉ tiêu", "Còn thiếu");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private ReportText() {
	}

	static String title(PlanReport report) {
		return ("MONTHLY".equals(report.kind()) ? "BÁO CÁO THÁNG " : "BÁO CÁO NĂM ") + report.period()
				+ " — KẾT QUẢ THỰC HIỆN KẾ HOẠCH " + report.planNumber();
	}

	static String source(DenominatorSource source) {
		return switch (source) {
			case VERIFIED_HEADCOUNT -> "Biên chế được Sở Nội vụ duyệt";
			case REGISTERED_LEARNERS -> "Học viên đã đăng ký";
			case MIXED -> "Kết hợp";
			case EXAM_CANDIDATES -> "Người thuộc diện sát hạch";
			case WORKING_AGE_POPULATION -> "Dân số trong độ tuổi lao động đã thẩm định";
			case NOMINATED_FOCAL_POINTS -> "Cán bộ đầu mối được cử";
		};
	}

	static String date(LocalDate day) {
		return DATE.format(day);
	}

	static String dateLine(LocalDate day) {
		return "ngày %d tháng %d năm %d".formatted(day.getDayOfMonth(), day.getMonthValue(), day.getYear());
	}

	static String value(double value, String unit) {
		return "PERCENT".equals(unit) ? String.format(Locale.ROOT, "%.1f%%", value)
				: String.format(Locale.ROOT, "%.0f", value);
	}

	static String basis(PlanReport report) {
		return report.snapshotDay() != null
				? "Số liệu chốt ngày " + date(report.snapshotDay()) + " (ảnh chụp số liệu hằng ngày)."
				: "Số liệu tính lại đến ngày " + date(report.asOf()) + ".";
	}

}
