package vn.hocso.learner.importing;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Words a row error for a person: "Dòng 17: thiếu họ tên" / "Row 17: full name is
 * missing".
 */
@Component
public class ImportMessages {

	public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final MessageSource messages;

	ImportMessages(MessageSource messages) {
		this.messages = messages;
	}

	public String text(RowError error, Locale locale) {
		Object[] args = { error.row(), column(error.column(), locale), error.value(),
				error.otherRow() == null ? "" : error.otherRow() };
		return messages.getMessage("learner-import.row." + error.code(), args, locale);
	}

	public String column(@Nullable ImportColumn column, Locale locale) {
		return column == null ? "" : messages.getMessage("learner-import.column." + column.field(), null, locale);
	}

}
