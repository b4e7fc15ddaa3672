package vn.hocso.enrolment;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What other modules may know of one wave: its course version and the unit subtrees it
 * runs for.
 */
public record WaveRef(long waveId, String name, long courseId, @Nullable Long courseVersionId, LocalDate openingDate,
		int deadlineWorkingDays, List<String> unitPaths) {
}
