package vn.hocso.learner;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import vn.hocso.learner.importing.ImportReport;
import vn.hocso.learner.importing.ImportReport.Outcome;
import vn.hocso.learner.importing.LearnerImport.CommitMode;
import vn.hocso.learner.importing.LearnerImportService;
import vn.hocso.testing.AsCaller;

/**
 * A province's 36,000 officials in one staff list: prints how long validation and commit
 * take. Not part of the normal run (the name matches no Surefire pattern); run it with
 * {@code ./mvnw -pl backend test -Dtest=LearnerImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
// Validated in the request thread (not in the background, as files above 5,000 rows are)
// to time it alone.
@SpringBootTest(properties = "hocso.learner-import.background-rows=1000000")
class LearnerImportBenchmark {

	static final int ROWS = 36_000;

	static final String[] SURNAMES = { "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
			"Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Hà", "Cao", "Thái", "Lương" };

	static final String[] MIDDLE = { "Văn", "Thị", "Hữu", "Đức", "Thanh", "Minh", "Ngọc", "Quang", "Xuân", "Thu",
			"Hồng", "Công", "Đình", "Khánh", "Bảo" };

	static final String[] GIVEN = { "An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hiếu", "Hoa", "Hùng",
			"Hương", "Lan", "Linh", "Long", "Mai", "Nam", "Nga", "Ngọc", "Phúc", "Phương", "Quân", "Quyết", "Sơn",
			"Tâm", "Thảo", "Thắng", "Trang", "Trung", "Tuấn", "Uyên", "Việt", "Yến", "Ước", "Ơn", "Đạt", "Diễm",
			"Ánh" };

	static final String[] UNITS = { "NA-VINH-HUNGBINH", "NA-VINH-LEMAO", "NA-VINH-BENTHUY", "NA-VINH-HUNGLOC",
			"NA-DIENCHAU-TT", "NA-DIENCHAU-DIENKY", "NA-DIENCHAU-DIENHONG", "NA-DIENCHAU-DIENTHAP", "NA-SNV", "NA-SYT",
			"NA-STC", "NA-TTCNTT" };

	static final String[] CATEGORIES = { "Cán bộ", "Công chức", "Viên chức", "Người lao động" };

	@Autowired
	LearnerImportService imports;

	@AfterEach
	void signOut() {
		AsCaller.signOut();
	}

	@Test
	void importAProvince() {
		AsCaller.signIn("demo.admin", "NA", "ADMIN");
		ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
		long start = System.nanoTime();
		byte[] file = StaffLists.xlsx(rows(new Random(2026)));
		long generated = System.nanoTime();

		long cpuStart = cpu.getCurrentThreadCpuTime();
		ImportReport report = imports.upload("province.xlsx", file);
		long validated = System.nanoTime();
		long cpuValidated = cpu.getCurrentThreadCpuTime();
		Outcome outcome = imports.commit(report.upload().getId(), CommitMode.ALL_OR_NOTHING);
		long committed = System.nanoTime();
		long cpuCommitted = cpu.getCurrentThreadCpuTime();

		ImportReport again = imports.upload("province.xlsx", file);
		long revalidated = System.nanoTime();

		System.out.printf("%n=== Learner import benchmark: %,d rows, %.1f MB xlsx ===%n", ROWS, file.length / 1e6);
		System.out.printf("generate xlsx        %6.2f s%n", (generated - start) / 1e9);
		System.out.printf("upload + validate    %6.2f s wall, %6.2f s CPU  (valid %d, invalid %d)%n",
				(validated - generated) / 1e9, (cpuValidated - cpuStart) / 1e9, report.upload().getValidRows(),
				report.upload().getInvalidRows());
		System.out.printf("commit (store)       %6.2f s wall, %6.2f s CPU  (created %d, updated %d)%n",
				(committed - validated) / 1e9, (cpuCommitted - cpuValidated) / 1e9, outcome.created(),
				outcome.updated());
		System.out.printf("validate + commit    %6.2f s wall, %6.2f s CPU%n", (committed - generated) / 1e9,
				(cpuCommitted - cpuStart) / 1e9);
		System.out.printf("machine load average %6.2f on %d cores%n",
				ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
				Runtime.getRuntime().availableProcessors());
		System.out.printf("re-upload (matching) %6.2f s  (to update %d)%n%n", (revalidated - committed) / 1e9,
				again.upload().getToUpdate());

		assertThat(report.upload().getInvalidRows()).isZero();
		assertThat(outcome.created()).isEqualTo(ROWS);
		assertThat(again.upload().getToUpdate()).isEqualTo(ROWS);
	}

	static List<List<String>> rows(Random random) {
		List<List<String>> rows = new ArrayList<>(ROWS);
		for (int i = 0; i < ROWS; i++) {
			String name = pick(random, SURNAMES) + " " + pick(random, MIDDLE) + " " + pick(random, GIVEN) + " "
					+ pick(random, GIVEN);
			String dob = String.format("%02d/%02d/%d", 1 + random.nextInt(28), 1 + random.nextInt(12),
					1965 + random.nextInt(40));
			// Four in five lists carry the CCCD; the rest are matched by name, birth date
			// and unit.
			String citizenId = random.nextInt(5) == 0 ? "" : String.format("040%09d", i);
			String phone = "09" + String.format("%08d", random.nextInt(100_000_000));
			rows.add(List.of(name, dob, random.nextBoolean() ? "Nam" : "Nữ", citizenId, "hv" + i + "@nghean.gov.vn",
					phone, pick(random, UNITS), pick(random, CATEGORIES), "Chuyên viên"));
		}
		return rows;
	}

	private static String pick(Random random, String[] values) {
		return values[random.nextInt(values.length)];
	}

}
