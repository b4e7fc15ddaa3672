package vn.hocso.training.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import vn.hocso.training.domain.SeatAllotment;

/** Request bodies of the training API, validated at the edge. */
final class TrainingRequests {

	private TrainingRequests() {
	}

	record OpenProgrammeRequest(@NotBlank @Size(max = 500) String name,
			@NotBlank @Size(max = 4000) String contentOutline, @Min(1) @Max(100) int classCount,
			@Min(1) @Max(500) int seatsPerClass, @Min(1) @Max(10) int daysPerClass, @NotNull LocalDate periodStart,
			@NotNull LocalDate periodEnd, @Nullable @Min(1) @Max(500) Integer nominationLimit,
			@NotNull Instant nominationDeadline, @Min(1) int minSessions, @Nullable @Min(0) Integer targetTrained) {
	}

	record AddClassRequest(@NotBlank @Size(max = 255) String name, @NotBlank @Size(max = 500) String venue,
			@NotNull LocalDate startDate, @Nullable @Min(1) @Max(500) Integer seats, @Nullable Long areaUnitId,
			@NotEmpty Set<@NotBlank @Size(max = 255) String> teachers) {
	}

	record NominateRequest(long learnerId, @Nullable Long preferredClassId) {
	}

	record AllotRequest(@NotNull SeatAllotment.Mode mode) {
	}

	/**
	 * One tap taken on the teacher's phone. {@code clientId} is generated on the phone
	 * per tap so that the same batch sent again is recognised.
	 */
	record MarkRequest(long nominationId, @Nullable @Size(max = 64) String clientId, boolean present, boolean late,
			boolean leftEarly, @Nullable Instant markedAt) {
	}

	record MarkBatchRequest(@NotEmpty @Size(max = 1000) List<@Valid MarkRequest> marks) {
	}

	record RescheduleRequest(@NotNull Instant startsAt, @NotNull Instant endsAt) {
	}

	record CheckInRequest(@NotBlank @Size(max = 64) String code) {
	}

}
