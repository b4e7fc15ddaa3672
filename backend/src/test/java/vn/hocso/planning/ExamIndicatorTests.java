package vn.hocso.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import vn.hocso.account.AccountIssued;
import vn.hocso.exam.ExamDesk;
import vn.hocso.learner.LearnerSummary;
import vn.hocso.organization.OrgUnitDirectory;
import vn.hocso.organization.OrgUnitSummary;
import vn.hocso.planning.domain.DenominatorSource;
import vn.hocso.planning.domain.FiguresCalculator;
import vn.hocso.planning.domain.Indicator.Population;
import vn.hocso.planning.domain.MeasureRule;
import vn.hocso.planning.domain.TreeFigures;
import vn.hocso.planning.domain.UnitFigures;
import vn.hocso.quiz.domain.QuestionBank;
import vn.hocso.testing.KeycloakJwt;
import vn.hocso.training.StaffList;
import vn.hocso.training.TrainingClock;
import vn.hocso.training.TrainingTestConfig;

/**
 * "IT officers assessed" and "passed": an indicator's figures, unit by unit up the tree,
 * equal a recount of the exam's results over the officials the test made IT officers.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
@Import(TrainingTestConfig.class)
class ExamIndicatorTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrgUnitDirectory units;

	@Autowired
	StaffList staff;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TrainingClock clock;

	@Autowired
	QuestionBank bank;

	@Autowired
	FiguresCalculator calculator;

	@Autowired
	JdbcClient jdbc;

	String suffix;

	long examId;

	List<LearnerSummary> itOfficers;

	@BeforeEach
	void fiveItOfficersAcrossDienChauOfWhomThreeSatTheExam() throws Exception {
		staff.clear();
		suffix = Long.toString(System.nanoTime(), 36);
		clock.set(Instant.parse("2026-10-01T03:00:00Z"));
		ExamDesk desk = new ExamDesk(mvc);
		long courseId = ExamDesk.bank(bank, 9_900_000 + System.nanoTime() % 100_000);
		LearnerSummary a = official("A", "NA-DIENCHAU", "Cán bộ CNTT");
		LearnerSummary b = official("B", "NA-DIENCHAU-DIENKY", "Cán bộ CNTT");
		LearnerSummary c = official("C", "NA-DIENCHAU-DIENKY", "Văn thư kiêm cán bộ CNTT");
		LearnerSummary d = official("D", "NA-DIENCHAU-DIENHONG", "Cán bộ CNTT");
		LearnerSummary e = official("E", "NA-DIENCHAU-DIENHONG", "cán bộ cntt");
		official("F", "NA-DIENCHAU-DIENHONG", "Công chức Tư pháp - Hộ tịch");
		official("G", "NA-SYT", "Cán bộ CNTT");
		itOfficers = List.of(a, b, c, d, e);
		examId = desk.create(KeycloakJwt.user("demo.admin", "NA", "ADMIN"),
				ExamDesk.exam("Sát hạch CNTT", courseId, "POSITION", "[\"Cán bộ CNTT\"]", unit("NA-DIENCHAU").id(),
						"2026-10-01T00:00:00Z", "2026-10-08T00:00:00Z"));
		desk.sit(learner(a), examId, 10);
		desk.sit(learner(b), examId, 1);
		desk.sit(learner(c), examId, 2);
		desk.sit(learner(c), examId, 9);
	}

	@Test
	void assessedAndPassedFiguresEqualARecountOfTheResultsInEveryUnit() {
		OrgUnitSummary root = unit("NA-DIENCHAU");
		LocalDate today = LocalDate.of(2026, 10, 1);
		for (MeasureRule rule : List.of(MeasureRule.ASSESSED, MeasureRule.EXAM_PASSED)) {
			TreeFigures figures = calculator
				.compute(new Population(null, Set.of(), Set.of(), Set.of(), rule, Set.of(examId)), root, today, false);
			Map<Long, long[]> recount = recount(rule);
			for (OrgUnitSummary unit : units.subtree(root.path())) {
				UnitFigures got = figures.byUnit().get(unit.id());
				long[] expected = recount.getOrDefault(unit.id(), new long[2]);
				assertThat(new long[] { got.numerator(), got.headcount() }).as(rule + " in " + unit.code())
					.containsExactly(expected);
			}
			assertThat(figures.root().source()).isEqualTo(DenominatorSource.EXAM_CANDIDATES);
		}
		UnitFigures top = calculator
			.compute(new Population(null, Set.of(), Set.of(), Set.of(), MeasureRule.ASSESSED, Set.of(examId)), root,
					today, false)
			.root();
		assertThat(top.numerator()).isEqualTo(3);
		assertThat(top.headcount()).isEqualTo(5);
	}

	@Test
	void nothingIsCountedBeforeTheDayOfTheAttempts() {
		TreeFigures before = calculator.compute(
				new Population(null, Set.of(), Set.of(), Set.of(), MeasureRule.ASSESSED, Set.of(examId)),
				unit("NA-DIENCHAU"), LocalDate.of(2026, 9, 30), false);
		assertThat(before.root().numerator()).isZero();
		assertThat(before.root().headcount()).isEqualTo(5);
	}

	/**
	 * Per unit (its subtree included): {numerator, candidates}, from exam_result and the
	 * test's own list.
	 */
	private Map<Long, long[]> recount(MeasureRule rule) {
		String column = rule == MeasureRule.ASSESSED ? "first_assessed_at" : "passed_at";
		List<Long> counted = jdbc
			.sql("select learner_id from exam_result where exam_id = ? and " + column + " is not null")
			.param(examId)
			.query(Long.class)
			.list();
		Map<Long, long[]> byUnit = new HashMap<>();
		for (OrgUnitSummary unit : units.subtree(unit("NA-DIENCHAU").path())) {
			for (LearnerSummary officer : itOfficers) {
				if (officer.unitPath().startsWith(unit.path())) {
					long[] c = byUnit.computeIfAbsent(unit.id(), id -> new long[2]);
					c[1]++;
					if (counted.contains(officer.id())) {
						c[0]++;
					}
				}
			}
		}
		return byUnit;
	}

	private LearnerSummary official(String name, String unitCode, String position) {
		LearnerSummary official = staff.add(name, unit(unitCode));
		staff.position(official.id(), position);
		events.publishEvent(new AccountIssued(official.id(), name.toLowerCase() + "." + suffix,
				Instant.parse("2026-05-01T00:00:00Z")));
		return official;
	}

	private RequestPostProcessor learner(LearnerSummary official) {
		return KeycloakJwt.user(official.fullName().toLowerCase() + "." + suffix, official.unitCode(), "LEARNER");
	}

	private OrgUnitSummary unit(String code) {
		return units.findSummaryByCode(code).orElseThrow();
	}

}
