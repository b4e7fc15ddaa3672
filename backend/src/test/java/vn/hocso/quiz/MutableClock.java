package vn.hocso.quiz;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

import vn.hocso.platform.VietnamTime;

/** A clock the tests move forward, standing in for the server's. */
final class MutableClock extends Clock {

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
