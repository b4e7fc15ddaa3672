package vn.hocso.progress.domain;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Heartbeat storage knobs.
 *
 * @param flushInterval how often the writer stores a batch; a heartbeat's answer waits
 * for it
 * @param ackTimeout how long a heartbeat waits for its batch before answering 503
 * @param ownershipTtl how long a learner's ownership of an enrolment is trusted before
 * the enrolment module is asked again (a withdrawal does not wait for it: every batch
 * asks the database)
 * @param backgroundWriter false: no writer thread; a heartbeat's batch is stored on the
 * request's own thread before it is answered (the tests' setting, so that no context
 * writes behind a test's back)
 */
@ConfigurationProperties("hocso.progress")
public record ProgressProperties(Duration flushInterval, Duration ackTimeout, Duration ownershipTtl,
		Boolean backgroundWriter) {

	public ProgressProperties {
		backgroundWriter = backgroundWriter == null ? Boolean.TRUE : backgroundWriter;
		flushInterval = flushInterval == null ? Duration.ofMillis(200) : flushInterval;
		ackTimeout = ackTimeout == null ? Duration.ofSeconds(10) : ackTimeout;
		ownershipTtl = ownershipTtl == null ? Duration.ofMinutes(5) : ownershipTtl;
	}

}
