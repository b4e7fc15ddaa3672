package vn.hocso.progress.domain;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Heartbeat storage knobs.
 *
 * @param flushInterval how often the writer stores a batch; a heartbeat's answer waits for it
 * @param ackTimeout how long a heartbeat waits for its batch before answering 503
 * @param cachedEnrolments enrolments whose progress is kept in memory (idle ones are evicted above this)
 * @param ownershipTtl how long a learner's ownership of an enrolment (and its status) is trusted before
 *        the enrolment module is asked again; a withdrawal takes at most this long to stop heartbeats
 */
@ConfigurationProperties("hocso.progress")
public record ProgressProperties(Duration flushInterval, Duration ackTimeout, int cachedEnrolments,
		Duration ownershipTtl) {

	public ProgressProperties {
		flushInterval = flushInterval == null ? Duration.ofMillis(200) : flushInterval;
		ackTimeout = ackTimeout == null ? Duration.ofSeconds(10) : ackTimeout;
		cachedEnrolments = cachedEnrolments <= 0 ? 100_000 : cachedEnrolments;
		ownershipTtl = ownershipTtl == null ? Duration.ofMinutes(5) : ownershipTtl;
	}

}
