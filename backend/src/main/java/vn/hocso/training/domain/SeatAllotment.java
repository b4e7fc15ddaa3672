package vn.hocso.training.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Gives nominees seats, first nominated first served. Each goes to the class they are
 * drawn to (the one they prefer by date, or the one for their area) while it has a seat,
 * otherwise to the earliest class with one; when every seat is taken they join the
 * waiting list in the same order.
 */
public final class SeatAllotment {

	/** What draws a nominee to a class. */
	public enum Mode {

		/** The class the unit chose for the nominee (its dates suit them). */
		DATE_PREFERENCE,
		/**
		 * The class held for the nominee's area (the deepest area path above the
		 * nominee's unit).
		 */
		AREA

	}

	public record ClassSeats(long classId, int freeSeats, LocalDate startDate, @Nullable String areaPath) {
	}

	public record Candidate(long nominationId, String unitPath, @Nullable Long preferredClassId) {
	}

	/**
	 * @param waiting nomination ids in waiting-list order
	 */
	public record Result(Map<Long, Long> seats, List<Long> waiting) {
	}

	private SeatAllotment() {
	}

	public static Result allot(List<ClassSeats> classes, List<Candidate> candidates, Mode mode) {
		List<ClassSeats> byDate = classes.stream()
			.sorted(Comparator.comparing(ClassSeats::startDate).thenComparingLong(ClassSeats::classId))
			.toList();
		Map<Long, Integer> free = new HashMap<>();
		byDate.forEach(c -> free.put(c.classId(), Math.max(0, c.freeSeats())));
		Map<Long, Long> seats = new LinkedHashMap<>();
		List<Long> waiting = new ArrayList<>();
		for (Candidate candidate : candidates) {
			Long drawnTo = switch (mode) {
				case DATE_PREFERENCE -> candidate.preferredClassId();
				case AREA -> areaClass(byDate, candidate.unitPath());
			};
			Long chosen = drawnTo != null && free.getOrDefault(drawnTo, 0) > 0 ? drawnTo
					: byDate.stream()
						.map(ClassSeats::classId)
						.filter(id -> free.getOrDefault(id, 0) > 0)
						.findFirst()
						.orElse(null);
			if (chosen == null) {
				waiting.add(candidate.nominationId());
			}
			else {
				free.merge(chosen, -1, Integer::sum);
				seats.put(candidate.nominationId(), chosen);
			}
		}
		return new Result(seats, waiting);
	}

	private static @Nullable Long areaClass(List<ClassSeats> classes, String unitPath) {
		ClassSeats best = null;
		int bestLength = -1;
		for (ClassSeats c : classes) {
			String area = c.areaPath();
			if (area != null && unitPath.startsWith(area) && area.length() > bestLength) {
				best = c;
				bestLength = area.length();
			}
		}
		return best == null ? null : best.classId();
	}

}
