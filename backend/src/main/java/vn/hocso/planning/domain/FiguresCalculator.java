package vn.hocso.planning.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.hocso.enrolment.EnrolmentFigures;
import vn.hocso.exam.ExamResults;
import vn.hocso.headcount.VerifiedHeadcounts;
import vn.hocso.headcount.VerifiedPopulations;
import vn.hocso.learner.LearnerCategory;
import vn.hocso.learner.LearnerDirectory;
import vn.hocso.organization.OrgUnitDirectory;
import vn.hocso.organization.OrgUnitStatus;
import vn.hocso.organization.OrgUnitSummary;
import vn.hocso.organization.OrgUnitType;
import vn.hocso.planning.domain.Indicator.Population;
import vn.hocso.planning.domain.ProgressLedger.Counted;
import vn.hocso.planning.domain.ProgressLedger.Filter;
import vn.hocso.training.TrainedFocalPoints;

/**
 * Computes a measured indicator's figures for a whole subtree with a fixed number of
 * grouped queries (denominators, the rule's numerator, and for reports the other two
 * counts), then rolls them up the tree in memory: each unit's figure is its own plus its
 * descendants'.
 */
@Component
@Transactional(readOnly = true)
public class FiguresCalculator {

	private final OrgUnitDirectory units;

	private final VerifiedHeadcounts verified;

	private final LearnerDirectory learners;

	private final EnrolmentFigures enrolments;

	private final ProgressLedger ledger;

	private final ExamResults exams;

	private final VerifiedPopulations populations;

	private final TrainedFocalPoints focalPoints;

	FiguresCalculator(OrgUnitDirectory units, VerifiedHeadcounts verified, LearnerDirectory learners,
			EnrolmentFigures enrolments, ProgressLedger ledger, ExamResults exams, VerifiedPopulations populations,
			TrainedFocalPoints focalPoints) {
		this.exams = exams;
		this.populations = populations;
		this.focalPoints = focalPoints;
		this.units = units;
		this.verified = verified;
		this.learners = learners;
		this.enrolments = enrolments;
		this.ledger = ledger;
	}

