package vn.hocso.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import vn.hocso.course.CourseCatalog;
import vn.hocso.course.CourseCatalog.CourseVersionView;
import vn.hocso.course.CourseCatalog.LectureView;
import vn.hocso.enrolment.EnrolmentDirectory;
import vn.hocso.enrolment.EnrolmentLifecycle;
import vn.hocso.enrolment.EnrolmentRef;
import vn.hocso.enrolment.EnrolmentStatus;
import vn.hocso.platform.ProblemException;
import vn.hocso.testing.KeycloakJwt;

/**
 * Heartbeats through HTTP into the database, with the enrolment and course modules stood
 * in for: ownership, lecture membership, validation, storage before the answer, starting
 * the enrolment.
 */
@ProgressModuleTest
class HeartbeatApiTests {

	private static final AtomicLong IDS = new AtomicLong(90_000);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	LectureProgress lectureProgress;

	@Autowired
	EnrolmentDirectory enrolments;

	@Autowired
	EnrolmentLifecycle lifecycle;

	@Autowired
	CourseCatalog catalog;

	private long enrolmentId;

	private long versionId;

	@BeforeEach
	void aLearnerEnrolledInATwoLectureCourse() {
		enrolmentId = IDS.incrementAndGet();
		versionId = IDS.incrementAndGet();
		EnrolmentRef ref = new EnrolmentRef(enrolmentId, enrolmentId, 1, 1, versionId, 1, "/1/", null,
				EnrolmentStatus.NOT_STARTED, null, null, null);
		given(enrolments.requireOwn(enrolmentId)).willReturn(ref);
		given(enrolments.find(enrolmentId)).willReturn(Optional.of(ref));
		given(enrolments.requireOwn(eq(enrolmentId + 1_000_000)))
			.willThrow(ProblemException.notFound("enrolment.not-found", enrolmentId + 1_000_000));
		given(catalog.version(versionId))
			.willReturn(Optional.of(new CourseVersionView(1, versionId, 1, "CDS", "Chuyển đổi số", 90, 30,
					List.of(new LectureView(versionId * 10 + 1, 1, "Chính quyền số", "m1", 100, List.of()),
							new LectureView(versionId * 10 + 2, 2, "Xã hội số", "m2", 1_800, List.of())))));
	}

	@Test
	void anAnsweredHeartbeatIsAlreadyStored() throws Exception {
		heartbeat(lecture(1), "s1", "[{\"fromSecond\":0,\"toSecond\":12.5}]", 12.5).andExpect(status().isOk())
			.andExpect(jsonPath("$.lectureId").value(lecture(1)))
			.andExpect(jsonPath("$.watchedSeconds").value(12.5))
			.andExpect(jsonPath("$.durationSeconds").value(100))
			.andExpect(jsonPath("$.percent").value(12))
			.andExpect(jsonPath("$.completed").value(false))
			.andExpect(jsonPath("$.positionSecond").value(12.5));

		assertThat(jdbc.queryForObject("SELECT watched_intervals FROM lecture_progress WHERE enrolment_id = ?",
				String.class, enrolmentId))
			.isEqualTo("0-12500");
		assertThat(jdbc.queryForObject("SELECT studied_millis FROM study_day WHERE enrolment_id = ?", Long.class,
				enrolmentId))
			.isEqualTo(12_500);
	}

	@Test
	void theFirstHeartbeatStartsTheEnrolmentOnce() throws Exception {
		heartbeat(lecture(1), "s1", "[{\"fromSecond\":0,\"toSecond\":5}]", 5).andExpect(status().isOk());
		heartbeat(lecture(1), "s1", "[]", 5).andExpect(status().isOk());

		verify(lifecycle, times(1)).markStarted(eq(enrolmentId), any());
	}

	@Test
	void anotherLearnersEnrolmentIsNotFound() throws Exception {
		mvc.perform(post("/api/enrolments/{e}/lectures/{l}/heartbeats", enrolmentId + 1_000_000, lecture(1))
			.with(KeycloakJwt.user("demo.learner", "NA-DIENCHAU-DIENKY", "LEARNER"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body("s1", "[{\"fromSecond\":0,\"toSecond\":5}]", 5))).andExpect(status().isNotFound());
		mvc.perform(get("/api/enrolments/{e}/progress", enrolmentId + 1_000_000)
			.with(KeycloakJwt.user("demo.learner", "NA-DIENCHAU-DIENKY", "LEARNER"))).andExpect(status().isNotFound());
		verify(lifecycle, never()).markStarted(eq(enrolmentId + 1_000_000), any());
	}

	@Test
	void aLectureOfAnotherCourseIsNotFound() throws Exception {
		heartbeat(424242, "s1", "[{\"fromSecond\":0,\"toSecond\":5}]", 5).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("progress.lecture-not-found"));
	}

