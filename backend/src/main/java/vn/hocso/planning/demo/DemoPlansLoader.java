package vn.hocso.planning.demo;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.hocso.learner.LearnerCategory;
import vn.hocso.organization.OrgUnitDirectory;
import vn.hocso.organization.OrgUnitSummary;
import vn.hocso.planning.domain.Indicator.IndicatorDetails;
import vn.hocso.exam.ExamResults;
import vn.hocso.planning.domain.Indicator.Population;
import vn.hocso.planning.domain.IndicatorKind;
import vn.hocso.planning.domain.MeasureRule;
import vn.hocso.planning.domain.Milestone;
import vn.hocso.planning.domain.Plan;
import vn.hocso.planning.domain.Plan.PlanDetails;
import vn.hocso.planning.domain.PlanRepository;
import vn.hocso.planning.domain.PlanningService;
import vn.hocso.planning.domain.ReportDue;
import vn.hocso.planning.domain.TargetUnit;

/**
 * Loads the five source plans from {@code seed-data/plans/} into an empty plan table,
 * once the demo org tree is there (after every runner), through the same service an ADMIN
 * uses.
 */
@Component
@ConditionalOnProperty(name = "hocso.demo.plans")
class DemoPlansLoader {

	private static final Logger log = LoggerFactory.getLogger(DemoPlansLoader.class);

	private static final String ACTOR = "system:demo-data";

	private final PlanningService planning;

	private final PlanRepository plans;

	private final OrgUnitDirectory units;

	private final TransactionTemplate transaction;

	private final JsonMapper json;

	private final String pattern;

	private final ExamResults exams;

	DemoPlansLoader(PlanningService planning, PlanRepository plans, OrgUnitDirectory units,
			TransactionTemplate transaction, JsonMapper json, @Value("${hocso.demo.plans}") String pattern,
			ExamResults exams) {
		this.exams = exams;
		this.planning = planning;
		this.plans = plans;
		this.units = units;
		this.transaction = transaction;
		this.json = json;
		this.pattern = pattern;
	}

	record SeedSigner(@Nullable String title, @Nullable String name) {
	}

	/**
	 * {@code examCodes}: for ASSESSED and EXAM_PASSED, the exams by code (seeded before
	 * the plans).
	 */
	record SeedPopulation(@Nullable List<LearnerCategory> categories, @Nullable List<Long> courseIds,
			@Nullable List<Long> waveIds, MeasureRule rule, @Nullable List<String> examCodes) {
	}

	record SeedIndicator(String name, BigDecimal target, TargetUnit unit, LocalDate deadline,
			@Nullable List<Milestone> milestones, @Nullable String responsibleUnit, IndicatorKind kind,
			@Nullable Boolean toBeCompleted, @Nullable SeedPopulation population) {
	}

	record SeedPlan(String governingUnit, String number, String issuer, String title, @Nullable LocalDate issuedOn,
			LocalDate periodStart, LocalDate periodEnd, @Nullable String implementsRef, @Nullable SeedSigner signer,
			@Nullable List<ReportDue> reportDues, List<SeedIndicator> indicators) {
	}

	@EventListener(ApplicationReadyEvent.class)
	void load() throws IOException {
		if (plans.count() > 0) {
			return;
		}
		Resource[] files = new PathMatchingResourcePatternResolver().getResources(pattern);
		Arrays.sort(files,
				Comparator.comparing(Resource::getFilename, Comparator.nullsLast(Comparator.naturalOrder())));
		int loaded = 0;
		for (Resource file : files) {
			SeedPlan seed;
			try (InputStream in = file.getInputStream()) {
				seed = json.readerFor(SeedPlan.class)
					.without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
					.readValue(in);
			}
			Boolean done = transaction.execute(status -> load(seed));
			if (Boolean.TRUE.equals(done)) {
				loaded++;
			}
		}
		log.info("Loaded {} demo plans from {}", loaded, pattern);
	}

	private boolean load(SeedPlan seed) {
		OrgUnitSummary governing = units.findSummaryByCode(seed.governingUnit()).orElse(null);
		if (governing == null) {
			log.warn("Demo plan {} skipped: no unit {}", seed.number(), seed.governingUnit());
			return false;
		}
		Plan plan = planning.createBy(new PlanDetails(seed.number(), seed.issuer(), seed.title(), seed.issuedOn(),
				governing.id(), seed.periodStart(), seed.periodEnd(), seed.implementsRef(),
				seed.signer() == null ? null : seed.signer().title(),
				seed.signer() == null ? null : seed.signer().name(),
				seed.reportDues() == null ? List.of() : seed.reportDues()), ACTOR);
		int position = 1;
		for (SeedIndicator indicator : seed.indicators()) {
			Long responsible = indicator.responsibleUnit() == null ? null
					: units.findSummaryByCode(indicator.responsibleUnit()).map(OrgUnitSummary::id).orElse(null);
			SeedPopulation population = indicator.population();
			if (population != null && population.rule().examBased() && examIds(population.examCodes()).isEmpty()) {
				log.warn("Demo indicator skipped: none of the exams {} exists", population.examCodes());
				continue;
			}
			planning.addIndicatorBy(plan.getId(), new IndicatorDetails(position++, indicator.name(), indicator.target(),
					indicator.unit(), indicator.deadline(),
					indicator.milestones() == null ? List.of() : indicator.milestones(), responsible, indicator.kind(),
					Boolean.TRUE.equals(indicator.toBeCompleted()),
					population == null ? null
							: new Population(null, set(population.categories()), set(population.courseIds()),
									set(population.waveIds()), population.rule(), examIds(population.examCodes()))),
					ACTOR);
		}
		return true;
	}

	private Set<Long> examIds(@Nullable List<String> codes) {
		return codes == null ? Set.of()
				: codes.stream()
					.map(code -> exams.idOfCode(code).orElse(null))
					.filter(Objects::nonNull)
					.collect(Collectors.toUnmodifiableSet());
	}

	private static <T> Set<T> set(@Nullable List<T> values) {
		return values == null ? Set.of() : Set.copyOf(values);
	}

}
