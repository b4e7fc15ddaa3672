package vn.hocso.openlearning;

import java.time.LocalDate;
import java.util.Map;

/**
 * How often the QR codes printed for each commune were opened: reach (lượt mở), not
 * completion. Counts only — nothing about who opened is stored. Not scoped: callers scope
 * by unit.
 */
public interface QrReach {

	/**
	 * Opens per commune (org-unit id) on the days from {@code from} to {@code to},
	 * inclusive; communes without opens are absent.
	 */
	Map<Long, Long> opensByCommune(LocalDate from, LocalDate to);

}
