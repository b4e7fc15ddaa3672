package vn.hocso.progress.domain;

import java.sql.DatabaseMetaData;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.hocso.platform.Chunks;

/**
 * Progress rows in the database, written whole (never read-modify-write): one row per enrolment and
 * lecture holding its merged watched intervals as text, one per enrolment and Vietnam day holding the
 * study time. Upserts are batched; their syntax is PostgreSQL's or H2's, chosen from the connection.
 */
@Component
class ProgressStore {

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final String upsertLecture;

	private final String upsertDay;

	ProgressStore(DataSource dataSource, TransactionTemplate transactions) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.transactions = transactions;
		boolean postgres = isPostgres(dataSource);
		String lectureColumns = "enrolment_id, lecture_id, learner_id, watched_intervals, watched_millis, position_second, completed_at, updated_at";
		String dayColumns = "enrolment_id, study_day, learner_id, studied_millis";
		if (postgres) {
			upsertLecture = "INSERT INTO lecture_progress (" + lectureColumns + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
					+ "ON CONFLICT (enrolment_id, lecture_id) DO UPDATE SET watched_intervals = EXCLUDED.watched_intervals, "
					+ "watched_millis = EXCLUDED.watched_millis, position_second = EXCLUDED.position_second, "
					+ "completed_at = EXCLUDED.completed_at, updated_at = EXCLUDED.updated_at";
			upsertDay = "INSERT INTO study_day (" + dayColumns + ") VALUES (?, ?, ?, ?) "
					+ "ON CONFLICT (enrolment_id, study_day) DO UPDATE SET studied_millis = EXCLUDED.studied_millis";
		}
		else {
			upsertLecture = "MERGE INTO lecture_progress (" + lectureColumns
					+ ") KEY (enrolment_id, lecture_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
			upsertDay = "MERGE INTO study_day (" + dayColumns + ") KEY (enrolment_id, study_day) VALUES (?, ?, ?, ?)";
		}
	}

	private static boolean isPostgres(DataSource dataSource) {
		try {
			String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
			return product.toLowerCase().contains("postgres");
		}
		catch (Exception ex) {
			throw new IllegalStateException("Cannot tell the database product", ex);
		}
	}

	/** Stores the rows in one transaction, batched. */
	void write(List<LectureRow> lectures, List<StudyDayRow> days) {
		transactions.executeWithoutResult(status -> {
			if (!lectures.isEmpty()) {
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
			if (!days.isEmpty()) {
				jdbc.batchUpdate(upsertDay, days, 500, (ps, row) -> {
					ps.setLong(1, row.enrolmentId());
					ps.setObject(2, row.day());
					ps.setLong(3, row.learnerId());
					ps.setLong(4, row.studiedMillis());
				});
			}
		});
	}

	List<LectureState> lecturesOf(long enrolmentId) {
		return jdbc.query(
				"SELECT lecture_id, watched_intervals, position_second, completed_at FROM lecture_progress WHERE enrolment_id = ?",
				(rs, n) -> new LectureState(rs.getLong(1), WatchedIntervals.decode(rs.getString(2)), rs.getDouble(3),
						instant(rs.getObject(4, OffsetDateTime.class))),
				enrolmentId);
	}

	Map<LocalDate, Long> studyDaysOf(long enrolmentId) {
		Map<LocalDate, Long> days = new HashMap<>();
		jdbc.query("SELECT study_day, studied_millis FROM study_day WHERE enrolment_id = ?",
				rs -> {
					days.put(rs.getObject(1, LocalDate.class), rs.getLong(2));
				}, enrolmentId);
		return days;
	}

	/** Stored figures of many enrolments at once (dashboards): completed lectures and watched time. */
	Map<Long, List<StoredLecture>> storedLectures(Collection<Long> enrolmentIds) {
		Map<Long, List<StoredLecture>> byEnrolment = new HashMap<>();
		for (List<Long> chunk : Chunks.of(enrolmentIds, Chunks.IN_CLAUSE_SIZE)) {
			jdbc.query("SELECT enrolment_id, lecture_id, watched_millis, completed_at FROM lecture_progress WHERE enrolment_id IN ("
					+ placeholders(chunk.size()) + ")", rs -> {
						byEnrolment.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
							.add(new StoredLecture(rs.getLong(2), rs.getLong(3), rs.getObject(4, OffsetDateTime.class) != null));
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
		return String.join(", ", java.util.Collections.nCopies(count, "?"));
	}

	private static @Nullable Instant instant(@Nullable OffsetDateTime value) {
		return value == null ? null : value.toInstant();
	}

	record LectureRow(long enrolmentId, long lectureId, long learnerId, String watchedIntervals, long watchedMillis,
			double positionSecond, @Nullable Instant completedAt, Instant updatedAt) {
	}

	record StudyDayRow(long enrolmentId, LocalDate day, long learnerId, long studiedMillis) {
	}

	record StoredLecture(long lectureId, long watchedMillis, boolean completed) {
	}

}
