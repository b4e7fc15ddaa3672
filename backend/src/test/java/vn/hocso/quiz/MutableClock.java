package vn.hocso.quiz;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import vn.hocso.platform.VietnamTime;

/** A clock the tests move forward, standing in for the server's. */
final class MutableClock extends Clock {

	/** The server's clock replaced by one {@link MutableClock} for the quiz module. */
	@TestConfiguration(proxyBeanMethods = false)
	static class Config {

		@Bean
		@Primary
		MutableClock mutableClock() {
			return new MutableClock();
		}

	}

	private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-23T02:00:00Z"));

	@Override
	public ZoneId getZone() {
		return VietnamTime.ZONE;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}

	@Override
	public Instant instant() {
		return now.get();
	}

	void set(Instant at) {
		now.set(at);
	}

	void advance(Duration by) {
		now.updateAndGet(at -> at.plus(by));
	}

}
