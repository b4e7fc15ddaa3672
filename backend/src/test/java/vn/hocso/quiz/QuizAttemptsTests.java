package vn.hocso.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.hocso.enrolment.EnrolmentDirectory;
import vn.hocso.enrolment.EnrolmentLifecycle;
import vn.hocso.enrolment.EnrolmentRef;
import vn.hocso.enrolment.EnrolmentStatus;
import vn.hocso.platform.ProblemException;
import vn.hocso.progress.LectureProgress;
import vn.hocso.quiz.domain.QuestionBank;
import vn.hocso.quiz.domain.QuestionBank.BankQuestion;
import vn.hocso.quiz.domain.QuestionContent;
import vn.hocso.quiz.domain.QuizAttempts;
import vn.hocso.testing.AsCaller;
import vn.hocso.testing.KeycloakJwt;

/**
 * Attempts through the HTTP API with the real database and a movable clock; enrolments
 * and lecture progress are other modules' APIs, stood in for here.
 */
@QuizModuleTest
class QuizAttemptsTests {

	private static final AtomicLong IDS = new AtomicLong(900_000);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	QuestionBank bank;

	@Autowired
	QuizAttempts attempts;

	@Autowired
	MutableClock clock;

	@Autowired
	QuizResults results;

	@Autowired
	EnrolmentDirectory enrolments;

	@Autowired
	EnrolmentLifecycle lifecycle;

	@Autowired
	LectureProgress progress;

	private final Map<Long, String> owners = new ConcurrentHashMap<>();

	private long courseId;

	private long enrolmentId;

	@BeforeEach
	void aCourseWithABankOfOneHundredAndALearnerWhoFinishedTheLectures() {
		courseId = IDS.incrementAndGet();
		enrolmentId = enrol("hv.nguyen.an");
		AsCaller.signIn("demo.admin", "NA", "ADMIN");
		bank.addAll(courseId, QuizFixtures.bank(20));
		AsCaller.signOut();
		given(progress.allLecturesComplete(anyLong())).willReturn(true);
		given(enrolments.requireOwn(anyLong())).willAnswer(call -> {
			long id = call.getArgument(0);
			String caller = SecurityContextHolder.getContext().getAuthentication().getName();
			if (!caller.equals(owners.get(id))) {
				throw ProblemException.notFound("enrolment.not-found", id);
			}
			return ref(id);
		});
		given(enrolments.find(anyLong())).willAnswer(call -> Optional.of(ref(call.getArgument(0))));
	}

	@Test
	void startingDrawsTwentyQuestionsWithShuffledOptionsAndADeadlineThirtyMinutesAway() throws Exception {
		JsonNode attempt = start("hv.nguyen.an", enrolmentId);

		assertThat(attempt.get("questions")).hasSize(20);
		assertThat(attempt.get("secondsLeft").asLong()).isEqualTo(30 * 60);
		assertThat(attempt.get("status").asString()).isEqualTo("OPEN");
		// The correct option is authored first in every fixture; shuffled per attempt, it
		// is not always shown first.
		long correctShownFirst = stream(attempt.get("questions"))
			.filter(q -> q.get("options").get(0).asString().startsWith("Đúng"))
			.count();
		assertThat(correctShownFirst).isLessThan(20);
	}