	@Test
	void absurdHeartbeatsAreUnprocessableAndStoreNothing() throws Exception {
		heartbeat(lecture(1), "s1", "[{\"fromSecond\":500,\"toSecond\":515}]", 515)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("heartbeat.beyond-end"));
		heartbeat(lecture(2), "s1", "[{\"fromSecond\":0,\"toSecond\":1000}]", 1000)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("heartbeat.too-much-time"));
		heartbeat(lecture(2), "s1", "[{\"fromSecond\":10,\"toSecond\":-3}]", 3)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("heartbeat.malformed"));

		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM lecture_progress WHERE enrolment_id = ?", Integer.class,
				enrolmentId))
			.isZero();
	}

	/** Issue 12, point 7: fresh session ids used to start with 40 s of credit each. */
	@Test
	void threeHeartbeatsUnderThreeNewSessionIdsWithinASecondDoNotCompleteALecture() throws Exception {
		long start = System.currentTimeMillis();
		heartbeatAt(lecture(1), "fresh-1", "[{\"fromSecond\":0,\"toSecond\":34}]", 34, 2.0).andExpect(status().isOk());
		heartbeatAt(lecture(1), "fresh-2", "[{\"fromSecond\":34,\"toSecond\":67}]", 67, 2.0).andExpect(status().isOk());
		heartbeatAt(lecture(1), "fresh-3", "[{\"fromSecond\":67,\"toSecond\":100}]", 100, 2.0)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.completed").value(false));
		long elapsed = System.currentTimeMillis() - start;

		long watched = jdbc.queryForObject("SELECT watched_millis FROM lecture_progress WHERE enrolment_id = ?",
				Long.class, enrolmentId);
		// 2 × (the wall time that passed + the 30-s allowance), whatever the session ids.
		assertThat(watched).isLessThanOrEqualTo(2 * (elapsed + 30_000));
		assertThat(lectureProgress.allLecturesComplete(enrolmentId)).isFalse();
	}

	@Test
	void progressListsEveryLectureWithWhereToResume() throws Exception {
		heartbeat(lecture(2), "s1", "[{\"fromSecond\":300,\"toSecond\":315}]", 315).andExpect(status().isOk());

		mvc.perform(get("/api/enrolments/{e}/progress", enrolmentId)
			.with(KeycloakJwt.user("demo.learner", "NA-DIENCHAU-DIENKY", "LEARNER")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.courseVersionId").value(versionId))
			.andExpect(jsonPath("$.lecturesTotal").value(2))
			.andExpect(jsonPath("$.lecturesCompleted").value(0))
			.andExpect(jsonPath("$.minutesToday").value(0))
			.andExpect(jsonPath("$.lectures[0].watchedSeconds").value(0))
			.andExpect(jsonPath("$.lectures[1].positionSecond").value(315.0))
			.andExpect(jsonPath("$.lectures[1].watchedSeconds").value(15.0));
	}

	@Test
	void figuresForDashboardsReadWhatWasAcknowledged() throws Exception {
		heartbeat(lecture(1), "s1", "[{\"fromSecond\":0,\"toSecond\":15}]", 15).andExpect(status().isOk());

		var figures = lectureProgress.figures(List.of(enrolments.find(enrolmentId).orElseThrow())).get(enrolmentId);

		assertThat(figures.lecturesCompleted()).isZero();
		assertThat(figures.lecturesTotal()).isEqualTo(2);
		assertThat(figures.remainingSeconds()).isEqualTo(90 - 15 + 1_620);
		assertThat(figures.studySecondsTotal()).isEqualTo(15);
	}

	private long lecture(int position) {
		return versionId * 10 + position;
	}

	private ResultActions heartbeat(long lectureId, String session, String segments, double position) throws Exception {
		return mvc.perform(post("/api/enrolments/{e}/lectures/{l}/heartbeats", enrolmentId, lectureId)
			.with(KeycloakJwt.user("demo.learner", "NA-DIENCHAU-DIENKY", "LEARNER"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(session, segments, position)));
	}

	private ResultActions heartbeatAt(long lectureId, String session, String segments, double position, double rate)
			throws Exception {
		return mvc.perform(post("/api/enrolments/{e}/lectures/{l}/heartbeats", enrolmentId, lectureId)
			.with(KeycloakJwt.user("demo.learner", "NA-DIENCHAU-DIENKY", "LEARNER"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(session, segments, position).replace("\"playbackRate\":1.0", "\"playbackRate\":" + rate)));
	}

	private static String body(String session, String segments, double position) {
		return "{\"sessionId\":\"" + session + "\",\"segments\":" + segments + ",\"positionSecond\":" + position
				+ ",\"playbackRate\":1.0}";
	}

}
