package vn.hocso.headcount.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.hocso.platform.ProblemException;

class PopulationSheetTests {

	@Test
	void readsTheColumnsByTheirNamesBelowATitleWhateverTheirOrder() {
		List<PopulationSheet.Row> rows = PopulationSheet.read("""
				Niên giám thống kê, huyện Diễn Châu
				Năm;Nguồn số liệu;Mã xã;Dân số trong độ tuổi lao động
				2026;"Chi cục Thống kê; 2024";NA-DIENCHAU-DIENKY;5.210
				2026;;NA-DIENCHAU-DIENHONG;6 180
				""".getBytes(StandardCharsets.UTF_8));
		assertThat(rows).containsExactly(
				new PopulationSheet.Row(3, "NA-DIENCHAU-DIENKY", 5210L, "5.210", "Chi cục Thống kê; 2024", "2026"),
				new PopulationSheet.Row(4, "NA-DIENCHAU-DIENHONG", 6180L, "6 180", null, "2026"));
	}

	@Test
	void aFigureThatIsNotAWholeNumberIsKeptForItsRowsProblem() {
		assertThat(PopulationSheet.count("sáu nghìn")).isNull();
		assertThat(PopulationSheet.count("-12")).isNull();
		assertThat(PopulationSheet.count("12345.0")).isEqualTo(12345L);
		assertThat(PopulationSheet.count("1,234,567")).isEqualTo(1234567L);
	}

	@Test
	void aFileWithoutTheTwoColumnsIsRefused() {
		assertThatThrownBy(() -> PopulationSheet.read("Tên xã,Ghi chú\nDiễn Kỷ,\n".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOfSatisfying(ProblemException.class,
					problem -> assertThat(problem.code()).isEqualTo("population.import-no-header"));
	}

}