	@Test
	void theStartAndCloseInstantsAnsweredAreTheOnesReadBackLater() throws Exception {
		clock.set(clock.instant().plusNanos(123_456_789)); // finer than the database
															// keeps
		JsonNode started = start("hv.nguyen.an", enrolmentId);
		long attemptId = started.get("attemptId").asLong();
		JsonNode submitted = submit("hv.nguyen.an", attemptId);

		JsonNode reread = JSON
			.readTree(call("hv.nguyen.an", get("/api/quiz-attempts/{id}", attemptId)).andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
		assertThat(reread.get("startedAt").asString()).isEqualTo(started.get("startedAt").asString());
		assertThat(reread.get("deadline").asString()).isEqualTo(started.get("deadline").asString());
		assertThat(reread.get("result").get("closedAt").asString())
			.isEqualTo(submitted.get("result").get("closedAt").asString());
		assertThat(Instant.parse(started.get("startedAt").asString()).getNano() % 1_000).isZero();
	}

	@Test
	void noLearnerFacingResponseCarriesTheAnswerKeyWhileTheAttemptIsOpen() throws Exception {
		String started = call("hv.nguyen.an", post("/api/enrolments/{id}/quiz-attempts", enrolmentId)).andReturn()
			.getResponse()
			.getContentAsString();
		JsonNode attempt = JSON.readTree(started);
		long attemptId = attempt.get("attemptId").asLong();
		long questionId = attempt.get("questions").get(0).get("questionId").asLong();
		String viewed = call("hv.nguyen.an", get("/api/quiz-attempts/{id}", attemptId)).andReturn()
			.getResponse()
			.getContentAsString();
		String answered = call("hv.nguyen.an",
				put("/api/quiz-attempts/{id}/answers/{q}", attemptId, questionId)
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"selected\":[1]}"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String resumed = call("hv.nguyen.an", post("/api/enrolments/{id}/quiz-attempts", enrolmentId)).andReturn()
			.getResponse()
			.getContentAsString();
		String overview = call("hv.nguyen.an", get("/api/enrolments/{id}/quiz", enrolmentId)).andReturn()
			.getResponse()
			.getContentAsString();

		for (String json : List.of(started, viewed, answered, resumed, overview)) {
			assertThat(json).doesNotContainIgnoringCase("correct")
				.doesNotContainIgnoringCase("explanation")
				.doesNotContain("GIẢI THÍCH")
				.doesNotContainIgnoringCase("wrong")
				.doesNotContainIgnoringCase("score")
				.doesNotContainIgnoringCase("passed")
				.doesNotContainIgnoringCase("seed")
				.doesNotContainIgnoringCase("versionId");
		}
		assertThat(JSON.readTree(started).get("result").isNull()).isTrue();
	}

	@Test
	void startingAgainReturnsTheOpenAttemptWithItsSavedAnswers() throws Exception {
		JsonNode first = start("hv.nguyen.an", enrolmentId);
		long questionId = first.get("questions").get(3).get("questionId").asLong();
		answer("hv.nguyen.an", first.get("attemptId").asLong(), questionId, 2).andExpect(status().isOk());

		JsonNode again = start("hv.nguyen.an", enrolmentId);

		assertThat(again.get("attemptId").asLong()).isEqualTo(first.get("attemptId").asLong());
		assertThat(again.get("questions").get(3).get("selected").get(0).asInt()).isEqualTo(2);
		assertThat(again.get("answeredCount").asInt()).isEqualTo(1);
	}

	@Test
	void savingTheSameAnswerTwiceLeavesOneAnswer() throws Exception {
		JsonNode attempt = start("hv.nguyen.an", enrolmentId);
		long attemptId = attempt.get("attemptId").asLong();
		long questionId = attempt.get("questions").get(0).get("questionId").asLong();

		answer("hv.nguyen.an", attemptId, questionId, 1).andExpect(status().isOk())
			.andExpect(jsonPath("$.selected[0]").value(1));
		answer("hv.nguyen.an", attemptId, questionId, 1).andExpect(status().isOk())
			.andExpect(jsonPath("$.selected[0]").value(1));

		JsonNode viewed = view("hv.nguyen.an", attemptId);
		assertThat(viewed.get("answeredCount").asInt()).isEqualTo(1);
		assertThat(viewed.get("questions").get(0).get("selected")).hasSize(1);
	}

	@Test
	void anAnswerToAQuestionNotInTheAttemptIsRefused() throws Exception {
		JsonNode attempt = start("hv.nguyen.an", enrolmentId);
		List<Long> drawn = stream(attempt.get("questions")).map(q -> q.get("questionId").asLong()).toList();
		long notDrawn;
		AsCaller.signIn("demo.admin", "NA", "ADMIN");
		notDrawn = bank.of(courseId)
			.stream()
			.map(b -> b.question().getId())
			.filter(id -> !drawn.contains(id))
			.findFirst()
			.orElseThrow();
		AsCaller.signOut();

		answer("hv.nguyen.an", attempt.get("attemptId").asLong(), notDrawn, 0).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("quiz.question-not-in-attempt"));
	}

	@Test
	void aSingleChoiceQuestionTakesOneOption() throws Exception {
		JsonNode attempt = start("hv.nguyen.an", enrolmentId);
		long questionId = attempt.get("questions").get(0).get("questionId").asLong();

		call("hv.nguyen.an",
				put("/api/quiz-attempts/{id}/answers/{q}", attempt.get("attemptId").asLong(), questionId)
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"selected\":[0,1]}"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void anotherLearnerCannotReadAnswerOrSubmitTheAttempt() throws Exception {
		long attemptId = start("hv.nguyen.an", enrolmentId).get("attemptId").asLong();
		long questionId = view("hv.nguyen.an", attemptId).get("questions").get(0).get("questionId").asLong();
		enrol("hv.tran.binh");

		call("hv.tran.binh", get("/api/quiz-attempts/{id}", attemptId)).andExpect(status().isNotFound());
		answer("hv.tran.binh", attemptId, questionId, 0).andExpect(status().isNotFound());
		call("hv.tran.binh", post("/api/quiz-attempts/{id}/submit", attemptId)).andExpect(status().isNotFound());
		call("hv.tran.binh", post("/api/enrolments/{id}/quiz-attempts", enrolmentId)).andExpect(status().isNotFound());
		assertThat(view("hv.nguyen.an", attemptId).get("status").asString()).isEqualTo("OPEN");
	}

	@Test
	void answersAreTakenWithinTheGracePeriodAndRefusedAfterIt() throws Exception {
		JsonNode attempt = start("hv.nguyen.an", enrolmentId);
		long attemptId = attempt.get("attemptId").asLong();
		long first = attempt.get("questions").get(0).get("questionId").asLong();
		long second = attempt.get("questions").get(1).get("questionId").asLong();

		clock.advance(Duration.ofMinutes(30).plusSeconds(20));
		answer("hv.nguyen.an", attemptId, first, 0).andExpect(status().isOk())
			.andExpect(jsonPath("$.secondsLeft").value(0));

		clock.advance(Duration.ofSeconds(11));
		answer("hv.nguyen.an", attemptId, second, 0).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("quiz.time-up"));
	}

	@Test
	void anAttemptLeftOpenIsGradedByTheServerWhenTimeIsUpWithTheBrowserGone() throws Exception {
		JsonNode attempt = start("hv.nguyen.an", enrolmentId);
		long attemptId = attempt.get("attemptId").asLong();
		answerAllCorrectly("hv.nguyen.an", attempt);

		clock.advance(Duration.ofMinutes(31));
		int graded = attempts.closeOverdue(10_000);

		assertThat(graded).isGreaterThanOrEqualTo(1);
		JsonNode closed = view("hv.nguyen.an", attemptId);
		assertThat(closed.get("status").asString()).isEqualTo("EXPIRED");
		assertThat(closed.get("result").get("scorePercent").asInt()).isEqualTo(100);
		assertThat(closed.get("result").get("gradedByServer").asBoolean()).isTrue();
		verify(lifecycle).complete(eq(enrolmentId), any(Instant.class), eq(100));
	}

	@Test
	void theSweepLeavesAttemptsStillWithinTheirGracePeriodOpen() throws Exception {
		long attemptId = start("hv.nguyen.an", enrolmentId).get("attemptId").asLong();

		clock.advance(Duration.ofMinutes(30).plusSeconds(10));
		attempts.closeOverdue(10_000);

		assertThat(view("hv.nguyen.an", attemptId).get("status").asString()).isEqualTo("OPEN");
	}

	@Test
	void submittingTwiceReturnsTheSameResultAndCompletesOnce() throws Exception {
		JsonNode attempt = start("hv.nguyen.an", enrolmentId);
		long attemptId = attempt.get("attemptId").asLong();
		answerAllCorrectly("hv.nguyen.an", attempt);

		JsonNode first = submit("hv.nguyen.an", attemptId);
		clock.advance(Duration.ofSeconds(5));
		JsonNode second = submit("hv.nguyen.an", attemptId);

		assertThat(first.get("result")).isEqualTo(second.get("result"));
		assertThat(first.get("result").get("passed").asBoolean()).isTrue();
		verify(lifecycle, times(1)).complete(eq(enrolmentId), any(Instant.class), eq(100));
	}

	@Test
	void twoConcurrentSubmitsGradeTheAttemptOnce() throws Exception {
		JsonNode attempt = start("hv.nguyen.an", enrolmentId);
		long attemptId = attempt.get("attemptId").asLong();
		answerAllCorrectly("hv.nguyen.an", attempt);
		CountDownLatch go = new CountDownLatch(1);
		List<Future<JsonNode>> results = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
			for (int i = 0; i < 2; i++) {
				results.add(pool.submit(() -> {
					go.await();
					return submit("hv.nguyen.an", attemptId);
				}));
			}
			go.countDown();
			JsonNode one = results.get(0).get();
			JsonNode other = results.get(1).get();

			assertThat(one.get("result")).isEqualTo(other.get("result"));
		}
		verify(lifecycle, times(1)).complete(eq(enrolmentId), any(Instant.class), eq(100));
	}

	@Test
	void afterClosingTheLearnerSeesOnlyWhichOfTheirAnswersWereWrong() throws Exception {
		JsonNode attempt = start("hv.nguyen.an", enrolmentId);
		long attemptId = attempt.get("attemptId").asLong();
		long wrongOne = attempt.get("questions").get(0).get("questionId").asLong();
		answerAllCorrectly("hv.nguyen.an", attempt);
		answer("hv.nguyen.an", attemptId, wrongOne, wrongIndex(attempt.get("questions").get(0)))
			.andExpect(status().isOk());

		String json = call("hv.nguyen.an", post("/api/quiz-attempts/{id}/submit", attemptId)).andReturn()
			.getResponse()
			.getContentAsString();

		JsonNode result = JSON.readTree(json).get("result");
		assertThat(result.get("correctCount").asInt()).isEqualTo(19);
		assertThat(result.get("scorePercent").asInt()).isEqualTo(95);
		assertThat(stream(result.get("wrongQuestionIds")).map(JsonNode::asLong).toList()).containsExactly(wrongOne);
		assertThat(result.get("review").isNull()).isTrue();
		assertThat(json).doesNotContain("GIẢI THÍCH");
	}

	@Test
	void aFailedLearnerMayTryAgainUntilTheAttemptsAllowedAreUsed() throws Exception {
		for (int i = 0; i < 2; i++) {
			long attemptId = start("hv.nguyen.an", enrolmentId).get("attemptId").asLong();
			assertThat(submit("hv.nguyen.an", attemptId).get("result").get("passed").asBoolean()).isFalse();
		}

		call("hv.nguyen.an", post("/api/enrolments/{id}/quiz-attempts", enrolmentId)).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("quiz.no-attempts-left"));
		verify(lifecycle, never()).complete(anyLong(), any(), any());
	}

