package vn.hocso.training;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What other modules may ask: whether an official completed an in-person programme. Not
 * scoped.
 */
public interface TrainedFocalPoints {

	boolean isTrained(long learnerId);

	/** Whether the learner behind this Keycloak username completed a programme. */
	boolean isTrainedUsername(String username);

	/**
	 * What a completion attests, for its certificate: the programme, the class, where and
	 * when.
	 */
	Optional<CompletedProgramme> completion(long completionId);

	/**
	 * One official's completion of a programme in a class: the class's first and last day
	 * and its time in minutes (the sum of its sessions), as held when asked.
	 */
	record CompletedProgramme(long completionId, long programmeId, long learnerId, long unitId, String programmeName,
			String className, String venue, LocalDate firstDay, LocalDate lastDay, int classMinutes, int sessions,
			int sessionsAttended, Instant completedAt) {
	}

	/**
	 * Per unit under the path prefix (any programme): the officials nominated on or
	 * before the day (not withdrawn) and those who completed a programme on or before it
	 * (Vietnam time). For planning's "focal points trained" indicator; units without
	 * either are absent.
	 */
	List<UnitFocalPoints> focalPointsByUnit(String unitPathPrefix, LocalDate asOf);

	record UnitFocalPoints(long unitId, long nominated, long trained) {
	}

}
