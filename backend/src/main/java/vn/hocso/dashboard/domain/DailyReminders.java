package vn.hocso.dashboard.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.hocso.calendar.WorkingDayCalendar;
import vn.hocso.enrolment.EnrolmentDirectory;
import vn.hocso.enrolment.EnrolmentRef;
import vn.hocso.enrolment.WaveRef;
import vn.hocso.platform.VietnamTime;
import vn.hocso.progress.LectureProgress;
import vn.hocso.progress.LectureProgress.Figures;
import vn.hocso.reminder.ReminderKind;
import vn.hocso.reminder.Reminders;
import vn.hocso.platform.jobs.ClusterScheduled;

/**
 * Every working morning, reminds the learners who are due a reminder (see
 * {@link ReminderPolicy}).
 */
@Component
public class DailyReminders {

	private static final Logger log = LoggerFactory.getLogger(DailyReminders.class);

	private final EnrolmentDirectory enrolments;

	private final LectureProgress progress;

	private final PaceReader paces;

	private final Reminders reminders;

	private final WorkingDayCalendar calendar;

	private final ReminderPolicy policy;

	private final Clock clock;

	DailyReminders(EnrolmentDirectory enrolments, LectureProgress progress, PaceReader paces, Reminders reminders,
			WorkingDayCalendar calendar, Clock clock) {
		this.enrolments = enrolments;
		this.progress = progress;
		this.paces = paces;
		this.reminders = reminders;
		this.calendar = calendar;
		this.policy = new ReminderPolicy(calendar);
		this.clock = clock;
	}

	@ClusterScheduled(name = "learner-reminders", cron = "${hocso.reminder.cron:0 0 8 * * *}")
	void onSchedule() {
		LocalDate today = LocalDate.now(clock.withZone(VietnamTime.ZONE));
		if (calendar.isWorkingDay(today)) {
			log.info("Daily reminders: {} sent", run(today));
		}
	}

	/**
	 * Sends today's due reminders; returns how many were sent (not counting those already
	 * sent today).
	 */
	public int run(LocalDate today) {
		int sent = 0;
		for (WaveRef wave : enrolments.waves()) {
			var rows = enrolments.ofWave(wave.waveId());
			Map<Long, Figures> figures = progress.figures(rows);
			for (EnrolmentRef row : rows) {
				Pace pace = paces.of(row, wave, figures.get(row.enrolmentId()), today);
				for (ReminderKind kind : policy.due(row, pace, today)) {
					sent += reminders.send(row, kind, null) ? 1 : 0;
				}
			}
		}
		return sent;
	}

}
