package vn.hocso.account.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import vn.hocso.identity.CurrentCaller;
import vn.hocso.learner.LearnerSummary;
import vn.hocso.organization.AccessPolicy;
import vn.hocso.organization.OrgScopes;
import vn.hocso.organization.ScopedAction;
import vn.hocso.platform.ProblemException;

/**
 * Starts issuance jobs for a selection and answers what a job did, scoped to the caller.
 */
@Service
public class AccountIssuanceService {

	private final LearnerAccess access;

	private final IssuanceJobRepository jobs;

	private final IssuanceItemRepository items;

	private final IssuanceRunner runner;

	private final CurrentCaller caller;

	private final OrgScopes scopes;

	private final TransactionTemplate tx;

	private final Clock clock;

	private final CodeCipher cipher;

	private final AccessPolicy policy;

	AccountIssuanceService(LearnerAccess access, IssuanceJobRepository jobs, IssuanceItemRepository items,
			IssuanceRunner runner, CurrentCaller caller, OrgScopes scopes, TransactionTemplate tx, Clock clock,
			CodeCipher cipher, AccessPolicy policy) {
		this.policy = policy;
		this.cipher = cipher;
		this.access = access;
		this.jobs = jobs;
		this.items = items;
		this.runner = runner;
		this.caller = caller;
		this.scopes = scopes;
		this.tx = tx;
		this.clock = clock;
	}

	/**
	 * Queues a job for a unit's subtree or for listed learners and starts it in the
	 * background.
	 */
	public IssuanceJob start(@Nullable Long unitId, @Nullable List<Long> learnerIds) {
		policy.requireRole(ScopedAction.ACCOUNT_SHEETS);
		if ((unitId == null) == (learnerIds == null || learnerIds.isEmpty())) {
			throw ProblemException.badRequest("account.selection-invalid");
		}
		cipher.requireKey();
		LearnerAccess.Selected selected = unitId != null ? access.subtree(unitId) : access.listed(learnerIds);
		String description = unitId != null ? "unit:" + unitId : "learners:" + selected.learners().size();
		IssuanceJob job = tx.execute(status -> create(description, selected, null));
		runner.launch(job.getId());
		return job;
	}

	private IssuanceJob create(String description, LearnerAccess.Selected selected, @Nullable Long retryOf) {
		Instant now = clock.instant();
		IssuanceJob job = jobs.saveAndFlush(new IssuanceJob(description, selected.scopePath(), caller.get().username(),
				selected.learners().size(), now, retryOf));
		List<IssuanceItem> pending = selected.learners()
			.stream()
			.map((LearnerSummary learner) -> new IssuanceItem(job.getId(), learner.id(), learner.unitId()))
			.toList();
		items.saveAll(pending);
		return job;
	}

	/**
	 * The most recent jobs (at most 50) whose learners all lie in the caller's scope,
	 * newest first.
	 */
	public List<IssuanceJob> recentJobs() {
		policy.requireRole(ScopedAction.ACCOUNT_SHEETS);
		var scope = scopes.current();
		return jobs.findTop200ByOrderByCreatedAtDesc()
			.stream()
			.filter(job -> scope.covers(job.getScopePath()))
			.limit(50)
			.toList();
	}

	/** The job, if the caller's scope covers all of its learners. */
	public IssuanceJob job(long jobId) {
		IssuanceJob job = jobs.findById(jobId)
			.orElseThrow(() -> ProblemException.notFound("account.job-not-found", String.valueOf(jobId)));
		if (!scopes.current().covers(job.getScopePath())) {
			throw ProblemException.forbidden("account.job-out-of-scope", String.valueOf(jobId));
		}
		// Sheets carry activation codes: the table's reach, not only the subtree, decides
		// (no trainer).
		policy.requireUnit(ScopedAction.ACCOUNT_SHEETS, job.getScopePath());
		return job;
	}

	public List<IssuanceItem> items(long jobId) {
		job(jobId);
		return items.findByJobIdOrderById(jobId);
	}

	/**
	 * The learners of the job's items by id (their names for the list of who failed and
	 * why).
	 */
	public Map<Long, LearnerSummary> learnersOf(List<IssuanceItem> list) {
		return access.byId(list.stream().map(IssuanceItem::getLearnerId).toList());
	}

	/**
	 * Issues again for the learners whose item failed in a finished job. A job is retried
	 * once: asking again (twice in a hurry, or on another node) answers the same retry
	 * job, held unique by the database; a learner who got an account meanwhile is counted
	 * as already having one, never twice.
	 */
	public IssuanceJob retry(long jobId) {
		policy.requireRole(ScopedAction.ACCOUNT_SHEETS);
		IssuanceJob job = job(jobId);
		var earlier = jobs.findByRetryOf(jobId);
		if (earlier.isPresent()) {
			return earlier.get();
		}
		if (!job.isFinished()) {
			throw ProblemException.conflict("account.job-still-running", String.valueOf(jobId));
		}
		List<Long> failed = items.findByJobIdOrderById(jobId)
			.stream()
			.filter(item -> item.getStatus() == IssuanceItem.Status.FAILED)
			.map(IssuanceItem::getLearnerId)
			.toList();
		// A learner removed from the registry cannot be issued; the others are retried.
		List<Long> present = List.copyOf(access.byId(failed).keySet());
		if (present.isEmpty()) {
			throw ProblemException.conflict("account.job-nothing-to-retry", String.valueOf(jobId));
		}
		cipher.requireKey();
		LearnerAccess.Selected selected = access.listed(present);
		IssuanceJob retry;
		try {
			retry = tx.execute(status -> create("retry:" + jobId, selected, jobId));
		}
		catch (DataIntegrityViolationException raced) {
			return jobs.findByRetryOf(jobId).orElseThrow(() -> raced);
		}
		runner.launch(retry.getId());
		return retry;
	}

}
