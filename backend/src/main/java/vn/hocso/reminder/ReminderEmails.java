package vn.hocso.reminder;

/**
 * The reminder module's mailer for other modules' reminders (a plan's report due soon):
 * SMTP when {@code spring.mail.host} is set, otherwise the e-mail is logged. A failed
 * send is logged, not thrown.
 */
public interface ReminderEmails {

	void send(String to, String subject, String body);

}
