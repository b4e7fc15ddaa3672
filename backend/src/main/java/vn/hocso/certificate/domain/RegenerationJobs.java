package vn.hocso.certificate.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.hocso.platform.jobs.ClusterJob;
import vn.hocso.platform.jobs.ClusterJobs;
import vn.hocso.platform.jobs.ClusterScheduled;

/**
 * Re-renders the PDFs of a wave in the background, as a cluster job: one node runs it,
 * another takes it over if that node dies, and a run stopped by a database outage is run
 * again once the database is back (hocso.jobs.retry-delay). Each certificate of the job
 * is a row (certificate_regeneration_item) that leaves PENDING in the same transaction
 * that adds it to the job's counters, so a resumed job counts every certificate once and
 * its counters never go back. Certificates whose PDF was written after the job started
 * are not rendered again.
 * <p>
 * Inside the one claimed job, chunks of certificates render on a bounded pool of
 * {@code hocso.certificates.pdf-parallelism} threads: rendering is CPU-bound, the pool
 * lives only as long as the run, and the job's state is in the database, not in the pool.
 */
@Component
public class RegenerationJobs {

	private static final Logger log = LoggerFactory.getLogger(RegenerationJobs.class);

	/** The cluster job's name in scheduled_tasks and job_run. */
	static final String JOB = "certificate-regeneration";

	private static final int CHUNK = 100;

	/** How many PDFs between two progress writes. */
	private static final int PROGRESS_STEP = 10;

	private final RegenerationJobRepository jobs;

	private final CertificateRepository certificates;

	private final CertificateFiles files;

	private final Clock clock;

	private final int parallelism;

	private final ClusterJobs cluster;

	private final TransactionTemplate tx;

	private final JdbcClient jdbc;

	RegenerationJobs(RegenerationJobRepository jobs, CertificateRepository certificates, CertificateFiles files,
			CertificateProperties properties, Clock clock, ClusterJobs cluster, PlatformTransactionManager transactions,
			JdbcClient jdbc) {
		this.jobs = jobs;
		this.certificates = certificates;
		this.files = files;
		this.clock = clock;
		this.parallelism = Math.max(1, properties.pdfParallelism());
		this.cluster = cluster;
		this.tx = new TransactionTemplate(transactions);
		this.jdbc = jdbc;
	}

	/** Records the job and its certificates, then queues it for the cluster. */
	public RegenerationJob start(long waveId, List<Long> certificateIds) {
		RegenerationJob job = tx.execute(status -> {
			RegenerationJob saved = jobs.saveAndFlush(
					new RegenerationJob(UUID.randomUUID().toString(), waveId, certificateIds.size(), clock.instant()));
			addItems(saved.getId(), certificateIds);
			return saved;
		});
		cluster.submit(JOB, job.getId());
		return job;
	}

	public Optional<RegenerationJob> find(String id) {
		return jobs.findById(id);
	}

	/**
	 * Queues every job still RUNNING (one whose node died before queuing it, or left by a
	 * version that ran jobs in-process); a job queued or running on any node is left
	 * alone, a finished one is not run.
	 */
	@ClusterScheduled(name = "certificate-regeneration-sweep",
			fixedDelay = "${hocso.certificates.regeneration-sweep-interval:1m}")
	public void queueInterrupted() {
		for (RegenerationJob job : jobs.findByStatus(RegenerationJob.Status.RUNNING)) {
			cluster.submit(JOB, job.getId());
		}
	}

