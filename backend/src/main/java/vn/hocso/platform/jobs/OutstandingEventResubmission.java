package vn.hocso.platform.jobs;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.stereotype.Component;

/**
 * Event publications whose listener failed or whose node died (an EnrolmentCompleted not
 * yet turned into a certificate) are resubmitted by one node at a time, under the cluster
 * scheduler, instead of by every node at every restart (which resubmitted what another
 * node was still processing). Only publications older than
 * hocso.jobs.event-resubmission-age are taken: younger ones may still be running.
 */
@Component
public class OutstandingEventResubmission {

	private static final Logger log = LoggerFactory.getLogger(OutstandingEventResubmission.class);

	private final IncompleteEventPublications incomplete;

	private final Duration age;

	OutstandingEventResubmission(IncompleteEventPublications incomplete,
			@Value("${hocso.jobs.event-resubmission-age:5m}") Duration age) {
		this.incomplete = incomplete;
		this.age = age;
	}

	@ClusterScheduled(name = "event-publication-resubmission",
			fixedDelay = "${hocso.jobs.event-resubmission-interval:1m}")
	void resubmitOutstanding() {
		resubmitOlderThan(age);
	}

	/** Resubmits the incomplete publications published longer ago than this. */
	public void resubmitOlderThan(Duration minimumAge) {
		log.debug("Resubmitting event publications older than {}", minimumAge);
		incomplete.resubmitIncompletePublicationsOlderThan(minimumAge);
	}

}
