package vn.hocso.account.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.hocso.account.AccountIssued;
import vn.hocso.identity.KeycloakUserAdmin;
import vn.hocso.identity.LearnerUser;
import vn.hocso.identity.ProvisionedUser;
import vn.hocso.learner.LearnerSummary;
import vn.hocso.platform.jobs.ClusterJob;
import vn.hocso.platform.jobs.ClusterJobs;
import vn.hocso.platform.jobs.ClusterScheduled;

/**
 * Runs issuance jobs in the background, as cluster jobs (one node runs a job; one job at
 * a time per node), in chunks: the Keycloak calls of a chunk go out {@code parallelism}
 * at a time, then one transaction records the chunk. A crash loses at most the records of
 * one chunk; those users exist in Keycloak, so when the job resumes (on another node once
 * the dead one's heartbeats stop, or after a database outage once it is back) they are
 * found by username and given a fresh code — nothing is created twice and every code on
 * the sheet works.
 */
@Component
public class IssuanceRunner {

	private static final Logger log = LoggerFactory.getLogger(IssuanceRunner.class);

	static final int CHUNK = 200;

	private static final Pattern TRAILING_NOTE = Pattern.compile("(.*?)\\s*(\\([^()]*\\))");

	/** The cluster job's name in scheduled_tasks. */
	static final String JOB = "account-issuance";

	private final IssuanceJobRepository jobs;

	private final IssuanceItemRepository items;

	private final LearnerAccountRepository accounts;

	private final LearnerAccess learners;

	private final KeycloakUserAdmin keycloak;

	private final ActivationCodes codes;

	private final CodeCipher cipher;

	private final AccountProperties properties;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate tx;

	private final Clock clock;

	private final ReentrantLock oneJobAtATime = new ReentrantLock();

	private final ClusterJobs cluster;

	IssuanceRunner(IssuanceJobRepository jobs, IssuanceItemRepository items, LearnerAccountRepository accounts,
			LearnerAccess learners, KeycloakUserAdmin keycloak, ActivationCodes codes, CodeCipher cipher,
			AccountProperties properties, ApplicationEventPublisher events, TransactionTemplate tx, Clock clock,
			ClusterJobs cluster) {
		this.jobs = jobs;
		this.items = items;
		this.accounts = accounts;
		this.learners = learners;
		this.keycloak = keycloak;
		this.codes = codes;
		this.cipher = cipher;
		this.properties = properties;
		this.events = events;
		this.tx = tx;
		this.clock = clock;
		this.cluster = cluster;
	}

	void launch(long jobId) {
		cluster.submit(JOB, jobId);
	}

	/**
	 * Unfinished jobs without a queued task (their node died between the commit and the
	 * queuing, or a version that ran them in-process left them) are queued by one node; a
	 * job queued or running on any node is left alone, one that finished is not run again
	 * (the job run log).
	 */
	@ClusterScheduled(name = "account-issuance-sweep", fixedDelay = "${hocso.account.issuance-sweep-interval:1m}")
	public void resumeUnfinished() {
		for (IssuanceJob job : jobs.findByStatusIn(List.of(IssuanceJob.Status.QUEUED, IssuanceJob.Status.RUNNING))) {
			log.info("Queuing unfinished account issuance job {} ({} of {} done)", job.getId(), job.getDone(),
					job.getTotal());
			launch(job.getId());
		}
	}

	/**
	 * Runs (or resumes) a job to its end, on the calling thread; throws if it stopped (it
	 * is run again).
	 */
	@ClusterJob(name = JOB)
	public void run(long jobId) {
		oneJobAtATime.lock();
		try (ExecutorService calls = Executors.newFixedThreadPool(Math.max(1, properties.parallelism()),
				Thread.ofVirtual().name("keycloak-call-", 0).factory())) {
			inTx(() -> jobs.findById(jobId).ifPresent(job -> job.started(clock.instant())));
			List<IssuanceItem> chunk = pending(jobId);
			while (!chunk.isEmpty()) {
				record(jobId, issue(chunk, calls));
				chunk = pending(jobId);
			}
			inTx(() -> jobs.findById(jobId).ifPresent(job -> job.finished(clock.instant())));
		}
		catch (RuntimeException ex) {
			// Left RUNNING: the cluster scheduler runs it again (hocso.jobs.retry-delay)
			// with its PENDING items.
			log.error("Account issuance job {} stopped; it will be resumed", jobId, ex);
			throw ex;
		}
		finally {
			oneJobAtATime.unlock();
		}
	}

	private List<Outcome> issue(List<IssuanceItem> chunk, ExecutorService calls) {
		List<Long> ids = chunk.stream().map(IssuanceItem::getLearnerId).toList();
		Map<Long, LearnerSummary> byId = learners.byId(ids);
		Map<Long, LearnerAccount> issued = accounts.findByLearnerIdIn(ids)
			.stream()
			.collect(Collectors.toMap(LearnerAccount::getLearnerId, Function.identity()));
		List<Future<Outcome>> futures = new ArrayList<>();
		for (IssuanceItem item : chunk) {
			LearnerAccount account = issued.get(item.getLearnerId());
			LearnerSummary learner = byId.get(item.getLearnerId());
			futures.add(calls.submit(() -> issueOne(item, learner, account)));
		}
		List<Outcome> outcomes = new ArrayList<>();
		for (Future<Outcome> future : futures) {
			try {
				outcomes.add(future.get());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("interrupted while issuing accounts", ex);
			}
			catch (ExecutionException ex) {
				throw new IllegalStateException(ex.getCause());
			}
		}
		return outcomes;
	}

