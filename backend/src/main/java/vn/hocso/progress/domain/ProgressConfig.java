package vn.hocso.progress.domain;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.hocso.calendar.WorkingDayCalendar;
import vn.hocso.enrolment.EnrolmentDirectory;

@Configuration(proxyBeanMethods = false)
class ProgressConfig {

	@Bean
	ProgressWriter progressWriter(ProgressStore store, EnrolmentDirectory enrolments, ProgressProperties properties) {
		return new ProgressWriter(store, enrolments, WorkingDayCalendar.VIETNAM, properties.flushInterval(),
				properties.ackTimeout());
	}

}
