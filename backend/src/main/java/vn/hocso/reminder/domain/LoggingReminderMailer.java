package vn.hocso.reminder.domain;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The demo's and tests' mailer: the e-mail is logged instead of sent. */
class LoggingReminderMailer implements ReminderMailer {

	private static final Logger log = LoggerFactory.getLogger(LoggingReminderMailer.class);

	@Override
	public void send(String to, String subject, String body) {
		log.info("Reminder e-mail to {}: {} — {}", to, subject, body);
	}

}
