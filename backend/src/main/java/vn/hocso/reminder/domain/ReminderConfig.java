package vn.hocso.reminder.domain;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

@Configuration(proxyBeanMethods = false)
class ReminderConfig {

	/**
	 * SMTP when Spring Boot configured a mail sender ({@code spring.mail.host} set);
	 * otherwise the e-mails are logged (the demo and the tests).
	 */
	@Bean
	@ConditionalOnMissingBean(ReminderMailer.class)
	ReminderMailer reminderMailer(ObjectProvider<JavaMailSender> smtp,
			@Value("${hocso.reminder.mail-from:Học Số <no-reply@hocso.local>}") String from) {
		JavaMailSender sender = smtp.getIfAvailable();
		return sender == null ? new LoggingReminderMailer() : new SmtpReminderMailer(sender, from);
	}

}
