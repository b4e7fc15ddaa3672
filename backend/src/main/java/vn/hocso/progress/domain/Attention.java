package vn.hocso.progress.domain;

import java.time.Instant;

/**
 * A learner's attention: one pair of eyes whatever the tabs, lectures, player sessions or
 * nodes. A heartbeat spends the wall time its played video took (media time ÷ playback
 * rate, the rate counted between 1× and 2×); the learner's attended-until instant moves
 * forward by what was spent and never passes the present, and an idle learner starts at
 * most {@link #ALLOWANCE_MILLIS} behind it. What a heartbeat cannot spend earns nothing.
 * So over any stretch of wall time a learner is credited at most that time plus the
 * allowance: twice it in video, once it in study time.
 *
 * @param attendedUntilMillis epoch milliseconds up to which the learner's wall time is
 * spent
 */
record Attention(long attendedUntilMillis) {

	/**
	 * Slack for a first heartbeat (which reports the 15 s played before it) and for
	 * heartbeats arriving up to 15 s later or earlier than the player's timer sent them
	 * (network, queues).
	 */
	static final long ALLOWANCE_MILLIS = 30_000;

	/** Playback faster than this is credited as if played at this rate. */
	static final double MAX_CREDITED_RATE = 2;

	/** A learner never credited before. */
	static Attention fresh() {
		return new Attention(0);
	}

	/**
	 * What a heartbeat received at {@code now}, reporting {@code playedMillis} of video,
	 * may spend.
	 */
	Grant spend(Instant now, long playedMillis, double playbackRate) {
		double rate = Math.clamp(playbackRate, 1, MAX_CREDITED_RATE);
		long nowMillis = now.toEpochMilli();
		long from = Math.max(attendedUntilMillis, nowMillis - ALLOWANCE_MILLIS);
		long available = Math.max(0, nowMillis - from);
		long cost = (long) Math.ceil(Math.max(0, playedMillis) / rate);
		long wall = Math.min(cost, available);
		long media = wall == cost ? Math.max(0, playedMillis) : (long) Math.floor(wall * rate);
		return new Grant(wall, media, new Attention(Math.max(attendedUntilMillis, from + wall)));
	}

	/**
	 * @param wallMillis study time earned (wall time spent watching)
	 * @param mediaMillis how much of the reported video, from its start, counts as played
	 * @param after the learner's attention once this heartbeat is credited
	 */
	record Grant(long wallMillis, long mediaMillis, Attention after) {
	}

}
