package vn.hocso.progress.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import vn.hocso.progress.domain.Heartbeat;
import vn.hocso.progress.domain.HeartbeatService;
import vn.hocso.progress.domain.HeartbeatService.EnrolmentProgressView;
import vn.hocso.progress.domain.LectureSnapshot;

@RestController
@Tag(name = "Progress")
class ProgressController {

	private final HeartbeatService heartbeats;

	ProgressController(HeartbeatService heartbeats) {
		this.heartbeats = heartbeats;
	}

	@PostMapping("/api/enrolments/{enrolmentId}/lectures/{lectureId}/heartbeats")
	@Operation(
			summary = "Report the media time a player played since its previous heartbeat; answers the lecture's stored progress")
	LectureSnapshot heartbeat(@PathVariable long enrolmentId, @PathVariable long lectureId,
			@RequestBody HeartbeatRequest request) {
		return heartbeats.heartbeat(enrolmentId, lectureId, request.toHeartbeat());
	}

	@GetMapping("/api/enrolments/{enrolmentId}/progress")
	@Operation(
			summary = "The caller's progress through every lecture of the enrolment's course: watched, completed, where to resume, minutes studied")
	EnrolmentProgressView progress(@PathVariable long enrolmentId) {
		return heartbeats.progress(enrolmentId);
	}

	/**
	 * The player's heartbeat; a missing number is malformed (422), a missing rate means
	 * 1×.
	 */
	record HeartbeatRequest(@Nullable String sessionId, @Nullable List<@Nullable SegmentBody> segments,
			@Nullable Double positionSecond, @Nullable Double playbackRate) {

		Heartbeat toHeartbeat() {
			List<Heartbeat.Segment> played = segments == null ? List.of()
					: segments.stream()
						.map(segment -> segment == null ? new Heartbeat.Segment(Double.NaN, Double.NaN)
								: new Heartbeat.Segment(orNaN(segment.fromSecond()), orNaN(segment.toSecond())))
						.toList();
			return new Heartbeat(sessionId == null ? "" : sessionId, played, orNaN(positionSecond),
					playbackRate == null ? 1.0 : playbackRate);
		}

		private static double orNaN(@Nullable Double value) {
			return value == null ? Double.NaN : value;
		}

	}

	record SegmentBody(@Nullable Double fromSecond, @Nullable Double toSecond) {
	}

}
