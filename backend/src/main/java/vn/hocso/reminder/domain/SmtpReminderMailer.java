package vn.hocso.reminder.domain;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Sends reminder e-mails through the SMTP server configured with {@code spring.mail.*}. A
 * failed send is logged, not thrown: the in-app notification is already stored and must
 * not be lost.
 */
class SmtpReminderMailer implements ReminderMailer {

	private static final Logger log = LoggerFactory.getLogger(SmtpReminderMailer.class);

	private final JavaMailSender sender;

	private final String from;

	SmtpReminderMailer(JavaMailSender sender, String from) {
		this.sender = sender;
		this.from = from;
	}

	@Override
	public void send(String to, String subject, String body) {
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(from);
		message.setTo(to);
		message.setSubject(subject);
		message.setText(body);
		try {
			sender.send(message);
		}
		catch (MailException e) {
			log.warn("Reminder e-mail to {} not sent: {}", to, e.getMessage());
		}
	}

}
