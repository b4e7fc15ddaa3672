package vn.hocso.platform;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ClockConfig {

	/** Vietnam has one time zone and no daylight saving; study days and deadlines are counted in it. */
	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	@Bean
	Clock clock() {
		return Clock.system(VIETNAM);
	}

}
