package vn.hocso.exam;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.hocso.exam.domain.PositionMatch;

class PositionMatchTests {

	private final PositionMatch itOfficers = new PositionMatch(List.of("Cán bộ CNTT", "công nghệ thông tin"));

	@Test
	void aPositionMatchesWithoutCaseOrDiacritics() {
		assertThat(itOfficers.matches("CÁN BỘ CNTT")).isTrue();
		assertThat(itOfficers.matches("can bo cntt")).isTrue();
		assertThat(itOfficers.matches("Nhân viên văn thư, phụ trách Công nghệ Thông tin")).isTrue();
	}

	@Test
	void aPositionContainingTheWordsAmongOthersMatches() {
		assertThat(itOfficers.matches("Công chức Tài chính - Kế toán, kiêm cán bộ CNTT")).isTrue();
		assertThat(itOfficers.matches("Chuyên viên-Cán bộ CNTT")).isTrue();
	}

	@Test
	void onlyWholeWordsMatch() {
		assertThat(itOfficers.matches("Cán bộ CNTTT")).isFalse();
		assertThat(itOfficers.matches("Công chức Văn phòng - Thống kê")).isFalse();
		assertThat(itOfficers.matches(null)).isFalse();
	}

	@Test
	void theLetterDWithStrokeMatchesD() {
		assertThat(new PositionMatch(List.of("Địa chính")).matches("dia chinh - xay dung")).isTrue();
	}

}
