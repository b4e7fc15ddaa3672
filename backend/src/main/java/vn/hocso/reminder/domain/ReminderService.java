package vn.hocso.reminder.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import vn.hocso.calendar.WorkingDayCalendar;
import vn.hocso.enrolment.EnrolmentDirectory;
import vn.hocso.enrolment.EnrolmentRef;
import vn.hocso.identity.CurrentCaller;
import vn.hocso.learner.LearnerDirectory;
import vn.hocso.learner.LearnerSummary;
import vn.hocso.platform.VietnamTime;
import vn.hocso.reminder.ReminderKind;
import vn.hocso.reminder.Reminders;

/**
 * Stores each reminder once per learner, kind and Vietnam day (a unique key, so that two
 * nodes or a repeated click cannot send it twice), then e-mails it in Vietnamese.
 */
@Service
public class ReminderService implements Reminders {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final JdbcTemplate jdbc;

	private final MessageSource messages;

	private final ReminderMailer mailer;

	private final LearnerDirectory learners;

	private final EnrolmentDirectory enrolments;

	private final CurrentCaller caller;

	private final Clock clock;

	ReminderService(DataSource dataSource, MessageSource messages, ReminderMailer mailer, LearnerDirectory learners,
			EnrolmentDirectory enrolments, CurrentCaller caller, Clock clock) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.messages = messages;
		this.mailer = mailer;
		this.learners = learners;
		this.enrolments = enrolments;
		this.caller = caller;
		this.clock = clock;
	}

	@Override
	public boolean send(EnrolmentRef enrolment, ReminderKind kind, @Nullable String sentBy) {
		LocalDate today = LocalDate.now(clock.withZone(VietnamTime.ZONE));
		try {
			jdbc.update(
					"INSERT INTO reminder (learner_id, enrolment_id, kind, sent_on, sent_at, sent_by) VALUES (?, ?, ?, ?, ?, ?)",
					enrolment.learnerId(), enrolment.enrolmentId(), kind.name(), today,
					OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), sentBy);
		}
		catch (DuplicateKeyException alreadyToday) {
			return false;
		}
		learners.findAll(List.of(enrolment.learnerId()))
			.stream()
			.map(LearnerSummary::email)
			.filter(email -> email != null && !email.isBlank())
			.findFirst()
			.ifPresent(email -> mailer.send(email, text("reminder." + kind + ".title", VIETNAMESE, enrolment),
					text("reminder." + kind + ".body", VIETNAMESE, enrolment)));
		return true;
	}

	/** The calling learner's reminders, newest first, in the request's language. */
	public List<Notification> mine(Locale locale) {
		return enrolments.learnerIdOfUsername(caller.get().username())
			.map(learnerId -> jdbc.query(
					"SELECT id, enrolment_id, kind, sent_at FROM reminder WHERE learner_id = ? ORDER BY sent_at DESC, id DESC",
					(rs, n) -> {
						ReminderKind kind = ReminderKind.valueOf(rs.getString(3));
						EnrolmentRef ref = enrolments.find(rs.getLong(2)).orElse(null);
						return new Notification(rs.getLong(1), rs.getLong(2), kind,
								rs.getObject(4, OffsetDateTime.class).toInstant(),
								text("reminder." + kind + ".title", locale, ref),
								text("reminder." + kind + ".body", locale, ref));
					}, learnerId)
				.stream()
				.limit(20)
				.toList())
			.orElse(List.of());
	}

	private String text(String key, Locale locale, @Nullable EnrolmentRef enrolment) {
		Object deadline = enrolment == null || enrolment.deadline() == null ? "" : enrolment.deadline().toString();
		return Objects.requireNonNullElse(messages.getMessage(key, new Object[] { deadline }, key, locale), key);
	}

	public record Notification(long id, long enrolmentId, ReminderKind kind, Instant sentAt, String title,
			String body) {
	}

}