	/**
	 * Runs (or resumes) a job to its end on the calling thread; throws if it stopped (it
	 * is run again).
	 */
	@ClusterJob(name = JOB)
	public void run(String jobId) {
		Optional<RegenerationJob> started = tx.execute(status -> jobs.findById(jobId)
			.filter(found -> found.getStatus() == RegenerationJob.Status.RUNNING)
			.map(this::begin));
		if (started == null || started.isEmpty()) {
			return;
		}
		RegenerationJob job = started.get();
		log.info("Regenerating the PDFs of wave {} (job {}, run {})", job.getWaveId(), jobId, job.getRuns());
		ExecutorService pool = Executors.newFixedThreadPool(parallelism);
		try {
			for (List<Long> pending = pending(jobId, CHUNK * parallelism); !pending.isEmpty(); pending = pending(jobId,
					CHUNK * parallelism)) {
				List<Future<?>> chunks = new ArrayList<>();
				for (int from = 0; from < pending.size(); from += CHUNK) {
					List<Long> slice = pending.subList(from, Math.min(pending.size(), from + CHUNK));
					chunks.add(pool.submit(() -> renderChunk(jobId, job.getStartedAt(), slice)));
				}
				for (Future<?> chunk : chunks) {
					chunk.get();
				}
			}
			tx.executeWithoutResult(status -> jobs.findById(jobId).ifPresent(done -> done.finish(clock.instant())));
		}
		catch (InterruptedException ex) {
			// The node is stopping: the job stays RUNNING and is taken over by a node.
			Thread.currentThread().interrupt();
			throw new IllegalStateException("PDF regeneration " + jobId + " interrupted", ex);
		}
		catch (ExecutionException ex) {
			// Left RUNNING with its PENDING certificates: the cluster scheduler runs it
			// again.
			throw ex.getCause() instanceof RuntimeException runtime ? runtime
					: new IllegalStateException(ex.getCause());
		}
		finally {
			pool.shutdownNow();
		}
	}

	private RegenerationJob begin(RegenerationJob job) {
		if (!hasItems(job.getId())) {
			// Left RUNNING by a version without items: its certificates are the wave's,
			// counted again.
			List<Long> ids = certificates.findByWaveIdOrderBySerialAsc(job.getWaveId())
				.stream()
				.map(Certificate::getId)
				.toList();
			job.adoptUnitemized(ids.size());
			addItems(job.getId(), ids);
		}
		job.began();
		return job;
	}

	private void renderChunk(String jobId, Instant startedAt, List<Long> slice) {
		List<Long> done = new ArrayList<>();
		List<Long> failed = new ArrayList<>();
		Set<Long> missing = new HashSet<>(slice);
		for (Certificate certificate : certificates.findAllById(slice)) {
			if (Thread.currentThread().isInterrupted()) {
				throw new IllegalStateException("interrupted");
			}
			missing.remove(certificate.getId());
			if (files.renderedAt(certificate).filter(at -> !at.isBefore(startedAt)).isEmpty()) {
				try {
					files.render(certificate);
				}
				catch (RuntimeException ex) {
					log.warn("Could not render certificate {}", certificate.getSerial(), ex);
					failed.add(certificate.getId());
					continue;
				}
			}
			done.add(certificate.getId());
			if (done.size() + failed.size() >= PROGRESS_STEP) {
				record(jobId, done, failed);
				done.clear();
				failed.clear();
			}
		}
		failed.addAll(missing);
		record(jobId, done, failed);
	}

	/**
	 * Moves these items out of PENDING and counts exactly those that moved, in one
	 * transaction.
	 */
	private void record(String jobId, List<Long> done, List<Long> failed) {
		if (done.isEmpty() && failed.isEmpty()) {
			return;
		}
		tx.executeWithoutResult(status -> {
			int newlyDone = settle(jobId, done, "DONE");
			int newlyFailed = settle(jobId, failed, "FAILED");
			jobs.advance(jobId, newlyDone, newlyFailed);
		});
	}

	private int settle(String jobId, List<Long> ids, String outcome) {
		if (ids.isEmpty()) {
			return 0;
		}
		return jdbc
			.sql("update certificate_regeneration_item set status = :outcome"
					+ " where job_id = :job and certificate_id in (:ids) and status = 'PENDING'")
			.param("outcome", outcome)
			.param("job", jobId)
			.param("ids", ids)
			.update();
	}

	private List<Long> pending(String jobId, int limit) {
		return jdbc
			.sql("select certificate_id from certificate_regeneration_item where job_id = ? and status = 'PENDING'"
					+ " order by certificate_id limit ?")
			.params(jobId, limit)
			.query(Long.class)
			.list();
	}

	private boolean hasItems(String jobId) {
		return jdbc.sql("select count(*) from certificate_regeneration_item where job_id = ?")
			.param(jobId)
			.query(Long.class)
			.single() > 0;
	}

	private void addItems(String jobId, List<Long> certificateIds) {
		for (int from = 0; from < certificateIds.size(); from += 1000) {
			List<Long> slice = certificateIds.subList(from, Math.min(certificateIds.size(), from + 1000));
			jdbc.sql("insert into certificate_regeneration_item (job_id, certificate_id, status)"
					+ " select :job, id, 'PENDING' from certificate where id in (:ids)")
				.param("job", jobId)
				.param("ids", slice)
				.update();
		}
	}

}
