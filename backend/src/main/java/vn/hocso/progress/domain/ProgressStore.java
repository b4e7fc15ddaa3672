package vn.hocso.progress.domain;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.hocso.platform.Chunks;
import vn.hocso.progress.domain.PendingHeartbeat.LectureKey;

/**
 * Progress rows in the database: one per enrolment and lecture holding its merged watched
 * intervals as text, one per enrolment and Vietnam day holding the study time, one per
 * learner holding their {@link Attention}. A batch is merged read-lock-merge-write: its
 * learners' attention rows are locked (in ascending id order, so that two nodes never
 * deadlock), their lecture rows read, the {@link ProgressMerge} applied and the result
 * written in the same transaction, study time as deltas. Every writer of a learner's
 * progress holds that learner's lock, so any interleaving of nodes gives the result of
 * one. Upsert syntax is PostgreSQL's or H2's, chosen from the connection.
 */
@Component
class ProgressStore {

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final String upsertLecture;

	private final String addStudy;

	private final AttentionRows attention;

	ProgressStore(DataSource dataSource, TransactionTemplate transactions) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.transactions = transactions;
		boolean postgres = isPostgres(dataSource);
		this.attention = new AttentionRows(jdbc, transactions, postgres);
		String lectureColumns = "enrolment_id, lecture_id, learner_id, watched_intervals, watched_millis, position_second, completed_at, updated_at";
		if (postgres) {
			upsertLecture = "INSERT INTO lecture_progress (" + lectureColumns + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
					+ "ON CONFLICT (enrolment_id, lecture_id) DO UPDATE SET watched_intervals = EXCLUDED.watched_intervals, "
					+ "watched_millis = EXCLUDED.watched_millis, position_second = EXCLUDED.position_second, "
					+ "completed_at = EXCLUDED.completed_at, updated_at = EXCLUDED.updated_at";
			addStudy = "INSERT INTO study_day (enrolment_id, study_day, learner_id, studied_millis) VALUES (?, ?, ?, ?) "
					+ "ON CONFLICT (enrolment_id, study_day) DO UPDATE SET studied_millis = study_day.studied_millis + EXCLUDED.studied_millis";
		}
		else {
			upsertLecture = "MERGE INTO lecture_progress (" + lectureColumns
					+ ") KEY (enrolment_id, lecture_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
			addStudy = "MERGE INTO study_day t USING (VALUES (CAST(? AS BIGINT), CAST(? AS DATE), CAST(? AS BIGINT), CAST(? AS BIGINT))) "
					+ "s (enrolment_id, study_day, learner_id, studied_millis) "
					+ "ON t.enrolment_id = s.enrolment_id AND t.study_day = s.study_day "
					+ "WHEN MATCHED THEN UPDATE SET studied_millis = t.studied_millis + s.studied_millis "
					+ "WHEN NOT MATCHED THEN INSERT (enrolment_id, study_day, learner_id, studied_millis) "
					+ "VALUES (s.enrolment_id, s.study_day, s.learner_id, s.studied_millis)";
		}
	}

	private static boolean isPostgres(DataSource dataSource) {
		try {
			String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
			return product.toLowerCase(Locale.ROOT).contains("postgres");
		}
		catch (Exception ex) {
			throw new IllegalStateException("Cannot tell the database product", ex);
		}
	}

	/**
	 * Merges validated heartbeats into what is stored, in one transaction; answers each
	 * heartbeat's lecture progress after the merge. Heartbeats are applied in the order
	 * they were received.
	 */
	Map<PendingHeartbeat, LectureSnapshot> merge(List<PendingHeartbeat> beats, ZoneId zone) {
		Set<Long> learners = new TreeSet<>();
		Set<Long> enrolments = new TreeSet<>();
		beats.forEach(beat -> {
			learners.add(beat.learnerId());
			enrolments.add(beat.enrolmentId());
		});
		attention.ensure(learners);
		List<PendingHeartbeat> inOrder = beats.stream()
			.sorted(Comparator.comparing(PendingHeartbeat::receivedAt))
			.toList();
		return transactions.execute(status -> {
			ProgressMerge merge = new ProgressMerge(attention.lock(learners), lecturesOf(enrolments), zone);
			IdentityHashMap<PendingHeartbeat, LectureSnapshot> answers = new IdentityHashMap<>();
			inOrder.forEach(beat -> answers.put(beat, merge.apply(beat)));
			writeLectures(merge.lectureRows());
			addStudy(merge.studyDeltas());
			attention.write(merge.attentionAfter());
			return answers;
		});
	}

	/**
	 * Writes seeded progress of one learner under their lock: lecture rows whole, study
	 * time added.
	 */
	void seed(long learnerId, List<LectureRow> lectures, List<StudyDayRow> days) {
		attention.ensure(Set.of(learnerId));
		transactions.executeWithoutResult(status -> {
			attention.lock(Set.of(learnerId));
			writeLectures(lectures);
			addStudy(days);
		});
	}

	private Map<LectureKey, LectureState> lecturesOf(Set<Long> enrolments) {
		Map<LectureKey, LectureState> lectures = new HashMap<>();
		for (List<Long> chunk : Chunks.of(enrolments, Chunks.IN_CLAUSE_SIZE)) {
			jdbc.query(
					"SELECT enrolment_id, lecture_id, watched_intervals, position_second, updated_at, completed_at "
							+ "FROM lecture_progress WHERE enrolment_id IN (" + placeholders(chunk.size()) + ")",
					rs -> {
						lectures.put(new LectureKey(rs.getLong(1), rs.getLong(2)), lectureState(rs));
					}, chunk.toArray());
		}
		return lectures;
	}

	private static LectureState lectureState(ResultSet rs) throws SQLException {
		return new LectureState(rs.getLong(2), WatchedIntervals.decode(rs.getString(3)), rs.getDouble(4),
				rs.getObject(5, OffsetDateTime.class).toInstant(), instant(rs.getObject(6, OffsetDateTime.class)));
	}

	private void writeLectures(List<LectureRow> lectures) {
		if (lectures.isEmpty()) {
			return;
		}
		jdbc.batchUpdate(upsertLecture, lectures, 500, (ps, row) -> {
			ps.setLong(1, row.enrolmentId());
			ps.setLong(2, row.lectureId());
			ps.setLong(3, row.learnerId());
			ps.setString(4, row.watchedIntervals());
			ps.setLong(5, row.watchedMillis());
			ps.setDouble(6, row.positionSecond());
			ps.setObject(7, row.completedAt() == null ? null : row.completedAt().atOffset(ZoneOffset.UTC));
			ps.setObject(8, row.updatedAt().atOffset(ZoneOffset.UTC));
		});
	}

	private void addStudy(List<StudyDayRow> days) {
		if (days.isEmpty()) {
			return;
		}
		jdbc.batchUpdate(addStudy, days, 500, (ps, row) -> {
			ps.setLong(1, row.enrolmentId());
			ps.setObject(2, row.day());
			ps.setLong(3, row.learnerId());
			ps.setLong(4, row.studiedMillis());
		});
	}

	List<LectureState> lecturesOf(long enrolmentId) {
		return jdbc
			.query("SELECT enrolment_id, lecture_id, watched_intervals, position_second, updated_at, completed_at "
					+ "FROM lecture_progress WHERE enrolment_id = ?", (rs, n) -> lectureState(rs), enrolmentId);
	}

	Map<LocalDate, Long> studyDaysOf(long enrolmentId) {
		Map<LocalDate, Long> days = new HashMap<>();
		jdbc.query("SELECT study_day, studied_millis FROM study_day WHERE enrolment_id = ?", rs -> {
			days.put(rs.getObject(1, LocalDate.class), rs.getLong(2));
		}, enrolmentId);
		return days;
	}

	/**
	 * Stored figures of many enrolments at once (dashboards): completed lectures and
	 * watched time.
	 */
	Map<Long, List<StoredLecture>> storedLectures(Collection<Long> enrolmentIds) {
		Map<Long, List<StoredLecture>> byEnrolment = new HashMap<>();
		for (List<Long> chunk : Chunks.of(enrolmentIds, Chunks.IN_CLAUSE_SIZE)) {
			jdbc.query(
					"SELECT enrolment_id, lecture_id, watched_millis, completed_at FROM lecture_progress WHERE enrolment_id IN ("
							+ placeholders(chunk.size()) + ")",
					rs -> {
						byEnrolment.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
							.add(new StoredLecture(rs.getLong(2), rs.getLong(3),
									rs.getObject(4, OffsetDateTime.class) != null));
					}, chunk.toArray());
		}
		return byEnrolment;
	}

	/** Study time per enrolment and day. */
	Map<Long, Map<LocalDate, Long>> storedStudyDays(Collection<Long> enrolmentIds) {
		Map<Long, Map<LocalDate, Long>> byEnrolment = new HashMap<>();
		for (List<Long> chunk : Chunks.of(enrolmentIds, Chunks.IN_CLAUSE_SIZE)) {
			jdbc.query("SELECT enrolment_id, study_day, studied_millis FROM study_day WHERE enrolment_id IN ("
					+ placeholders(chunk.size()) + ")", rs -> {
						byEnrolment.computeIfAbsent(rs.getLong(1), id -> new HashMap<>())
							.put(rs.getObject(2, LocalDate.class), rs.getLong(3));
					}, chunk.toArray());
		}
		return byEnrolment;
	}

	private static String placeholders(int count) {
		return String.join(", ", Collections.nCopies(count, "?"));
	}

	private static @Nullable Instant instant(@Nullable OffsetDateTime value) {
		return value == null ? null : value.toInstant();
	}

	/**
	 * @param updatedAt when the heartbeat that set the position was received
	 */
	record LectureRow(long enrolmentId, long lectureId, long learnerId, String watchedIntervals, long watchedMillis,
			double positionSecond, @Nullable Instant completedAt, Instant updatedAt) {
	}

	/**
	 * Study time of one enrolment and day: what to add when merging, the whole day when
	 * read.
	 */
	record StudyDayRow(long enrolmentId, LocalDate day, long learnerId, long studiedMillis) {
	}

	record StoredLecture(long lectureId, long watchedMillis, boolean completed) {
	}

}
