package vn.hocso.certificate.domain;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Re-renders the PDFs of many certificates in the background, on as many threads as cores given
 * ({@code hocso.certificates.pdf-parallelism}), with progress. Jobs live in memory: a restart
 * forgets a running one (start it again; rendering is idempotent).
 */
@Component
public class RegenerationJobs {

	private static final Logger log = LoggerFactory.getLogger(RegenerationJobs.class);

	private final Map<String, Job> jobs = new ConcurrentHashMap<>();

	private final CertificateRepository certificates;

	private final CertificateFiles files;

	private final int parallelism;

	RegenerationJobs(CertificateRepository certificates, CertificateFiles files, CertificateProperties properties) {
		this.certificates = certificates;
		this.files = files;
		this.parallelism = Math.max(1, properties.pdfParallelism());
	}

	public Job start(long waveId, List<Long> certificateIds) {
		Job job = new Job(UUID.randomUUID().toString(), waveId, certificateIds.size());
		jobs.put(job.id(), job);
		Thread.ofVirtual().name("certificate-regeneration-" + job.id()).start(() -> run(job, certificateIds));
		return job;
	}

	public java.util.Optional<Job> find(String id) {
		return java.util.Optional.ofNullable(jobs.get(id));
	}

	private void run(Job job, List<Long> ids) {
		long started = System.nanoTime();
		ExecutorService pool = Executors.newFixedThreadPool(parallelism);
		try {
			int chunk = 100;
			for (int from = 0; from < ids.size(); from += chunk) {
				List<Long> slice = ids.subList(from, Math.min(ids.size(), from + chunk));
				pool.submit(() -> certificates.findAllById(slice).forEach(certificate -> {
					try {
						files.render(certificate);
						job.done.incrementAndGet();
					}
					catch (RuntimeException ex) {
						log.warn("Could not render certificate {}", certificate.getSerial(), ex);
						job.failed.incrementAndGet();
					}
				}));
			}
			pool.shutdown();
			pool.awaitTermination(1, TimeUnit.HOURS);
			job.finish(System.nanoTime() - started);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			pool.shutdownNow();
		}
	}

	/** A regeneration's progress. */
	public static final class Job {

		private final String id;

		private final long waveId;

		private final int total;

		final AtomicInteger done = new AtomicInteger();

		final AtomicInteger failed = new AtomicInteger();

		private volatile boolean finished;

		private volatile long elapsedMillis;

		Job(String id, long waveId, int total) {
			this.id = id;
			this.waveId = waveId;
			this.total = total;
		}

		void finish(long nanos) {
			this.elapsedMillis = nanos / 1_000_000;
			this.finished = true;
		}

		public String id() {
			return id;
		}

		public long waveId() {
			return waveId;
		}

		public int total() {
			return total;
		}

		public int done() {
			return done.get();
		}

		public int failed() {
			return failed.get();
		}

		public String status() {
			return finished ? (failed.get() > 0 ? "FINISHED_WITH_ERRORS" : "FINISHED") : "RUNNING";
		}

		public int progress() {
			return total == 0 ? 100 : (int) ((done.get() + failed.get()) * 100L / total);
		}

		public long elapsedMillis() {
			return elapsedMillis;
		}

	}

}
