package vn.hocso.reminder.domain;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ReminderConfig {

	/** Logs reminder e-mails unless an SMTP mailer is configured (a bean of type ReminderMailer). */
	@Bean
	@ConditionalOnMissingBean(ReminderMailer.class)
	ReminderMailer reminderMailer() {
		return new LoggingReminderMailer();
	}

}
