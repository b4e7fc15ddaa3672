package vn.hocso.progress.domain;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ProgressConfig {

	@Bean
	ProgressCache progressCache(ProgressStore store, ProgressProperties properties) {
		return new ProgressCache(store, properties.cachedEnrolments());
	}

	@Bean
	ProgressWriter progressWriter(ProgressStore store, ProgressCache cache, StudyClocks clocks, Clock clock,
			ProgressProperties properties) {
		return new ProgressWriter(store, clock, properties.flushInterval(), properties.ackTimeout(), () -> {
			cache.evictIdle();
			clocks.forgetSilent(clock.instant());
		});
	}

}
