package vn.hocso.progress.domain;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.hocso.calendar.WorkingDayCalendar;
import vn.hocso.enrolment.EnrolmentDirectory;
import vn.hocso.platform.VietnamTime;

@Configuration(proxyBeanMethods = false)
class ProgressConfig {

	@Bean
	ProgressWriter progressWriter(ProgressStore store, EnrolmentDirectory enrolments, ProgressProperties properties) {
		return new ProgressWriter(store, enrolments, VietnamTime.ZONE, properties.flushInterval(),
				properties.ackTimeout(), properties.backgroundWriter());
	}

}
