package vn.hocso.training;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

import vn.hocso.platform.VietnamTime;

/**
 * The server's clock, set by each test: nomination deadlines and the QR code's minute
 * depend on it.
 */
public final class TrainingClock extends Clock {

	private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-06-01T01:00:00Z"));

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

	public void set(Instant at) {
		now.set(at);
	}

}
