package vn.hocso.progress.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Wall-clock memory of players and learners: when each player session last sent an accepted
 * heartbeat (which caps what it may credit) and when each learner was last credited study time
 * (which keeps two tabs from counting the same minute twice). Forgotten after an hour of silence:
 * a forgotten session is treated as new, which only ever credits less.
 */
@Component
class StudyClocks {

	static final Duration FORGET_AFTER = Duration.ofHours(1);

	private static final Duration SWEEP_INTERVAL = Duration.ofMinutes(1);

	private volatile @Nullable Instant nextSweep;

	private final Map<String, Session> sessions = new ConcurrentHashMap<>();

	private final Map<Long, Learner> learners = new ConcurrentHashMap<>();

	Session session(long learnerId, String sessionId) {
		return sessions.computeIfAbsent(learnerId + ":" + sessionId, key -> new Session());
	}

	Learner learner(long learnerId) {
		return learners.computeIfAbsent(learnerId, id -> new Learner());
	}

	/** Sweeps at most once a minute: the writer calls it every round, and a sweep visits every session. */
	void forgetSilent(Instant now) {
		Instant due = nextSweep;
		if (due != null && now.isBefore(due)) {
			return;
		}
		nextSweep = now.plus(SWEEP_INTERVAL);
		Instant cutoff = now.minus(FORGET_AFTER);
		sessions.values().removeIf(session -> session.silentSince(cutoff));
		learners.values().removeIf(learner -> learner.silentSince(cutoff));
	}

	int sessionCount() {
		return sessions.size();
	}

	static final class Session {

		private @Nullable Instant previous;

		synchronized @Nullable Duration since(Instant now) {
			return previous == null ? null : Duration.between(previous, now);
		}

		synchronized void accept(Instant now) {
			previous = now;
		}

		synchronized boolean silentSince(Instant cutoff) {
			return previous == null || previous.isBefore(cutoff);
		}

	}

	static final class Learner {

		private @Nullable Instant previousCredit;

		/** Study this heartbeat earns: the media time played, capped by the wall clock since the previous credit. */
		synchronized long credit(long playedMillis, Instant now) {
			if (playedMillis <= 0) {
				return 0;
			}
			Instant previous = previousCredit == null ? now.minus(HeartbeatRules.FIRST_HEARTBEAT_WINDOW) : previousCredit;
			long credit = StudyTime.credit(playedMillis, now, previous);
			if (previousCredit == null || now.isAfter(previousCredit)) {
				previousCredit = now;
			}
			return credit;
		}

		synchronized boolean silentSince(Instant cutoff) {
			return previousCredit != null && previousCredit.isBefore(cutoff);
		}

	}

}
