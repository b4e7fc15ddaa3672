package vn.hocso.training.domain;

import java.time.Clock;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

import vn.hocso.reminder.ReminderEmails;

/**
 * Tells a seated nominee their class, place and dates by e-mail (through the reminder
 * module's mailer). The same facts are shown in the app on the participant's training
 * page.
 */
@Component
class NominationNotices {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final TrainingClassRepository classes;

	private final ProgrammeRepository programmes;

	private final ReminderEmails emails;

	private final Clock clock;

	NominationNotices(TrainingClassRepository classes, ProgrammeRepository programmes, ReminderEmails emails,
			Clock clock) {
		this.classes = classes;
		this.programmes = programmes;
		this.emails = emails;
		this.clock = clock;
	}

	/** Sends the notice once per seat; a nominee moved to another seat is told again. */
	void tellSeat(Nomination nomination) {
		if (nomination.getNotifiedAt() != null || nomination.getClassId() == null) {
			return;
		}
		TrainingClass seat = classes.findById(nomination.getClassId()).orElseThrow();
		TrainingProgramme programme = programmes.findById(nomination.getProgrammeId()).orElseThrow();
		if (nomination.getEmail() != null && !nomination.getEmail().isBlank()) {
			String lastDay = DAY.format(seat.getStartDate().plusDays(programme.getDaysPerClass() - 1L));
			emails.send(nomination.getEmail(), "Học Số: lịch tập huấn " + programme.getName(),
					"Kính gửi " + nomination.getFullName() + ",\n\nĐồng chí được xếp vào " + seat.getName()
							+ " của chương trình \"" + programme.getName() + "\".\nĐịa điểm: " + seat.getVenue()
							+ "\nThời gian: từ " + DAY.format(seat.getStartDate()) + " đến " + lastDay
							+ ", sáng 8:00, chiều 13:30.\n\nTrân trọng.");
		}
		nomination.markNotified(clock.instant());
	}

}
