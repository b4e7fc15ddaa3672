package vn.hocso.learner;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Staff lists as units send them, for tests: CSV or .xlsx, with unique names and CCCDs
 * per test.
 */
final class StaffLists {

	static final List<String> HEADERS = List.of("Họ và tên", "Ngày sinh (dd/mm/yyyy)", "Giới tính", "Số CCCD", "Email",
			"Số điện thoại", "Mã đơn vị", "Đối tượng", "Chức vụ");

	private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000);

	private StaffLists() {
	}

	/** A surname no other test uses, so a test can find exactly its own learners. */
	static String uniqueTag() {
		long n = SEQUENCE.incrementAndGet();
		StringBuilder tag = new StringBuilder("Zz");
		while (n > 0) {
			tag.append((char) ('a' + n % 26));
			n /= 26;
		}
		return tag.toString();
	}

	static String uniqueCitizenId() {
		return String.format("0401%08d", SEQUENCE.incrementAndGet() % 100_000_000);
	}

	static List<String> row(String name, String dob, String citizenId, String unit) {
		return List.of(name, dob, "Nữ", citizenId, "", "0912 345 678", unit, "Công chức", "Chuyên viên");
	}

	static byte[] csv(List<List<String>> rows, char separator, boolean bom) {
		StringBuilder text = new StringBuilder();
		List<List<String>> all = new ArrayList<>();
		all.add(HEADERS);
		all.addAll(rows);
		for (List<String> row : all) {
			List<String> quoted = row.stream().map(cell -> "\"" + cell.replace("\"", "\"\"") + "\"").toList();
			text.append(String.join(String.valueOf(separator), quoted)).append("\r\n");
		}
		byte[] body = text.toString().getBytes(StandardCharsets.UTF_8);
		if (!bom) {
			return body;
		}
		byte[] withBom = new byte[body.length + 3];
		withBom[0] = (byte) 0xEF;
		withBom[1] = (byte) 0xBB;
		withBom[2] = (byte) 0xBF;
		System.arraycopy(body, 0, withBom, 3, body.length);
		return withBom;
	}

	static byte[] xlsx(List<List<String>> rows) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(out, "test", "1.0");
			Worksheet sheet = workbook.newWorksheet("Sheet1");
			for (int c = 0; c < HEADERS.size(); c++) {
				sheet.value(0, c, HEADERS.get(c));
			}
			for (int r = 0; r < rows.size(); r++) {
				for (int c = 0; c < rows.get(r).size(); c++) {
					sheet.value(r + 1, c, rows.get(r).get(c));
				}
			}
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
