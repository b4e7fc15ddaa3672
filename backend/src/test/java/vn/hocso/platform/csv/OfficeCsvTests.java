package vn.hocso.platform.csv;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.hocso.platform.csv.OfficeCsv.Line;

import static org.assertj.core.api.Assertions.assertThat;

class OfficeCsvTests {

	private static final char[] COMMA_SEMICOLON_TAB = { ',', ';', '\t' };

	@Test
	void excelsVietnameseSemicolonsAreRecognisedBelowATitleLineWithoutAny() {
		List<Line> records = read(
				"Danh sách cán bộ\nHọ và tên;Ngày sinh;Đơn vị\nNguyễn Văn An;01/02/1980;UBND xã, Diễn Kỷ\n");

		assertThat(records).extracting(Line::fields)
			.containsExactly(List.of("Danh sách cán bộ"), List.of("Họ và tên", "Ngày sinh", "Đơn vị"),
					List.of("Nguyễn Văn An", "01/02/1980", "UBND xã, Diễn Kỷ"));
	}

	@Test
	void aQuotedFieldKeepsSeparatorsDoubledQuotesAndLineBreaksAndTheNextRecordKnowsItsLine() {
		List<Line> records = read("a,b\r\n\"Trần, Thị \"\"Bé\"\"\nthôn 2\",x\r\n\r\nc,d\n");

		assertThat(records.get(1).fields()).containsExactly("Trần, Thị \"Bé\"\nthôn 2", "x");
		assertThat(records.get(1).line()).isEqualTo(2);
		assertThat(records).filteredOn(record -> !record.isBlank()).extracting(Line::line).containsExactly(1, 2, 5);
	}

	@Test
	void anUntidyFileIsReadRatherThanRefused() {
		List<Line> records = read("ten,ghi chu\n\"An\" (tổ 3),ok\n\"Bình,không đóng");

		assertThat(records.get(1).fields()).containsExactly("An (tổ 3)", "ok");
		assertThat(records.get(2).fields()).containsExactly("Bình,không đóng");
	}

	@Test
	void readingStopsAfterTheNonBlankRecordsAsked() {
		List<Line> records = OfficeCsv.read("a\n\nb\nc\nd\n", COMMA_SEMICOLON_TAB, 3, 2);

		assertThat(records).filteredOn(record -> !record.isBlank())
			.extracting(Line::fields)
			.containsExactly(List.of("a"), List.of("b"));
	}

	private static List<Line> read(String text) {
		return OfficeCsv.read(text, COMMA_SEMICOLON_TAB, 11, 1000);
	}

}
