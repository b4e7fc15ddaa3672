package vn.hocso.planning.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

import vn.hocso.learner.LearnerCategory;
import vn.hocso.platform.ProblemException;

/**
 * A target of a plan (chỉ tiêu). MEASURED ones name their population (a unit subtree,
 * learner categories, courses, optionally waves) and the rule that counts a learner;
 * REPORTED ones take values entered by a unit and accepted by a verifier.
 * {@code toBeCompleted} marks an indicator whose text the source plan does not give (its
 * annex), left for the province to fill in.
 */
@Entity
@Table(name = "indicator")
public class Indicator {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "indicator_seq")
	@SequenceGenerator(name = "indicator_seq", sequenceName = "indicator_seq", allocationSize = 50)
	private @Nullable Long id;

	@Column(name = "plan_id", nullable = false)
	private long planId;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false, length = 1000)
	private String name;

	@Column(name = "target_value", nullable = false, precision = 14, scale = 2)
	private BigDecimal targetValue;

	@Enumerated(EnumType.STRING)
	@Column(name = "target_unit", nullable = false, length = 16)
	private TargetUnit targetUnit;

	@Column(nullable = false)
	private LocalDate deadline;

	@Column(name = "responsible_unit_id")
	private @Nullable Long responsibleUnitId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private IndicatorKind kind;

	@Column(name = "to_be_completed", nullable = false)
	private boolean toBeCompleted;

	/** The top of the measured population; null means the plan's governing unit. */
	@Column(name = "population_unit_id")
	private @Nullable Long populationUnitId;

	@Column(length = 255)
	private @Nullable String categories;

	@Column(name = "course_ids", length = 1000)
	private @Nullable String courseIds;

	@Column(name = "wave_ids", length = 1000)
	private @Nullable String waveIds;

	/** ASSESSED and EXAM_PASSED: the exams whose candidates and results are counted. */
	@Column(name = "exam_ids", length = 1000)
	private @Nullable String examIds;

	@Enumerated(EnumType.STRING)
	@Column(length = 32)
	private @Nullable MeasureRule rule;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "indicator_milestone", joinColumns = @JoinColumn(name = "indicator_id"))
	private List<Milestone> milestones = new ArrayList<>();

	@Version
	private long version;

	protected Indicator() {
		this.name = "";
		this.targetValue = BigDecimal.ZERO;
		this.targetUnit = TargetUnit.PERCENT;
		this.deadline = LocalDate.EPOCH;
		this.kind = IndicatorKind.REPORTED;
	}

	public Indicator(long planId, IndicatorDetails details) {
		this();
		this.planId = planId;
		update(details);
	}

	/**
	 * The measured population; empty sets mean "any" (an exam-based rule needs its
	 * exams).
	 */
	public record Population(@Nullable Long unitId, Set<LearnerCategory> categories, Set<Long> courseIds,
			Set<Long> waveIds, MeasureRule rule, Set<Long> examIds) {

		/** Citizen indicators count citizens only, whatever categories were named. */
		public Population {
			if (rule == MeasureRule.CITIZENS_COMPLETED) {
				categories = Set.of(LearnerCategory.CITIZEN);
			}
		}

		public Population(@Nullable Long unitId, Set<LearnerCategory> categories, Set<Long> courseIds,
				Set<Long> waveIds, MeasureRule rule) {
			this(unitId, categories, courseIds, waveIds, rule, Set.of());
		}

	}

	public record IndicatorDetails(int position, String name, BigDecimal targetValue, TargetUnit targetUnit,
			LocalDate deadline, List<Milestone> milestones, @Nullable Long responsibleUnitId, IndicatorKind kind,
			boolean toBeCompleted, @Nullable Population population) {
	}

	public final void update(IndicatorDetails details) {
		if (details.targetValue().signum() < 0 || (details.targetUnit() == TargetUnit.PERCENT
				&& details.targetValue().compareTo(BigDecimal.valueOf(100)) > 0)) {
			throw ProblemException.badRequest("indicator.target-invalid", details.targetValue());
		}
		Population population = details.kind() == IndicatorKind.MEASURED ? details.population() : null;
		if (details.kind() == IndicatorKind.MEASURED && population == null) {
			throw ProblemException.badRequest("indicator.population-missing");
		}
		if (population != null && population.rule().examBased() && population.examIds().isEmpty()) {
			throw ProblemException.badRequest("indicator.exams-missing");
		}
		this.position = details.position();
		this.name = details.name();
		this.targetValue = details.targetValue();
		this.targetUnit = details.targetUnit();
		this.deadline = details.deadline();
		this.milestones = new ArrayList<>(details.milestones());
		this.responsibleUnitId = details.responsibleUnitId();
		this.kind = details.kind();
		this.toBeCompleted = details.toBeCompleted();
		this.populationUnitId = population == null ? null : population.unitId();
		this.categories = population == null ? null
				: join(population.categories().stream().map(Enum::name).sorted().toList());
		this.courseIds = population == null ? null
				: join(population.courseIds().stream().sorted().map(String::valueOf).toList());
		this.waveIds = population == null ? null
				: join(population.waveIds().stream().sorted().map(String::valueOf).toList());
		this.rule = population == null ? null : population.rule();
		this.examIds = population == null ? null
				: join(population.examIds().stream().sorted().map(String::valueOf).toList());
	}

	private static @Nullable String join(List<String> values) {
		return values.isEmpty() ? null : String.join(",", values);
	}

	private static List<String> split(@Nullable String csv) {
		return csv == null || csv.isBlank() ? List.of() : Arrays.asList(csv.split(","));
	}

	/** The measured population, or null for a reported indicator. */
	public @Nullable Population population() {
		if (kind != IndicatorKind.MEASURED || rule == null) {
			return null;
		}
		return new Population(populationUnitId,
				split(categories).stream().map(LearnerCategory::valueOf).collect(Collectors.toUnmodifiableSet()),
				split(courseIds).stream().map(Long::valueOf).collect(Collectors.toUnmodifiableSet()),
				split(waveIds).stream().map(Long::valueOf).collect(Collectors.toUnmodifiableSet()), rule,
				split(examIds).stream().map(Long::valueOf).collect(Collectors.toUnmodifiableSet()));
	}

	/**
	 * The target in force on a day: the first milestone not yet passed, else the final
	 * target.
	 */
	public BigDecimal targetOn(LocalDate day) {
		return dueOn(day).target();
	}

	/** The deadline in force on a day (the next milestone's, or the final one). */
	public Milestone dueOn(LocalDate day) {
		return milestones.stream()
			.filter(m -> !m.due().isBefore(day))
			.min(Comparator.comparing(Milestone::due))
			.orElse(new Milestone(deadline, targetValue));
	}

	public long getId() {
		if (id == null) {
			throw new IllegalStateException("indicator not saved yet");
		}
		return id;
	}

	public long getPlanId() {
		return planId;
	}

	public int getPosition() {
		return position;
	}

	public String getName() {
		return name;
	}

	public BigDecimal getTargetValue() {
		return targetValue;
	}

	public TargetUnit getTargetUnit() {
		return targetUnit;
	}

	public LocalDate getDeadline() {
		return deadline;
	}

	public List<Milestone> getMilestones() {
		return milestones.stream().sorted(Comparator.comparing(Milestone::due)).toList();
	}

	public @Nullable Long getResponsibleUnitId() {
		return responsibleUnitId;
	}

	public IndicatorKind getKind() {
		return kind;
	}

	public boolean isToBeCompleted() {
		return toBeCompleted;
	}

}
