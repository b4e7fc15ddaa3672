package vn.hocso.quiz.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What a start needs of a course and a wave, kept in memory: the policy, the drawable questions
 * (current version, topic, option count) and the wave's window. A wave of thousands starting in the
 * same minute then reads none of them from the database. Changes made through this node forget
 * the entry once committed; {@code hocso.quiz.start-cache-ttl} bounds how long another node's
 * change may go unseen.
 */
@Component
class DrawableBanks {

	/** A course's drawable bank and policy as read at {@code readAt}. */
	record Drawable(QuizPolicy policy, Map<Long, Long> currentVersion, List<QuestionDraw.Candidate> candidates,
			Instant readAt) {
	}

	private record Window(Optional<QuizWindow> window, Instant readAt) {
	}

	private final QuestionRepository questions;

	private final QuestionVersions versions;

	private final QuizPolicyRepository policies;

	private final QuizWindowRepository windows;

	private final QuizProperties properties;

	private final Clock clock;

	private final Map<Long, Drawable> byCourse = new ConcurrentHashMap<>();

	private final Map<Long, Window> byWave = new ConcurrentHashMap<>();

	DrawableBanks(QuestionRepository questions, QuestionVersions versions, QuizPolicyRepository policies,
			QuizWindowRepository windows, QuizProperties properties, Clock clock) {
		this.questions = questions;
		this.versions = versions;
		this.policies = policies;
		this.windows = windows;
		this.properties = properties;
		this.clock = clock;
	}

	Drawable of(long courseId) {
		Instant now = clock.instant();
		Drawable cached = byCourse.get(courseId);
		if (cached != null && fresh(cached.readAt(), now)) {
			return cached;
		}
		Map<Long, Long> currentVersion = new HashMap<>();
		for (Object[] row : questions.drawableOf(courseId)) {
			currentVersion.put((Long) row[0], (Long) row[1]);
		}
		Map<Long, QuestionVersion> bank = versions.byIds(currentVersion.values());
		List<QuestionDraw.Candidate> candidates = currentVersion.entrySet().stream().map(entry -> {
			QuestionVersion version = Objects.requireNonNull(bank.get(entry.getValue()), "a drawable question's version is kept");
			return new QuestionDraw.Candidate(entry.getKey(), version.getTopic(), version.getOptions().size());
		}).toList();
		Drawable read = new Drawable(policies.forCourse(courseId), Map.copyOf(currentVersion), candidates, now);
		byCourse.put(courseId, read);
		return read;
	}

	Optional<QuizWindow> windowOf(long waveId) {
		Instant now = clock.instant();
		Window cached = byWave.get(waveId);
		if (cached != null && fresh(cached.readAt(), now)) {
			return cached.window();
		}
		Optional<QuizWindow> window = windows.findById(waveId);
		byWave.put(waveId, new Window(window, now));
		return window;
	}

	/** The course's bank or policy changed: forgotten now and again once the change is committed. */
	void forgetCourse(long courseId) {
		forgetting(() -> byCourse.remove(courseId));
	}

	void forgetWave(long waveId) {
		forgetting(() -> byWave.remove(waveId));
	}

	private boolean fresh(Instant readAt, Instant now) {
		return !now.isBefore(readAt) && now.isBefore(readAt.plus(properties.startCacheTtl()));
	}

	// Forgotten after the commit too: a start reading between the change and its commit would cache the old bank.
	private static void forgetting(Runnable forget) {
		forget.run();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					forget.run();
				}
			});
		}
	}

}
