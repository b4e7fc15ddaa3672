package vn.hocso.training.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import vn.hocso.training.domain.AttendanceMethod;
import vn.hocso.training.domain.NominationStatus;
import vn.hocso.training.domain.SessionPart;

/** The JSON the training API answers with. */
final class TrainingViews {

	private TrainingViews() {
	}

	record ProgrammeView(long id, String name, String contentOutline, int classCount, int seatsPerClass,
			int daysPerClass, LocalDate periodStart, LocalDate periodEnd, int nominationLimit,
			Instant nominationDeadline, int minSessions, int targetTrained, String createdBy, Instant createdAt,
			@Nullable Long finalExamId) {
	}

	@Schema(name = "TrainingClassView")
	record ClassView(long id, long programmeId, String name, String venue, LocalDate startDate, int seats,
			@Nullable String areaUnitPath, Set<String> teachers) {
	}

	record SessionView(long id, int dayNumber, SessionPart part, Instant startsAt, Instant endsAt) {
	}

	record NominationView(long id, long programmeId, long learnerId, String fullName, long unitId,
			@Nullable Long preferredClassId, NominationStatus status, @Nullable Long classId,
			@Nullable Integer waitPosition, String nominatedBy, Instant nominatedAt, @Nullable Instant notifiedAt) {
	}

	@Schema(name = "TrainingUnitView")
	record UnitView(long id, String code, String name) {
	}

	record MarkView(boolean present, boolean late, boolean leftEarly, AttendanceMethod method, Instant markedAt) {
	}

	record ParticipantRow(long nominationId, long learnerId, String fullName, long unitId,
			List<@Nullable MarkView> marks, int attended, boolean completed) {
	}

	record ClassSheetView(ProgrammeView programme, ClassView trainingClass, List<SessionView> sessions,
			List<ParticipantRow> participants, boolean teacher) {
	}

	record QrView(long sessionId, String code, Instant validUntil, long lifetimeSeconds, String url, String svg) {
	}

	record BatchView(int applied, int unchanged) {
	}

	record CheckInView(long sessionId, boolean present, boolean late, Instant markedAt) {
	}

	record AllotmentView(int seated, int waiting) {
	}

	record CompletionView(int completedNow, int alreadyCompleted, int notMeetingRule) {
	}

	record SeatView(NominationView nomination, ProgrammeView programme, @Nullable ClassView trainingClass,
			List<SessionView> sessions, boolean completed) {
	}

	record MineView(List<SeatView> seats, List<ClassView> teaching) {
	}

	@Schema(name = "TrainingUnitLineView")
	record UnitLineView(long unitId, String unitCode, String unitName, long nominated, long seated, long trained) {
	}

	/**
	 * @param learnersPerTrained active learners in scope per trained focal point (plan:
	 * ~36), null before anyone is trained
	 */
	record UnitReportView(long programmeId, int target, long nominated, long seated, long trained,
			@Nullable Double learnersPerTrained, List<UnitLineView> units) {
	}

}
