package vn.hocso.learner.importing;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.hocso.platform.DatabaseOutage;
import vn.hocso.platform.jobs.ClusterJob;
import vn.hocso.platform.jobs.ClusterJobs;
import vn.hocso.platform.jobs.ClusterScheduled;

/**
 * Validates a big file in the background, as a cluster job queued once its upload is
 * committed: one node runs it, within the uploader's scope kept with the import (their
 * scope decides which units are allowed). A node that dies mid-run leaves the job to
 * another node; a database outage leaves it to be run again once the database is back;
 * any other failure leaves the import FAILED, never half-validated and never VALIDATING
 * for ever.
 */
@Component
class BackgroundValidation {

	private static final Logger log = LoggerFactory.getLogger(BackgroundValidation.class);

	/** The cluster job's name in scheduled_tasks and job_run. */
	static final String JOB = "learner-import-validation";

	private final LearnerImportService service;

	private final ImportRows rows;

	private final LearnerImportRepository imports;

	private final ClusterJobs cluster;

	BackgroundValidation(LearnerImportService service, ImportRows rows, LearnerImportRepository imports,
			ClusterJobs cluster) {
		this.service = service;
		this.rows = rows;
		this.imports = imports;
		this.cluster = cluster;
	}

	void validateAfterCommit(long importId) {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				cluster.submit(JOB, importId);
			}
		});
	}

	/**
	 * Queues every import still VALIDATING (its node died between the commit and the
	 * queuing, or it was uploaded by a version that validated in-process); one queued or
	 * running anywhere is left alone.
	 */
	@ClusterScheduled(name = "learner-import-validation-sweep",
			fixedDelay = "${hocso.learner-import.validation-sweep-interval:1m}")
	void queueUnvalidated() {
		for (LearnerImport upload : imports.findByStatus(LearnerImport.Status.VALIDATING)) {
			cluster.submit(JOB, upload.getId());
		}
	}

	@ClusterJob(name = JOB)
	void run(long importId) {
		try {
			service.validateStored(importId);
		}
		catch (RuntimeException ex) {
			if (DatabaseOutage.isCause(ex)) {
				log.warn("Validation of learner import {} stopped by a database outage; it will be run again",
						importId);
				throw ex;
			}
			log.error("Validation of learner import {} failed", importId, ex);
			rows.failed(importId);
		}
	}

}
