package vn.hocso.progress.domain;

import java.util.Comparator;
import java.util.List;

import org.springframework.http.HttpStatus;

import vn.hocso.platform.ProblemException;
import vn.hocso.progress.domain.Heartbeat.Segment;

/**
 * What a heartbeat may claim. Malformed, future or absurd claims are refused outright
 * (422). What a plausible one earns is not decided here but by the learner's
 * {@link Attention}, shared by all their tabs, sessions and nodes: no rule here depends
 * on the session id or on a node's memory.
 */
final class HeartbeatRules {

	static final int MAX_SEGMENTS = 64;

	/** Browsers play at most 16×. */
	static final double MAX_PLAYBACK_RATE = 16;

	/**
	 * The most video one heartbeat may report: 16× playback for the 20 s a player waits
	 * at most between heartbeats, plus a minute of slack. More is refused as invented.
	 */
	static final long MAX_CLAIM_MILLIS = (long) (MAX_PLAYBACK_RATE * 20_000) + 60_000;

	/** Rounding and timer jitter the rules tolerate, in milliseconds. */
	static final long SLACK_MILLIS = 2_000;

	private HeartbeatRules() {
	}

	/**
	 * Refuses a heartbeat that no honest player could send for a lecture of this length.
	 */
	static void validate(Heartbeat heartbeat, long durationMillis) {
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
		List<Segment> sorted = heartbeat.segments()
			.stream()
			.sorted(Comparator.comparingDouble(Segment::fromSecond))
			.toList();
		for (int i = 1; i < sorted.size(); i++) {
			if (sorted.get(i).fromMillis() < sorted.get(i - 1).toMillis() - SLACK_MILLIS) {
				throw invalid("heartbeat.overlapping");
			}
		}
		long claimed = playedMillis(heartbeat);
		if (claimed > MAX_CLAIM_MILLIS) {
			throw invalid("heartbeat.too-much-time", claimed / 1000, MAX_CLAIM_MILLIS / 1000);
		}
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
