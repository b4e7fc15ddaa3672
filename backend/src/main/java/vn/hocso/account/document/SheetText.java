package vn.hocso.account.document;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** The words printed on the sheets: in Vietnamese, for the learners who receive them. */
final class SheetText {

	static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	static final String TITLE = "Tài khoản học tập — Học Số";

	static final List<String> HEADERS = List.of("Mã đơn vị", "Đơn vị", "Họ và tên", "Ngày sinh", "Tên đăng nhập",
			"Mã kích hoạt", "Mã dùng đến", "Địa chỉ đăng nhập");

	private SheetText() {
	}

	static List<String> steps(String loginUrl) {
		return List.of("1. Mở trang " + loginUrl + " trên điện thoại hoặc máy tính.",
				"2. Nhập tên đăng nhập và mã kích hoạt (gõ cả dấu gạch ngang, chữ thường).",
				"3. Đặt mật khẩu mới của riêng bạn (ít nhất 8 ký tự) và ghi nhớ nó.",
				"Mã kích hoạt chỉ dùng một lần; không đưa mã cho người khác. Hết hạn: liên hệ cán bộ đầu mối để cấp lại.");
	}

	/**
	 * The same steps for a citizen registered by a community helper, who is the one to
	 * ask again.
	 */
	static List<String> citizenSteps(String loginUrl) {
		return List.of("1. Mở trang " + loginUrl + " (hoặc quét mã QR) trên điện thoại hoặc máy tính.",
				"2. Nhập tên đăng nhập và mã kích hoạt (gõ cả dấu gạch ngang, chữ thường).",
				"3. Đặt mật khẩu mới của riêng bạn (ít nhất 8 ký tự) và ghi nhớ nó.",
				"Mã kích hoạt chỉ dùng một lần; không đưa mã cho người khác. Hết hạn: liên hệ Tổ công nghệ số cộng đồng của xã.");
	}

	static String date(@Nullable LocalDate date) {
		return date == null ? "" : DATE.format(date);
	}

}
