package vn.hocso.quiz.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hocso.identity.CurrentCaller;
import vn.hocso.platform.ProblemException;

/**
 * A course's question bank: adding, editing (a new version each time), retiring, listing.
 */
@Service
@Transactional
public class QuestionBank {

	private final QuestionRepository questions;

	private final QuestionVersionRepository versions;

	private final QuestionVersions cache;

	private final DrawableBanks drawable;

	private final CurrentCaller caller;

	private final Clock clock;

	QuestionBank(QuestionRepository questions, QuestionVersionRepository versions, QuestionVersions cache,
			DrawableBanks drawable, CurrentCaller caller, Clock clock) {
		this.questions = questions;
		this.versions = versions;
		this.cache = cache;
		this.drawable = drawable;
		this.caller = caller;
		this.clock = clock;
	}

	/** A live question with its current version. */
	public record BankQuestion(Question question, QuestionVersion current) {
	}

	@Transactional(readOnly = true)
	public List<BankQuestion> of(long courseId) {
		List<Question> live = questions.findByCourseIdAndRetiredFalseOrderByIdAsc(courseId);
		Map<Long, QuestionVersion> current = cache.byIds(live.stream().map(Question::getCurrentVersionId).toList());
		return live.stream()
			.map(q -> new BankQuestion(q,
					Objects.requireNonNull(current.get(q.getCurrentVersionId()),
							"a question's current version is kept")))
			.toList();
	}

	public BankQuestion add(long courseId, QuestionContent content) {
		return addAll(courseId, List.of(content)).getFirst();
	}

	/**
	 * Adds all or none: every question is checked (and against the bank for duplicates)
	 * first.
	 */
	public List<BankQuestion> addAll(long courseId, List<QuestionContent> contents) {
		return addAll(courseId, contents, caller.get().username());
	}

	/**
	 * As {@link #addAll(long, List)}, by a named author (e.g. "seed-data" for demo data
	 * loaded at start).
	 */
	public List<BankQuestion> addAll(long courseId, List<QuestionContent> contents, String author) {
		Set<String> seen = new HashSet<>(versions.currentFingerprintsOf(courseId));
		for (QuestionContent content : contents) {
			if (!content.problems().isEmpty()) {
				throw ProblemException.badRequest("quiz.question-invalid", String.join(", ", content.problems()));
			}
			if (!seen.add(content.fingerprint())) {
				throw ProblemException.conflict("quiz.question-duplicate", content.stem());
			}
		}
		Instant now = clock.instant();
		drawable.forgetCourse(courseId);
		return contents.stream().map(content -> {
			Question question = questions.save(new Question(courseId, now));
			QuestionVersion version = versions.save(new QuestionVersion(question.getId(), 1, content, now, author));
			question.pointAt(version);
			return new BankQuestion(question, version);
		}).toList();
	}

	/**
	 * Stores the edit as a new version; attempts that drew an older one keep grading
	 * against it.
	 */
	public BankQuestion edit(long questionId, QuestionContent content) {
		Question question = questions.findById(questionId)
			.filter(q -> !q.isRetired())
			.orElseThrow(() -> ProblemException.notFound("quiz.question-not-found", questionId));
		if (!content.problems().isEmpty()) {
			throw ProblemException.badRequest("quiz.question-invalid", String.join(", ", content.problems()));
		}
		QuestionVersion version = versions.save(new QuestionVersion(questionId,
				versions.countByQuestionId(questionId) + 1, content, clock.instant(), caller.get().username()));
		question.pointAt(version);
		drawable.forgetCourse(question.getCourseId());
		return new BankQuestion(question, version);
	}

	public void retire(long questionId) {
		Question question = questions.findById(questionId)
			.orElseThrow(() -> ProblemException.notFound("quiz.question-not-found", questionId));
		question.retire();
		drawable.forgetCourse(question.getCourseId());
	}

	@Transactional(readOnly = true)
	public long courseOf(long questionId) {
		return questions.findById(questionId)
			.orElseThrow(() -> ProblemException.notFound("quiz.question-not-found", questionId))
			.getCourseId();
	}

}
