package vn.hocso.quiz.demo;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;
import vn.hocso.course.CourseCatalog;
import vn.hocso.quiz.domain.QuestionBank;
import vn.hocso.quiz.domain.QuizPolicies;
import vn.hocso.quiz.domain.ReviewPolicy;
import vn.hocso.quiz.importing.QuestionImports;

/**
 * Demo profile: gives the demo course (by its code) the 100-question bank and the policy
 * from seed-data/quiz/, once — after the application is ready, so after the course itself
 * is seeded.
 */
@Component
@ConditionalOnProperty(name = "hocso.demo.quiz")
class DemoQuizLoader {

	private static final Logger log = LoggerFactory.getLogger(DemoQuizLoader.class);

	private final Resource source;

	private final CourseCatalog courses;

	private final QuestionBank bank;

	private final QuestionImports imports;

	private final QuizPolicies policies;

	DemoQuizLoader(@Value("${hocso.demo.quiz}") Resource source, CourseCatalog courses, QuestionBank bank,
			QuestionImports imports, QuizPolicies policies) {
		this.source = source;
		this.courses = courses;
		this.bank = bank;
		this.imports = imports;
		this.policies = policies;
	}

	record Seed(String courseCode, String bank, Policy policy) {
	}

	record Policy(int questionsPerAttempt, int expectedBankSize, Map<String, Integer> topicQuotas, int timeLimitMinutes,
			int passPercent, int attemptsAllowed, ReviewPolicy review) {
	}

	@EventListener(ApplicationReadyEvent.class)
	void seed() throws IOException {
		Seed seed = JsonMapper.builder().build().readValue(source.getInputStream(), Seed.class);
		Optional<Long> courseId = courses.courseIdOfCode(seed.courseCode());
		if (courseId.isEmpty()) {
			log.warn("Demo quiz not seeded: there is no course {}", seed.courseCode());
			return;
		}
		if (!bank.of(courseId.get()).isEmpty()) {
			return;
		}
		byte[] file = source.createRelative(seed.bank()).getContentAsByteArray();
		int stored = imports.seed(courseId.get(), file, "seed-data");
		Policy p = seed.policy();
		policies.change(courseId.get(), p.questionsPerAttempt(), p.expectedBankSize(),
				new LinkedHashMap<>(p.topicQuotas()), p.timeLimitMinutes(), p.passPercent(), p.attemptsAllowed(),
				p.review());
		log.info("Demo quiz seeded for course {}: {} questions", seed.courseCode(), stored);
	}

}
