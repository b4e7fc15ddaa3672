package vn.hocso.openlearning.domain;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import vn.hocso.openlearning.domain.PosterPdf.Poster;
import vn.hocso.organization.OrgUnitStatus;
import vn.hocso.organization.OrgUnitSummary;
import vn.hocso.organization.OrgUnitType;

/**
 * Posters for a province of 1,000 communes: the codes (made in the database, one per
 * commune) and the ZIP of A4 posters, rendered
 * {@code hocso.open-learning.poster-parallelism} at a time. Prints the time of each step
 * and the ZIP's size. Not a unit test; run by hand (docs/benchmarks.md).
 */
@Tag("benchmark")
@SpringBootTest
class PosterBenchmark {

	private static final int COMMUNES = Integer.getInteger("benchmark.communes", 1000);

	@Autowired
	QrCodeIssuer issuer;

	@Autowired
	Posters posters;

	@Test
	void postersForAThousandCommunes() throws IOException {
		List<OrgUnitSummary> communes = new ArrayList<>();
		long base = 50_000_000L + System.nanoTime() % 1_000_000 * 1000;
		for (int i = 0; i < COMMUNES; i++) {
			long id = base + i;
			communes.add(new OrgUnitSummary(id, "BENCH-" + id, "Xã Thử Nghiệm Số " + (i + 1), OrgUnitType.COMMUNE,
					OrgUnitStatus.ACTIVE, "/1/" + id + "/", 1L, LocalDate.of(2020, 1, 1), null));
		}
		String ref = "bench-" + base;
		long t0 = System.nanoTime();
		Map<Long, QrCode> codes = issuer.codesFor(QrTarget.MATERIAL, ref, communes);
		long codesMillis = (System.nanoTime() - t0) / 1_000_000;
		List<Posters.PosterFile> files = new ArrayList<>();
		for (OrgUnitSummary commune : communes) {
			String code = codes.get(commune.id()).getCode();
			files.add(new Posters.PosterFile(commune.code() + ".pdf",
					new Poster(commune.name(), "Huyện Thử Nghiệm, Tỉnh Nghệ An", "Nhận biết tin nhắn, cuộc gọi lừa đảo",
							"Những dấu hiệu thường gặp và việc cần làm ngay khi nghi ngờ.",
							"Quét mã QR bằng camera điện thoại, hoặc gõ:", "https://hocso.nghean.gov.vn/q/" + code,
							"Miễn phí · không cần tài khoản · xem được trên điện thoại", PosterFormat.A4),
					code));
		}
		Path zip = Files.createTempFile("posters-", ".zip");
		long t1 = System.nanoTime();
		try (OutputStream out = Files.newOutputStream(zip)) {
			posters.writeZip(files, out);
		}
		long zipMillis = (System.nanoTime() - t1) / 1_000_000;
		long again0 = System.nanoTime();
		issuer.codesFor(QrTarget.MATERIAL, ref, communes);
		long againMillis = (System.nanoTime() - again0) / 1_000_000;
		System.out.printf(
				"=== BENCHMARK posters: %d communes: codes made in %.1f s (read again in %d ms); ZIP of A4 posters "
						+ "rendered in %.1f s (%.1f ms per poster), %.1f MB (%.0f KB per poster) ===%n",
				COMMUNES, codesMillis / 1000.0, againMillis, zipMillis / 1000.0, (double) zipMillis / COMMUNES,
				Files.size(zip) / 1e6, Files.size(zip) / 1000.0 / COMMUNES);
		Files.delete(zip);
	}

}
