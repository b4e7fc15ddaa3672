package vn.hocso.exam.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hocso.identity.CurrentCaller;
import vn.hocso.learner.LearnerSummary;
import vn.hocso.organization.OrgScope;
import vn.hocso.organization.OrgScopes;
import vn.hocso.organization.OrgUnitDirectory;
import vn.hocso.organization.OrgUnitSummary;
import vn.hocso.platform.ProblemException;
import vn.hocso.quiz.ExamSittings;

/**
 * The staff's side. An exam concerns a caller when it is for part of their subtree or for
 * a subtree containing it (a province-wide exam concerns every district); they see its
 * results for their own subtree only. Creating and changing one needs its unit inside the
 * caller's subtree. Outside: 403 {@code exam.out-of-scope}; unknown: 404.
 */
@Service
@Transactional
public class ExamAdministration {

	private final ExamRepository exams;

	private final ExamResultRepository results;

	private final ExamPopulations populations;

	private final ExamSittings sittings;

	private final OrgScopes scopes;

	private final OrgUnitDirectory units;

	private final CurrentCaller caller;

	ExamAdministration(ExamRepository exams, ExamResultRepository results, ExamPopulations populations,
			ExamSittings sittings, OrgScopes scopes, OrgUnitDirectory units, CurrentCaller caller) {
		this.exams = exams;
		this.results = results;
		this.populations = populations;
		this.sittings = sittings;
		this.scopes = scopes;
		this.units = units;
		this.caller = caller;
	}

	public Exam create(Exam.Terms terms, long unitId) {
		OrgUnitSummary unit = scopes.requireVisible(unitId);
		requireBankFor(terms);
		return exams.saveAndFlush(new Exam(terms, unit.id(), unit.path(), caller.get().username()));
	}

	/** The demo loader's: an exam stored as given, once per code, without a caller. */
	public Exam seed(Exam.Terms terms, OrgUnitSummary unit, String by) {
		return exams.findByCode(Objects.requireNonNull(terms.code()))
			.orElseGet(() -> exams.saveAndFlush(new Exam(terms, unit.id(), unit.path(), by)));
	}

	public Exam change(long examId, Exam.Terms terms) {
		Exam exam = get(examId);
		if (!scopes.current().covers(exam.getUnitPath())) {
			throw ProblemException.forbidden("exam.out-of-scope", examId);
		}
		requireBankFor(terms);
		exam.change(terms);
		return exam;
	}

	@Transactional(readOnly = true)
	public List<Exam> list() {
		OrgScope scope = scopes.current();
		return exams.findAllByOrderByOpensAtDescIdDesc().stream().filter(exam -> concerns(scope, exam)).toList();
	}

	@Transactional(readOnly = true)
	public Exam get(long examId) {
		Exam exam = exams.findById(examId).orElseThrow(() -> ProblemException.notFound("exam.not-found", examId));
		if (!concerns(scopes.current(), exam)) {
			throw ProblemException.forbidden("exam.out-of-scope", examId);
		}
		return exam;
	}

	/** Per unit of the caller's subtree: candidates, assessed, passed. */
	public record UnitLine(OrgUnitSummary unit, long candidates, long assessed, long passed) {

		public @Nullable Double passRate() {
			return assessed == 0 ? null : 100.0 * passed / assessed;
		}

		public @Nullable Double assessedRate() {
			return candidates == 0 ? null : 100.0 * assessed / candidates;
		}

	}

	public record Results(Exam exam, List<UnitLine> units, long candidates, long assessed, long passed,
			List<LearnerSummary> notTaken) {
	}

	@Transactional(readOnly = true)
	public Results results(long examId) {
		Exam exam = get(examId);
		OrgScope scope = scopes.current();
		Map<Long, ExamResult> byLearner = new HashMap<>();
		results.findByExamId(examId).forEach(r -> byLearner.put(r.getLearnerId(), r));
		Map<Long, long[]> byUnit = new TreeMap<>();
		List<LearnerSummary> notTaken = new ArrayList<>();
		long candidates = 0;
		long assessed = 0;
		long passed = 0;
		for (LearnerSummary learner : populations.of(exam).values()) {
			if (!scope.covers(learner.unitPath())) {
				continue;
			}
			ExamResult result = byLearner.get(learner.id());
			long[] counts = byUnit.computeIfAbsent(learner.unitId(), id -> new long[3]);
			counts[0]++;
			candidates++;
			if (result == null) {
				notTaken.add(learner);
				continue;
			}
			counts[1]++;
			assessed++;
			if (result.isPassed()) {
				counts[2]++;
				passed++;
			}
		}
		List<UnitLine> lines = new ArrayList<>();
		byUnit.forEach(
				(unitId, c) -> units.find(unitId).ifPresent(unit -> lines.add(new UnitLine(unit, c[0], c[1], c[2]))));
		lines.sort(Comparator.comparing((UnitLine l) -> l.unit().path()));
		notTaken.sort(Comparator.comparing(LearnerSummary::unitPath).thenComparing(LearnerSummary::fullName));
		return new Results(exam, lines, candidates, assessed, passed, notTaken);
	}

	private void requireBankFor(Exam.Terms terms) {
		int drawable = sittings.drawableQuestions(terms.bankCourseId());
		if (drawable < terms.questionCount()) {
			throw ProblemException.badRequest("exam.bank-too-small", drawable, terms.questionCount());
		}
	}

	private static boolean concerns(OrgScope scope, Exam exam) {
		return scope.covers(exam.getUnitPath())
				|| scope.rootPaths().stream().anyMatch(root -> root.startsWith(exam.getUnitPath()));
	}

}
