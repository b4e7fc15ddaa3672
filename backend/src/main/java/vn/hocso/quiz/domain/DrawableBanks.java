package vn.hocso.quiz.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What a start needs of a course and a wave, kept in memory: the policy, the drawable
 * questions (current version, topic, option count) and the wave's window. A wave of
 * thousands starting in the same minute then reads none of them from the database.
 * Changes made through this node forget the entry once committed;
 * {@code hocso.quiz.start-cache-ttl} bounds how long another node's change may go unseen
 * (Caffeine caches that expire entries that long after they were read).
 */
@Component
class DrawableBanks {

	/** A course's drawable bank and policy as read. */
	record Drawable(QuizPolicy policy, Map<Long, Long> currentVersion, List<QuestionDraw.Candidate> candidates) {
	}

	private static final int MAX_ENTRIES = 10_000;

	private final QuestionRepository questions;

	private final QuestionVersions versions;

	private final QuizPolicyRepository policies;

	private final QuizWindowRepository windows;

	private final Cache<Long, Drawable> byCourse;

	private final Cache<Long, Optional<QuizWindow>> byWave;

	DrawableBanks(QuestionRepository questions, QuestionVersions versions, QuizPolicyRepository policies,
			QuizWindowRepository windows, QuizProperties properties) {
		this.questions = questions;
		this.versions = versions;
		this.policies = policies;
		this.windows = windows;
		this.byCourse = Caffeine.newBuilder()
			.expireAfterWrite(properties.startCacheTtl())
			.maximumSize(MAX_ENTRIES)
			.build();
		this.byWave = Caffeine.newBuilder()
			.expireAfterWrite(properties.startCacheTtl())
			.maximumSize(MAX_ENTRIES)
			.build();
	}

	Drawable of(long courseId) {
		return byCourse.get(courseId, this::read);
	}

	private Drawable read(long courseId) {
		Map<Long, Long> currentVersion = new HashMap<>();
		for (Object[] row : questions.drawableOf(courseId)) {
			currentVersion.put((Long) row[0], (Long) row[1]);
		}
		Map<Long, QuestionVersion> bank = versions.byIds(currentVersion.values());
		List<QuestionDraw.Candidate> candidates = currentVersion.entrySet().stream().map(entry -> {
			QuestionVersion version = Objects.requireNonNull(bank.get(entry.getValue()),
					"a drawable question's version is kept");
			return new QuestionDraw.Candidate(entry.getKey(), version.getTopic(), version.getOptions().size());
		}).toList();
		return new Drawable(policies.forCourse(courseId), Map.copyOf(currentVersion), candidates);
	}

	Optional<QuizWindow> windowOf(long waveId) {
		return byWave.get(waveId, windows::findById);
	}

	/**
	 * The course's bank or policy changed: forgotten now and again once the change is
	 * committed.
	 */
	void forgetCourse(long courseId) {
		forgetting(() -> byCourse.invalidate(courseId));
	}

	void forgetWave(long waveId) {
		forgetting(() -> byWave.invalidate(waveId));
	}

	// Forgotten after the commit too: a start reading between the change and its commit
	// would cache the old bank.
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
