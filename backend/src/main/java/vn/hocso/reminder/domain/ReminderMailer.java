package vn.hocso.reminder.domain;

/** Where reminder e-mails go: SMTP in production; the default writes them to the log. */
public interface ReminderMailer {

	void send(String to, String subject, String body);

}
