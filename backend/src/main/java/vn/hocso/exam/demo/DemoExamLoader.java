package vn.hocso.exam.demo;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.hocso.course.CourseCatalog;
import vn.hocso.exam.domain.Exam;
import vn.hocso.exam.domain.ExamAdministration;
import vn.hocso.exam.domain.ExamPopulation;
import vn.hocso.organization.OrgUnitDirectory;
import vn.hocso.organization.OrgUnitSummary;

/**
 * Demo profile: the IT officers' exam of seed-data/exams/, once (by its code). It runs
 * first among the ready listeners, so that the demo plans can name it; the course exists
 * by then (an {@code ApplicationRunner} seeds it) and its bank is read only when someone
 * starts.
 */
@Component
@ConditionalOnProperty(name = "hocso.demo.exams")
class DemoExamLoader {

	private static final Logger log = LoggerFactory.getLogger(DemoExamLoader.class);

	private static final int COURSE_WAIT_SECONDS = 120;

	private final Resource source;

	private final CourseCatalog courses;

	private final OrgUnitDirectory units;

	private final ExamAdministration exams;

	DemoExamLoader(@Value("${hocso.demo.exams}") Resource source, CourseCatalog courses, OrgUnitDirectory units,
			ExamAdministration exams) {
		this.source = source;
		this.courses = courses;
		this.units = units;
		this.exams = exams;
	}

	record Seed(String code, String title, String courseCode, String unitCode, ExamPopulation population,
			List<String> positions, OffsetDateTime opensAt, OffsetDateTime closesAt, int attemptsAllowed,
			int passPercent, int questionCount, int timeLimitMinutes, boolean certificate) {
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(Ordered.HIGHEST_PRECEDENCE)
	void seed() throws IOException {
		Seed seed = JsonMapper.builder()
			.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.build()
			.readValue(source.getInputStream(), Seed.class);
		// The demo course is seeded in the background after start-up: wait for it (the
		// plans, next, name this exam).
		Optional<Long> courseId = courses.courseIdOfCode(seed.courseCode());
		for (int waited = 0; courseId.isEmpty() && waited < COURSE_WAIT_SECONDS; waited++) {
			try {
				Thread.sleep(1_000);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
			courseId = courses.courseIdOfCode(seed.courseCode());
		}
		Optional<OrgUnitSummary> unit = units.findSummaryByCode(seed.unitCode());
		if (courseId.isEmpty() || unit.isEmpty()) {
			log.warn("Demo exam not seeded: no course {} or no unit {}", seed.courseCode(), seed.unitCode());
			return;
		}
		Exam exam = exams.seed(
				new Exam.Terms(seed.title(), seed.code(), courseId.get(), seed.population(), seed.positions(),
						seed.opensAt().toInstant(), seed.closesAt().toInstant(), seed.attemptsAllowed(),
						seed.passPercent(), seed.questionCount(), seed.timeLimitMinutes(), seed.certificate()),
				unit.get(), "seed-data");
		log.info("Demo exam {} ready (id {})", seed.code(), exam.getId());
	}

}
