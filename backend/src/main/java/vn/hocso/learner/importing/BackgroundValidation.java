package vn.hocso.learner.importing;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs a big file's validation on a virtual thread once its upload is committed, as the uploader
 * (their scope decides which units are allowed). A failure leaves the import FAILED, never half-validated.
 */
@Component
class BackgroundValidation {

	private static final Logger log = LoggerFactory.getLogger(BackgroundValidation.class);

	private final LearnerImportService service;

	private final ImportRows rows;

	BackgroundValidation(LearnerImportService service, ImportRows rows) {
		this.service = service;
		this.rows = rows;
	}

	void validateAfterCommit(long importId) {
		Runnable task = new DelegatingSecurityContextRunnable(() -> run(importId));
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				Thread.ofVirtual().name("learner-import-" + importId).start(task);
			}
		});
	}

	private void run(long importId) {
		try {
			service.validateStored(importId);
		}
		catch (RuntimeException ex) {
			log.error("Validation of learner import {} failed", importId, ex);
			rows.failed(importId);
		}
	}

}
