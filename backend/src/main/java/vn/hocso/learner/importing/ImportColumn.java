package vn.hocso.learner.importing;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import vn.hocso.learner.domain.SearchName;

/**
 * The template's columns. A file's header matches a column when, lower-cased, without
 * diacritics, punctuation or a "(…)" hint, it equals one of the aliases (Vietnamese or
 * English).
 */
public enum ImportColumn {

	FULL_NAME("fullName", "Họ và tên", true, "ho va ten", "ho ten", "full name", "name"), DATE_OF_BIRTH("dateOfBirth",
			"Ngày sinh (dd/mm/yyyy)", true, "ngay sinh", "ngay thang nam sinh", "date of birth", "birth date", "dob"),
	GENDER("gender", "Giới tính", false, "gioi tinh", "gender", "sex"),
	CITIZEN_ID("citizenId", "Số CCCD", false, "so cccd", "cccd", "so can cuoc", "so can cuoc cong dan",
			"can cuoc cong dan", "citizen id", "national id"),
	EMAIL("email", "Email", false, "email", "e mail", "thu dien tu"),
	PHONE("phone", "Số điện thoại", false, "so dien thoai", "dien thoai", "sdt", "phone", "phone number", "mobile"),
	UNIT_CODE("unitCode", "Mã đơn vị", true, "ma don vi", "unit code", "unit"),
	CATEGORY("category", "Đối tượng (Cán bộ/Công chức/Viên chức/Người lao động/Công dân/Nhân viên doanh nghiệp)", true,
			"doi tuong", "category", "learner category"),
	POSITION("position", "Chức vụ", false, "chuc vu", "position", "job title");

	private static final Pattern HINT = Pattern.compile("\\(.*\\)");

	private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");

	private final String field;

	private final String templateHeader;

	private final boolean requiredHeader;

	// List.of: unmodifiable, so the constant stays immutable.
	@SuppressWarnings("ImmutableEnumChecker")
	private final List<String> aliases;

	ImportColumn(String field, String templateHeader, boolean requiredHeader, String... aliases) {
		this.field = field;
		this.templateHeader = templateHeader;
		this.requiredHeader = requiredHeader;
		this.aliases = List.of(aliases);
	}

	public String field() {
		return field;
	}

	public String templateHeader() {
		return templateHeader;
	}

	public boolean requiredHeader() {
		return requiredHeader;
	}

	public static Optional<ImportColumn> matching(String header) {
		String key = NOT_ALNUM.matcher(HINT.matcher(SearchName.of(header)).replaceAll("")).replaceAll(" ").strip();
		for (ImportColumn column : values()) {
			if (column.aliases.contains(key)) {
				return Optional.of(column);
			}
		}
		return Optional.empty();
	}

}