	@Test
	void aLearnerWithLecturesLeftCannotStart() throws Exception {
		given(progress.allLecturesComplete(enrolmentId)).willReturn(false);

		call("hv.nguyen.an", post("/api/enrolments/{id}/quiz-attempts", enrolmentId)).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("quiz.lectures-incomplete"));
	}

	@Test
	void aLearnerWhoPassedCannotStartAgain() throws Exception {
		JsonNode attempt = start("hv.nguyen.an", enrolmentId);
		answerAllCorrectly("hv.nguyen.an", attempt);
		submit("hv.nguyen.an", attempt.get("attemptId").asLong());

		call("hv.nguyen.an", post("/api/enrolments/{id}/quiz-attempts", enrolmentId)).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("quiz.already-passed"));
	}

	@Test
	void editingAQuestionDuringAnOpenAttemptChangesNeitherItsWordingNorItsGrading() throws Exception {
		JsonNode attempt = start("hv.nguyen.an", enrolmentId);
		long attemptId = attempt.get("attemptId").asLong();
		answerAllCorrectly("hv.nguyen.an", attempt);
		JsonNode first = attempt.get("questions").get(0);
		AsCaller.signIn("demo.admin", "NA", "ADMIN");
		BankQuestion edited = bank.edit(first.get("questionId").asLong(),
				new QuestionContent("Kỹ năng số", vn.hocso.quiz.domain.Difficulty.HARD, "Câu hỏi đã sửa?", null, List
					.of(new QuestionContent.Option("Mới đúng", true), new QuestionContent.Option("Mới sai", false)),
						null));
		AsCaller.signOut();

		JsonNode viewed = view("hv.nguyen.an", attemptId);
		JsonNode graded = submit("hv.nguyen.an", attemptId);

		assertThat(edited.current().getNumber()).isEqualTo(2);
		assertThat(viewed.get("questions").get(0).get("stem").asString()).isEqualTo(first.get("stem").asString());
		assertThat(graded.get("result").get("scorePercent").asInt()).isEqualTo(100);
	}

	@Autowired
	jakarta.persistence.EntityManagerFactory entityManagerFactory;

	@Test
	void aStartAndAnAnswerEachTakeAFewStatementsWhateverTheBankSize() throws Exception {
		start("hv.nguyen.an", enrolmentId); // the course's drawable bank is now in memory
		long warm = enrol("hv.le.cuong");
		org.hibernate.stat.Statistics statistics = entityManagerFactory.unwrap(org.hibernate.SessionFactory.class)
			.getStatistics();
		statistics.setStatisticsEnabled(true);
		try {
			statistics.clear();
			JsonNode attempt = start("hv.le.cuong", warm);
			long startStatements = statistics.getPrepareStatementCount();
			statistics.clear();
			answer("hv.le.cuong", attempt.get("attemptId").asLong(),
					attempt.get("questions").get(5).get("questionId").asLong(), 0)
				.andExpect(status().isOk());
			long answerStatements = statistics.getPrepareStatementCount();

			// Start: the enrolment's attempts, at most two sequence reads, the attempt,
			// one batch of twenty.
			assertThat(startStatements).isLessThanOrEqualTo(5);
			assertThat(statistics.getEntityLoadCount()).as("entities an answer loads").isLessThanOrEqualTo(2);
			// Answer: the attempt's row (locked), the one drawn question, its update.
			assertThat(answerStatements).isLessThanOrEqualTo(3);
		}
		finally {
			statistics.setStatisticsEnabled(false);
		}
	}

	/** A 1×1 PNG. */
	private static final String PNG = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC";

	@Test
	void editingAQuestionUsedInAFinishedAttemptKeepsThatAttemptAsTakenWhileNewAttemptsGetTheEditAndItsImage()
			throws Exception {
		courseId = IDS.incrementAndGet(); // a bank of exactly twenty: every attempt draws
											// every question
		AsCaller.signIn("demo.admin", "NA", "ADMIN");
		bank.addAll(courseId, QuizFixtures.bank(4));
		AsCaller.signOut();
		JsonNode taken = start("hv.nguyen.an", enrolmentId);
		long attemptId = taken.get("attemptId").asLong();
		answerAllCorrectly("hv.nguyen.an", taken);
		submit("hv.nguyen.an", attemptId);
		JsonNode first = taken.get("questions").get(0);
		long questionId = first.get("questionId").asLong();

		admin(put("/api/quiz/questions/{id}", questionId).contentType(MediaType.APPLICATION_JSON)
			.content(questionBody("Biểu tượng trong hình là của ứng dụng nào?", PNG))).andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(2))
			.andExpect(jsonPath("$.image").value(PNG));

		JsonNode finished = view("hv.nguyen.an", attemptId);
		assertThat(finished.get("questions").get(0).get("stem").asString()).isEqualTo(first.get("stem").asString());
		assertThat(finished.get("questions").get(0).get("image").isNull()).isTrue();
		assertThat(finished.get("result").get("scorePercent").asInt()).isEqualTo(100);

		long other = enrol("hv.tran.binh");
		String started = call("hv.tran.binh", post("/api/enrolments/{id}/quiz-attempts", other))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		JsonNode edited = stream(JSON.readTree(started).get("questions"))
			.filter(q -> q.get("questionId").asLong() == questionId)
			.findFirst()
			.orElseThrow();
		assertThat(edited.get("stem").asString()).isEqualTo("Biểu tượng trong hình là của ứng dụng nào?");
		assertThat(edited.get("image").asString()).isEqualTo(PNG);
		assertThat(started).doesNotContainIgnoringCase("correct").doesNotContainIgnoringCase("explanation");
	}

	@Test
	void anImageWhoseBytesAreNotPngOrJpegIsRefusedAndTheQuestionKeepsItsVersion() throws Exception {
		AsCaller.signIn("demo.admin", "NA", "ADMIN");
		long questionId = bank.of(courseId).getFirst().question().getId();
		AsCaller.signOut();
		String gifLabelledPng = "data:image/png;base64," + java.util.Base64.getEncoder()
			.encodeToString("GIF89a\u0001\u0000\u0001\u0000".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

		admin(put("/api/quiz/questions/{id}", questionId).contentType(MediaType.APPLICATION_JSON)
			.content(questionBody("Câu hỏi có hình?", gifLabelledPng))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("quiz.question-invalid"));
		admin(put("/api/quiz/questions/{id}", questionId).contentType(MediaType.APPLICATION_JSON)
			.content(questionBody("Câu hỏi có hình?", "data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=")))
			.andExpect(status().isBadRequest());

		AsCaller.signIn("demo.admin", "NA", "ADMIN");
		assertThat(bank.of(courseId).getFirst().current().getNumber()).isEqualTo(1);
		AsCaller.signOut();
	}

	private ResultActions admin(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
			throws Exception {
		return mvc.perform(request.with(KeycloakJwt.user("demo.admin", "NA", "ADMIN")));
	}

	private static String questionBody(String stem, String image) {
		return JSON.writeValueAsString(
				Map.of("topic", "Kỹ năng số", "difficulty", "EASY", "stem", stem, "image", image, "options",
						List.of(Map.of("text", "Đúng: VNeID", "correct", true),
								Map.of("text", "Zalo", "correct", false)),
						"explanation", "GIẢI THÍCH: biểu tượng của VNeID"));
	}

	@Test
	void resultsForOtherModulesShowAttemptsUsedTheBestScoreAndThePass() throws Exception {
		long failed = start("hv.nguyen.an", enrolmentId).get("attemptId").asLong();
		submit("hv.nguyen.an", failed);
		JsonNode second = start("hv.nguyen.an", enrolmentId);
		answerAllCorrectly("hv.nguyen.an", second);
		submit("hv.nguyen.an", second.get("attemptId").asLong());

		QuizResults.Result result = results.of(List.of(enrolmentId, 1L)).get(enrolmentId);

		assertThat(result.attemptsUsed()).isEqualTo(2);
		assertThat(result.bestScorePercent()).isEqualTo(100);
		assertThat(result.passed()).isTrue();
		assertThat(result.passedAt()).isNotNull();
		assertThat(results.of(List.of(1L))).isEmpty();
	}

	@Test
	void aWaveWindowWithAStaggeredStartRefusesEachLearnerUntilTheirOwnStartTime() throws Exception {
		given(enrolments.findWave(1L)).willReturn(Optional.of(new vn.hocso.enrolment.WaveRef(1, "Đợt 1", courseId, null,
				java.time.LocalDate.of(2026, 11, 2), 10, java.util.List.of("/1/"))));
		Instant opens = clock.instant().plus(Duration.ofHours(1));
		String window = "{\"opensAt\":\"" + opens + "\",\"staggerMinutes\":30}";
		mvc.perform(put("/api/waves/1/quiz-window").contentType(MediaType.APPLICATION_JSON)
			.content(window)
			.with(KeycloakJwt.user("hv.nguyen.an", "NA-DIENCHAU-DIENKY", "LEARNER"))).andExpect(status().isForbidden());
		mvc.perform(put("/api/waves/1/quiz-window").contentType(MediaType.APPLICATION_JSON)
			.content(window)
			.with(KeycloakJwt.user("demo.admin", "NA", "ADMIN"))).andExpect(status().isOk());
		try {
			call("hv.nguyen.an", post("/api/enrolments/{id}/quiz-attempts", enrolmentId))
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.code").value("quiz.not-open-yet"));
			JsonNode overview = read(call("hv.nguyen.an", get("/api/enrolments/{id}/quiz", enrolmentId)));
			assertThat(overview.get("canStart").asBoolean()).isFalse();
			Instant mine = Instant.parse(overview.get("startsAt").asText());
			assertThat(mine).isBetween(opens, opens.plus(Duration.ofMinutes(30)));

			clock.advance(Duration.between(clock.instant(), mine).plusSeconds(1));
			assertThat(read(call("hv.nguyen.an", get("/api/enrolments/{id}/quiz", enrolmentId))).get("canStart")
				.asBoolean()).isTrue();
			start("hv.nguyen.an", enrolmentId);
		}
		finally {
			mvc.perform(delete("/api/waves/1/quiz-window").with(KeycloakJwt.user("demo.admin", "NA", "ADMIN")))
				.andExpect(status().isNoContent());
		}
	}

	private JsonNode start(String username, long enrolment) throws Exception {
		return read(call(username, post("/api/enrolments/{id}/quiz-attempts", enrolment)).andExpect(status().isOk()));
	}

	private JsonNode view(String username, long attemptId) throws Exception {
		return read(call(username, get("/api/quiz-attempts/{id}", attemptId)).andExpect(status().isOk()));
	}

	private JsonNode submit(String username, long attemptId) throws Exception {
		return read(call(username, post("/api/quiz-attempts/{id}/submit", attemptId)).andExpect(status().isOk()));
	}

	private ResultActions answer(String username, long attemptId, long questionId, int shownIndex) throws Exception {
		return call(username,
				put("/api/quiz-attempts/{id}/answers/{q}", attemptId, questionId)
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"selected\":[" + shownIndex + "]}"));
	}

	private void answerAllCorrectly(String username, JsonNode attempt) throws Exception {
		for (JsonNode question : attempt.get("questions")) {
			int correct = 0;
			for (int i = 0; i < question.get("options").size(); i++) {
				if (question.get("options").get(i).asString().startsWith("Đúng")) {
					correct = i;
				}
			}
			answer(username, attempt.get("attemptId").asLong(), question.get("questionId").asLong(), correct)
				.andExpect(status().isOk());
		}
	}

	private static int wrongIndex(JsonNode question) {
		for (int i = 0; i < question.get("options").size(); i++) {
			if (!question.get("options").get(i).asString().startsWith("Đúng")) {
				return i;
			}
		}
		throw new IllegalStateException();
	}

	private ResultActions call(String username,
			org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(KeycloakJwt.user(username, "NA-DIENCHAU-DIENKY", "LEARNER")));
	}

	private static JsonNode read(ResultActions result) throws Exception {
		return JSON.readTree(result.andReturn().getResponse().getContentAsString());
	}

	private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
		List<JsonNode> list = new ArrayList<>();
		array.forEach(list::add);
		return list.stream();
	}

	private long enrol(String username) {
		long id = IDS.incrementAndGet();
		owners.put(id, username);
		return id;
	}

	private EnrolmentRef ref(long id) {
		return new EnrolmentRef(id, id, 1, courseId, null, 1, "/1/", null, EnrolmentStatus.IN_PROGRESS, null, null,
				null);
	}

}
