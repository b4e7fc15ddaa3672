package vn.hocso.certificate.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Re-renders the PDFs of a wave in the background, on as many threads as cores given
 * ({@code hocso.certificates.pdf-parallelism}), with progress kept in the database
 * ({@link RegenerationJob}). A job the application stopped in the middle of is resumed at the next
 * start: certificates whose PDF was written after the job started count as done and are skipped,
 * the others are rendered (rendering is idempotent, so a PDF caught mid-write is simply redone).
 */
@Component
public class RegenerationJobs {

	private static final Logger log = LoggerFactory.getLogger(RegenerationJobs.class);

	private static final int CHUNK = 100;

	/** How many PDFs between two progress writes. */
	private static final int PROGRESS_STEP = 10;

	private final RegenerationJobRepository jobs;

	private final CertificateRepository certificates;

	private final CertificateFiles files;

	private final Clock clock;

	private final int parallelism;

	/** Jobs running in this instance, so a resume never starts one twice. */
	private final Set<String> running = ConcurrentHashMap.newKeySet();

	RegenerationJobs(RegenerationJobRepository jobs, CertificateRepository certificates, CertificateFiles files,
			CertificateProperties properties, Clock clock) {
		this.jobs = jobs;
		this.certificates = certificates;
		this.files = files;
		this.clock = clock;
		this.parallelism = Math.max(1, properties.pdfParallelism());
	}

	public RegenerationJob start(long waveId, List<Long> certificateIds) {
		RegenerationJob job = jobs.save(new RegenerationJob(UUID.randomUUID().toString(), waveId,
				certificateIds.size(), clock.instant()));
		launch(job, certificateIds);
		return job;
	}

	public Optional<RegenerationJob> find(String id) {
		return jobs.findById(id);
	}

	/** At start: every job still RUNNING was interrupted by the stop of the application; go on with it. */
	@EventListener(ApplicationReadyEvent.class)
	public void resumeInterrupted() {
		for (RegenerationJob job : jobs.findByStatus(RegenerationJob.Status.RUNNING)) {
			if (running.contains(job.getId())) {
				continue;
			}
			List<Long> ids = certificates.findByWaveIdOrderBySerialAsc(job.getWaveId())
				.stream()
				.map(Certificate::getId)
				.toList();
			job.resume(ids.size());
			RegenerationJob resumed = jobs.save(job);
			log.info("Resuming the PDF regeneration {} of wave {} ({} certificates)", job.getId(), job.getWaveId(),
					ids.size());
			launch(resumed, ids);
		}
	}

	private void launch(RegenerationJob job, List<Long> ids) {
		if (!running.add(job.getId())) {
			return;
		}
		Thread.ofVirtual()
			.name("certificate-regeneration-" + job.getId())
			.start(() -> run(job.getId(), job.getStartedAt(), ids));
	}

	private void run(String jobId, Instant startedAt, List<Long> ids) {
		ExecutorService pool = Executors.newFixedThreadPool(parallelism);
		try {
			List<Future<?>> chunks = new ArrayList<>();
			for (int from = 0; from < ids.size(); from += CHUNK) {
				List<Long> slice = ids.subList(from, Math.min(ids.size(), from + CHUNK));
				chunks.add(pool.submit(() -> renderChunk(jobId, startedAt, slice)));
			}
			for (Future<?> chunk : chunks) {
				chunk.get();
			}
			complete(jobId, null);
		}
		catch (InterruptedException ex) {
			// Stopping: the job stays RUNNING and is resumed at the next start.
			Thread.currentThread().interrupt();
		}
		catch (ExecutionException | RuntimeException ex) {
			Throwable cause = ex instanceof ExecutionException ? ex.getCause() : ex;
			log.error("PDF regeneration {} failed", jobId, cause);
			complete(jobId, String.valueOf(cause));
		}
		finally {
			pool.shutdownNow();
			running.remove(jobId);
		}
	}

	private void renderChunk(String jobId, Instant startedAt, List<Long> slice) {
		int done = 0;
		int failed = 0;
		for (Certificate certificate : certificates.findAllById(slice)) {
			if (Thread.currentThread().isInterrupted()) {
				break;
			}
			if (files.renderedAt(certificate).filter(at -> !at.isBefore(startedAt)).isEmpty()) {
				try {
					files.render(certificate);
				}
				catch (RuntimeException ex) {
					log.warn("Could not render certificate {}", certificate.getSerial(), ex);
					failed++;
					continue;
				}
			}
			if (++done % PROGRESS_STEP == 0) {
				jobs.advance(jobId, PROGRESS_STEP, 0);
			}
		}
		jobs.advance(jobId, done % PROGRESS_STEP, failed);
	}

	private void complete(String jobId, @Nullable String error) {
		jobs.findById(jobId).ifPresent(job -> {
			if (error == null) {
				job.finish(clock.instant());
			}
			else {
				job.fail(error, clock.instant());
			}
			jobs.save(job);
		});
	}

}
