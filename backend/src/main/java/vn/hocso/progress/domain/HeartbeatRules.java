package vn.hocso.progress.domain;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

import vn.hocso.platform.ProblemException;
import vn.hocso.progress.domain.Heartbeat.Segment;

/**
 * What a heartbeat may claim. Malformed, future or absurd claims are refused outright (422); a
 * plausible one is credited at most twice the wall-clock time since the session's previous heartbeat,
 * so that 4× playback or a burst of invented segments earns no more than watching at 2×.
 */
final class HeartbeatRules {

	static final int MAX_SEGMENTS = 64;

	/** Browsers play at most 16×; a claim beyond that since the previous heartbeat is invented. */
	static final double MAX_PLAYBACK_RATE = 16;

	/** Credited media time per second of wall-clock time. */
	static final long CREDIT_RATE = 2;

	/** A session's first heartbeat counts as if sent this long after the previous one. */
	static final Duration FIRST_HEARTBEAT_WINDOW = Duration.ofSeconds(20);

	/** Rounding and timer jitter the rules tolerate, in milliseconds. */
	static final long SLACK_MILLIS = 2_000;

	private HeartbeatRules() {
	}

	/** Refuses a heartbeat that no honest player could send for a lecture of this length. */
	static void validate(Heartbeat heartbeat, long durationMillis, @Nullable Duration sinceSessionsPrevious) {
		String sessionId = heartbeat.sessionId();
		if (sessionId == null || sessionId.isBlank() || sessionId.length() > 64) {
			throw invalid("heartbeat.malformed", "sessionId");
		}
		if (heartbeat.segments().size() > MAX_SEGMENTS) {
			throw invalid("heartbeat.malformed", "segments");
		}
		if (!finiteNonNegative(heartbeat.positionSecond())) {
			throw invalid("heartbeat.malformed", "positionSecond");
		}
		if (!Double.isFinite(heartbeat.playbackRate()) || heartbeat.playbackRate() <= 0
				|| heartbeat.playbackRate() > MAX_PLAYBACK_RATE) {
			throw invalid("heartbeat.malformed", "playbackRate");
		}
		for (Segment segment : heartbeat.segments()) {
			if (segment == null || !finiteNonNegative(segment.fromSecond()) || !finiteNonNegative(segment.toSecond())
					|| segment.toSecond() < segment.fromSecond()) {
				throw invalid("heartbeat.malformed", "segments");
			}
			if (segment.fromMillis() > durationMillis + SLACK_MILLIS) {
				throw invalid("heartbeat.beyond-end", segment.fromSecond(), durationMillis / 1000);
			}
		}
		if (Math.round(heartbeat.positionSecond() * 1000) > durationMillis + SLACK_MILLIS) {
			throw invalid("heartbeat.beyond-end", heartbeat.positionSecond(), durationMillis / 1000);
		}
		List<Segment> sorted = heartbeat.segments().stream().sorted(Comparator.comparingDouble(Segment::fromSecond)).toList();
		for (int i = 1; i < sorted.size(); i++) {
			if (sorted.get(i).fromMillis() < sorted.get(i - 1).toMillis() - SLACK_MILLIS) {
				throw invalid("heartbeat.overlapping");
			}
		}
		long claimed = playedMillis(heartbeat);
		long window = (sinceSessionsPrevious == null ? FIRST_HEARTBEAT_WINDOW : sinceSessionsPrevious).toMillis();
		if (claimed > (long) (MAX_PLAYBACK_RATE * window) + 60_000) {
			throw invalid("heartbeat.too-much-time", claimed / 1000, Math.max(0, window / 1000));
		}
	}

	/** New media time this heartbeat may add to the lecture's watched intervals. */
	static long creditBudgetMillis(@Nullable Duration sinceSessionsPrevious) {
		Duration window = sinceSessionsPrevious == null ? FIRST_HEARTBEAT_WINDOW : sinceSessionsPrevious;
		return Math.max(0, window.toMillis()) * CREDIT_RATE;
	}

	static long playedMillis(Heartbeat heartbeat) {
		return heartbeat.segments().stream().mapToLong(s -> s.toMillis() - s.fromMillis()).sum();
	}

	private static boolean finiteNonNegative(double value) {
		return Double.isFinite(value) && value >= 0;
	}

	private static ProblemException invalid(String code, Object... args) {
		return new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, code, args);
	}

}