	/**
	 * @param allCounts also count the two figures the rule does not use (reports show
	 * enrolled, completed and certified side by side)
	 */
	public TreeFigures compute(Population population, OrgUnitSummary root, LocalDate asOf, boolean allCounts) {
		if (population.rule().examBased()) {
			return computeFromExams(population, root, asOf);
		}
		if (population.rule() == MeasureRule.CITIZENS_COMPLETED) {
			return computeCitizens(population, root, asOf);
		}
		if (population.rule() == MeasureRule.FOCAL_POINTS_TRAINED) {
			return computeFocalPoints(root, asOf);
		}
		String prefix = root.path();
		Set<LearnerCategory> categories = population.categories();
		Map<LearnerCategory, long[]> byCategory = new EnumMap<>(LearnerCategory.class);

		String period = String.valueOf(asOf.getYear());
		Filter filter = new Filter(categories, population.courseIds(), population.waveIds());
		MeasureRule rule = population.rule();
		// The grouped queries are independent: run them side by side (each on its own
		// connection).
		var approvedQuery = async(() -> verified.approvedByUnitInSubtree(prefix, period));
		var registeredQuery = async(() -> learners.countActiveByUnitAndCategory(prefix));
		var enrolledQuery = rule == MeasureRule.ENROLLED || allCounts ? async(() -> enrolments
			.enrolledLearnersByUnitAndCategory(prefix, population.courseIds(), population.waveIds())) : null;
		var completedQuery = rule == MeasureRule.COMPLETED || allCounts
				? async(() -> ledger.countByPathAndCategory(prefix, Counted.COMPLETED, filter, asOf)) : null;
		var certifiedQuery = rule == MeasureRule.CERTIFIED || allCounts
				? async(() -> ledger.countByPathAndCategory(prefix, Counted.CERTIFIED, filter, asOf)) : null;
		// The tree is loaded while the counts are computed.
		List<OrgUnitSummary> subtree = units.subtree(prefix);
		Map<String, Acc> byPath = new HashMap<>();
		Map<Long, Acc> byId = new HashMap<>();
		for (OrgUnitSummary unit : subtree) {
			Acc acc = new Acc(unit);
			byPath.put(unit.path(), acc);
			byId.put(unit.id(), acc);
		}
		Acc rootAcc = rootOf(byId, root);
		Map<Long, Map<LearnerCategory, Long>> approved = approvedQuery.join();
		Map<Long, Map<LearnerCategory, Long>> registered = registeredQuery.join();
		for (Acc acc : byId.values()) {
			if (acc.unit.status() == OrgUnitStatus.MERGED) {
				// A merged unit's people moved with its learners to the unit it merged
				// into: counted there.
				// A closed unit keeps its own: its learners stay registered there (and
				// their completions
				// stay in its numerator) until an admin moves them, so the rate stays a
				// true fraction.
				continue;
			}
			Map<LearnerCategory, Long> counts = approved.get(acc.unit.id());
			boolean isVerified = counts != null;
			if (counts == null) {
				counts = registered.getOrDefault(acc.unit.id(), Map.of());
			}
			long own = 0;
			for (Map.Entry<LearnerCategory, Long> entry : counts.entrySet()) {
				if (categories.isEmpty() || categories.contains(entry.getKey())) {
					own += entry.getValue();
					byCategory.computeIfAbsent(entry.getKey(), c -> new long[2])[1] += entry.getValue();
				}
			}
			acc.headcount = own;
			if (own > 0) {
				if (isVerified) {
					acc.verifiedUnits = 1;
				}
				else {
					acc.registeredUnits = 1;
				}
			}
		}

		if (enrolledQuery != null) {
			// Enrolments stay on the unit where they were made: a merged unit's count
			// where its people went.
			Map<Long, Long> successors = units.successorsUnder(prefix);
			enrolledQuery.join().forEach((unitId, counts) -> counts.forEach((category, count) -> {
				Long successor = successors.get(unitId);
				if (successor != null && !byId.containsKey(successor)) {
					return; // its people now belong outside this subtree
				}
				if (categories.isEmpty() || categories.contains(category)) {
					Acc acc = byId.getOrDefault(successor == null ? unitId : successor, rootAcc);
					acc.enrolled += count;
					if (rule == MeasureRule.ENROLLED) {
						byCategory.computeIfAbsent(category, c -> new long[2])[0] += count;
					}
				}
			}));
		}
		if (completedQuery != null) {
			for (var count : completedQuery.join()) {
				byPath.getOrDefault(count.unitPath(), rootAcc).completed += count.learners();
				if (rule == MeasureRule.COMPLETED) {
					byCategory.computeIfAbsent(count.category(), c -> new long[2])[0] += count.learners();
				}
			}
		}
		if (certifiedQuery != null) {
			for (var count : certifiedQuery.join()) {
				byPath.getOrDefault(count.unitPath(), rootAcc).certified += count.learners();
				if (rule == MeasureRule.CERTIFIED) {
					byCategory.computeIfAbsent(count.category(), c -> new long[2])[0] += count.learners();
				}
			}
		}

		rollUp(subtree, byId, root);
		Map<Long, UnitFigures> figures = new HashMap<>();
		byId.forEach((id, acc) -> figures.put(id, acc.figures(rule)));
		return new TreeFigures(rootAcc.figures(rule), figures, byCategory);
	}

