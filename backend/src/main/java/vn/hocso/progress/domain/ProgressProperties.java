package vn.hocso.progress.domain;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Heartbeat storage knobs.
 *
 * @param flushInterval how often the writer stores a batch; a heartbeat's answer waits for it
 * @param ackTimeout how long a heartbeat waits for its batch before answering 503
 * @param cachedEnrolments enrolments whose progress is kept in memory (idle ones are evicted above this)
 */
@ConfigurationProperties("hocso.progress")
public record ProgressProperties(Duration flushInterval, Duration ackTimeout, int cachedEnrolments) {

	public ProgressProperties {
		flushInterval = flushInterval == null ? Duration.ofMillis(200) : flushInterval;
		ackTimeout = ackTimeout == null ? Duration.ofSeconds(10) : ackTimeout;
		cachedEnrolments = cachedEnrolments <= 0 ? 100_000 : cachedEnrolments;
	}

}
