package vn.hocso.planning.domain;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.hocso.platform.jobs.ClusterScheduled;

/**
 * Rebuilds the per-unit counts from the ledger every night. They are kept in the
 * completion's own transaction and should never drift; this makes sure they cannot stay
 * wrong after a manual fix of the facts or a bulk load.
 */
@Component
class CountsReconciliation {

	private static final Logger log = LoggerFactory.getLogger(CountsReconciliation.class);

	private final ProgressLedger ledger;

	CountsReconciliation(ProgressLedger ledger) {
		this.ledger = ledger;
	}

	@ClusterScheduled(name = "planning-counts-rebuild", cron = "${hocso.planning.counts-rebuild-cron:0 15 1 * * *}")
	void nightly() {
		long start = System.nanoTime();
		long rows = ledger.rebuildCounts();
		log.info("Planning counts rebuilt from the ledger: {} rows in {} ms", rows,
				(System.nanoTime() - start) / 1_000_000);
	}

}