	/**
	 * ASSESSED and EXAM_PASSED: the denominator is the exams' candidates (each unit's,
	 * now), the numerator those graded, or passed, on or before the day; learner
	 * categories filter both.
	 */
	private TreeFigures computeFromExams(Population population, OrgUnitSummary root, LocalDate asOf) {
		Set<LearnerCategory> categories = population.categories();
		List<OrgUnitSummary> subtree = units.subtree(root.path());
		Map<Long, Acc> byId = new HashMap<>();
		subtree.forEach(unit -> byId.put(unit.id(), new Acc(unit)));
		Acc rootAcc = rootOf(byId, root);
		Map<LearnerCategory, long[]> byCategory = new EnumMap<>(LearnerCategory.class);
		for (ExamResults.UnitFigure figure : exams.figures(population.examIds(), root.path(), asOf)) {
			if (!categories.isEmpty() && !categories.contains(figure.category())) {
				continue;
			}
			Acc acc = byId.getOrDefault(figure.unitId(), rootAcc);
			acc.headcount += figure.candidates();
			acc.completed += figure.assessed();
			acc.certified += figure.passed();
			long[] perCategory = byCategory.computeIfAbsent(figure.category(), c -> new long[2]);
			perCategory[0] += population.rule() == MeasureRule.ASSESSED ? figure.assessed() : figure.passed();
			perCategory[1] += figure.candidates();
		}
		rollUp(subtree, byId, root);
		Map<Long, UnitFigures> figures = new HashMap<>();
		byId.forEach((id, acc) -> figures.put(id, acc.figures(population.rule())));
		return new TreeFigures(rootAcc.figures(population.rule()), figures, byCategory);
	}

	/**
	 * CITIZENS_COMPLETED: the numerator is the citizens (each once) who completed one of
	 * the courses on or before the day, counted on their commune; the denominator each
	 * commune's verified working-age population for the day's year (or the latest year
	 * before it). {@code verifiedUnits} counts the communes with a verified figure,
	 * {@code registeredUnits} the open communes still without one.
	 */
	private TreeFigures computeCitizens(Population population, OrgUnitSummary root, LocalDate asOf) {
		Filter filter = new Filter(Set.of(LearnerCategory.CITIZEN), population.courseIds(), population.waveIds());
		var completedQuery = async(() -> ledger.countByPathAndCategory(root.path(), Counted.COMPLETED, filter, asOf));
		Map<Long, VerifiedPopulations.Figure> verifiedPopulations = populations.workingAgeByUnitInSubtree(root.path(),
				asOf.getYear());
		List<OrgUnitSummary> subtree = units.subtree(root.path());
		Map<String, Acc> byPath = new HashMap<>();
		Map<Long, Acc> byId = new HashMap<>();
		for (OrgUnitSummary unit : subtree) {
			Acc acc = new Acc(unit);
			byPath.put(unit.path(), acc);
			byId.put(unit.id(), acc);
			VerifiedPopulations.Figure figure = verifiedPopulations.get(unit.id());
			if (figure != null && unit.status() != OrgUnitStatus.MERGED) {
				acc.headcount = figure.workingAge();
				acc.verifiedUnits = 1;
			}
			else if (unit.type() == OrgUnitType.COMMUNE && unit.status().isOpen()) {
				acc.registeredUnits = 1;
			}
		}
		Acc rootAcc = rootOf(byId, root);
		long completed = 0;
		for (var count : completedQuery.join()) {
			byPath.getOrDefault(count.unitPath(), rootAcc).completed += count.learners();
			completed += count.learners();
		}
		rollUp(subtree, byId, root);
		Map<Long, UnitFigures> figures = new HashMap<>();
		byId.forEach((id, acc) -> figures.put(id, acc.figures(population.rule())));
		Map<LearnerCategory, long[]> byCategory = new EnumMap<>(LearnerCategory.class);
		byCategory.put(LearnerCategory.CITIZEN, new long[] { completed, rootAcc.headcount });
		return new TreeFigures(rootAcc.figures(population.rule()), figures, byCategory);
	}

