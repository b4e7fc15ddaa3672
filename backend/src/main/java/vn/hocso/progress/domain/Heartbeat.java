package vn.hocso.progress.domain;

import java.util.List;

/**
 * What a player reports about every 15 s: the media time played since its previous
 * heartbeat (nothing while paused or hidden; a seek starts a new segment), where it is
 * now, and how fast it plays.
 *
 * @param sessionId one id per player instance; checked for form only: no credit depends
 * on it (see {@link Attention})
 */
public record Heartbeat(String sessionId, List<Segment> segments, double positionSecond, double playbackRate) {

	public Heartbeat {
		segments = List.copyOf(segments);
	}

	/** Media time {@code [fromSecond, toSecond)} played without a seek. */
	public record Segment(double fromSecond, double toSecond) {

		long fromMillis() {
			return Math.round(fromSecond * 1000);
		}

		long toMillis() {
			return Math.round(toSecond * 1000);
		}

	}

}
