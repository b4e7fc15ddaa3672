package vn.hocso.progress.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import vn.hocso.enrolment.EnrolmentRef;
import vn.hocso.enrolment.EnrolmentStatus;

/**
 * The hot progress of recently active enrolments, loaded from the database on first use. Bounded:
 * above its size the writer evicts the longest-idle clean entries between flushes.
 */
class ProgressCache {

	private static final long MIN_IDLE_NANOS = TimeUnit.SECONDS.toNanos(30);

	private final ProgressStore store;

	private final int capacity;

	private final Map<Long, EnrolmentProgress> byEnrolment = new ConcurrentHashMap<>();

	ProgressCache(ProgressStore store, int capacity) {
		this.store = store;
		this.capacity = capacity;
	}

	EnrolmentProgress get(EnrolmentRef enrolment) {
		EnrolmentProgress cached = byEnrolment.get(enrolment.enrolmentId());
		if (cached != null) {
			return cached;
		}
		return byEnrolment.computeIfAbsent(enrolment.enrolmentId(),
				id -> new EnrolmentProgress(id, enrolment.learnerId(), store.lecturesOf(id), store.studyDaysOf(id),
						enrolment.status() != EnrolmentStatus.NOT_STARTED));
	}

	/** Drops an evicted copy (a heartbeat raced the eviction), so that the next get reloads. */
	void forget(EnrolmentProgress progress) {
		byEnrolment.remove(progress.enrolmentId, progress);
	}

	/** Evicts idle, fully stored enrolments down to 90% of capacity; runs on the writer thread after a flush. */
	void evictIdle() {
		int excess = byEnrolment.size() - capacity;
		if (excess <= 0) {
			return;
		}
		int target = excess + capacity / 10;
		List<EnrolmentProgress> oldestFirst = byEnrolment.values()
			.stream()
			.sorted(Comparator.comparingLong(EnrolmentProgress::lastUsedNanos))
			.toList();
		for (EnrolmentProgress progress : oldestFirst) {
			if (target <= 0) {
				return;
			}
			if (progress.evictIfIdle(MIN_IDLE_NANOS)) {
				byEnrolment.remove(progress.enrolmentId, progress);
				target--;
			}
		}
	}

	int size() {
		return byEnrolment.size();
	}

}