	/**
	 * FOCAL_POINTS_TRAINED: per unit, the officials who completed an in-person programme
	 * on or before the day (the training module's completions), against those nominated;
	 * no breakdown by category.
	 */
	private TreeFigures computeFocalPoints(OrgUnitSummary root, LocalDate asOf) {
		List<OrgUnitSummary> subtree = units.subtree(root.path());
		Map<Long, Acc> byId = new HashMap<>();
		subtree.forEach(unit -> byId.put(unit.id(), new Acc(unit)));
		Acc rootAcc = rootOf(byId, root);
		for (TrainedFocalPoints.UnitFocalPoints line : focalPoints.focalPointsByUnit(root.path(), asOf)) {
			Acc acc = byId.getOrDefault(line.unitId(), rootAcc);
			acc.headcount += line.nominated();
			acc.completed += line.trained();
		}
		rollUp(subtree, byId, root);
		Map<Long, UnitFigures> figures = new HashMap<>();
		byId.forEach((id, acc) -> figures.put(id, acc.figures(MeasureRule.FOCAL_POINTS_TRAINED)));
		return new TreeFigures(rootAcc.figures(MeasureRule.FOCAL_POINTS_TRAINED), figures, Map.of());
	}

	/**
	 * Deepest first, so that each unit's total is complete before it is added to its
	 * parent.
	 */
	private static void rollUp(List<OrgUnitSummary> subtree, Map<Long, Acc> byId, OrgUnitSummary root) {
		subtree.stream()
			.sorted(Comparator.comparingInt((OrgUnitSummary u) -> u.path().length()).reversed())
			.forEach(unit -> {
				Long parentId = unit.parentId();
				Acc parent = unit.id() == root.id() || parentId == null ? null : byId.get(parentId);
				Acc acc = byId.get(unit.id());
				if (parent != null && acc != null) {
					parent.add(acc);
				}
			});
	}

	private static Acc rootOf(Map<Long, Acc> byId, OrgUnitSummary root) {
		return Objects.requireNonNull(byId.get(root.id()), "a subtree holds its root");
	}

	/**
	 * Runs a read on its own connection, in parallel, inside a read-only transaction (a
	 * live progress request); inside a writing transaction it runs at once in it, since
	 * other connections would not see what that transaction has written.
	 */
	static <T> CompletableFuture<T> async(Supplier<T> query) {
		if (!TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			return CompletableFuture.completedFuture(query.get());
		}
		return CompletableFuture.supplyAsync(query, QUERIES);
	}

	private static final Executor QUERIES = Executors.newVirtualThreadPerTaskExecutor();

	private static final class Acc {

		final OrgUnitSummary unit;

		long headcount;

		int verifiedUnits;

		int registeredUnits;

		long enrolled;

		long completed;

		long certified;

		Acc(OrgUnitSummary unit) {
			this.unit = unit;
		}

		void add(Acc child) {
			headcount += child.headcount;
			verifiedUnits += child.verifiedUnits;
			registeredUnits += child.registeredUnits;
			enrolled += child.enrolled;
			completed += child.completed;
			certified += child.certified;
		}

		UnitFigures figures(MeasureRule rule) {
			long numerator = switch (rule) {
				case ENROLLED -> enrolled;
				case COMPLETED, CITIZENS_COMPLETED, FOCAL_POINTS_TRAINED -> completed;
				case CERTIFIED, EXAM_PASSED -> certified;
				case ASSESSED -> completed;
			};
			DenominatorSource source = switch (rule) {
				case ASSESSED, EXAM_PASSED -> DenominatorSource.EXAM_CANDIDATES;
				case CITIZENS_COMPLETED -> DenominatorSource.WORKING_AGE_POPULATION;
				case FOCAL_POINTS_TRAINED -> DenominatorSource.NOMINATED_FOCAL_POINTS;
				default -> DenominatorSource.of(verifiedUnits, registeredUnits);
			};
			return new UnitFigures(unit.id(), unit.code(), unit.name(), unit.path(), unit.parentId(),
					unit.status().isOpen(), headcount, source, verifiedUnits, registeredUnits, enrolled, completed,
					certified, numerator);
		}

	}

}