	private Outcome issueOne(IssuanceItem item, @Nullable LearnerSummary learner, @Nullable LearnerAccount account) {
		if (account != null) {
			return Outcome.existed(item, account.getUsername());
		}
		if (learner == null) {
			return Outcome.failed(item, IssuanceFailure.LEARNER_MISSING.code());
		}
		String username = UsernameScheme.usernameFor(learner.id(), learner.fullName());
		String code = codes.next();
		try {
			ProvisionedUser user = keycloak.createLearner(toKeycloak(learner, username, code));
			if (!user.created()) {
				// Created before a crash, never recorded: its code is unknown, so it gets
				// a new one.
				keycloak.resetActivation(user.userId(), code);
			}
			return new Outcome(item, IssuanceItem.Status.CREATED, username, user.userId(), learner.unitPath(),
					cipher.encrypt(code), null);
		}
		catch (RuntimeException ex) {
			// Keycloak's words go to the log; the learner's item keeps a code that is
			// worded for the person.
			log.warn("Issuing an account for learner {} failed: {}", learner.id(), ex.toString());
			return Outcome.failed(item, IssuanceFailure.of(ex).code());
		}
	}

	static LearnerUser toKeycloak(LearnerSummary learner, String username, String code) {
		String name = learner.fullName().trim();
		// A trailing note ("Nguyễn Văn Tư (Bí thư)") stays with the given name rather
		// than splitting it.
		Matcher noted = TRAILING_NOTE.matcher(name);
		String note = "";
		if (noted.matches() && !noted.group(1).isBlank()) {
			name = noted.group(1).strip();
			note = " " + noted.group(2);
		}
		int lastSpace = name.lastIndexOf(' ');
		// Vietnamese order: family and middle names first, the given name last.
		// Keycloak's "name" claim is
		// firstName + " " + lastName, so firstName holds the family and middle names (as
		// in the demo realm).
		String given = lastSpace < 0 ? name : name.substring(lastSpace + 1);
		String family = lastSpace < 0 ? name : name.substring(0, lastSpace);
		return new LearnerUser(username, family, given + note, learner.unitCode(), code);
	}

	private List<IssuanceItem> pending(long jobId) {
		return items.findByJobIdAndStatusOrderById(jobId, IssuanceItem.Status.PENDING, Limit.of(CHUNK));
	}

	private void record(long jobId, List<Outcome> outcomes) {
		Instant now = clock.instant();
		Instant expiresAt = now.plus(properties.codeExpiry());
		inTx(() -> {
			IssuanceJob job = jobs.findById(jobId).orElseThrow();
			int done = 0;
			int failed = 0;
			String issuedBy = job.getRequestedBy();
			Map<Long, IssuanceItem> managed = items.findAllById(outcomes.stream().map(Outcome::itemId).toList())
				.stream()
				.collect(Collectors.toMap(IssuanceItem::getId, Function.identity()));
			for (Outcome outcome : outcomes) {
				IssuanceItem item = managed.get(outcome.itemId());
				if (item == null) {
					throw new IllegalStateException(
							"issuance item " + outcome.itemId() + " vanished while it was issued");
				}
				switch (outcome.status()) {
					case CREATED -> {
						item.created(outcome.username(), outcome.ciphertext());
						accounts.save(new LearnerAccount(item.getLearnerId(), outcome.username(), outcome.userId(),
								outcome.unitPath(), now, issuedBy, expiresAt));
						events.publishEvent(new AccountIssued(item.getLearnerId(), outcome.username(), now));
						done++;
					}
					case EXISTED -> {
						item.existed(outcome.username());
						done++;
					}
					default -> {
						item.failed(outcome.error());
						failed++;
					}
				}
			}
			job.progressed(done, failed);
		});
	}

	private void inTx(Runnable work) {
		tx.executeWithoutResult(status -> work.run());
	}

	/** What happened to one item, computed outside the transaction that records it. */
	record Outcome(long itemId, IssuanceItem.Status status, String username, String userId, String unitPath,
			String ciphertext, String error) {

		Outcome(IssuanceItem item, IssuanceItem.Status status, String username, String userId, String unitPath,
				String ciphertext, @Nullable String error) {
			this(item.getId(), status, username, userId, unitPath, ciphertext, error == null ? "" : error);
		}

		static Outcome existed(IssuanceItem item, String username) {
			return new Outcome(item, IssuanceItem.Status.EXISTED, username, "", "", "", null);
		}

		static Outcome failed(IssuanceItem item, String error) {
			return new Outcome(item, IssuanceItem.Status.FAILED, "", "", "", "", error);
		}

	}

}
