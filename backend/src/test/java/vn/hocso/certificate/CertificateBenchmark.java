package vn.hocso.certificate;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import vn.hocso.certificate.domain.Certificate;
import vn.hocso.certificate.domain.CertificateIssuer;
import vn.hocso.certificate.domain.CertificateProperties;
import vn.hocso.certificate.domain.RegenerationJob;
import vn.hocso.certificate.domain.RegenerationJobs;
import vn.hocso.course.CourseCatalog;
import vn.hocso.enrolment.EnrolmentCompleted;
import vn.hocso.learner.LearnerDirectory;
import vn.hocso.organization.OrgUnitDirectory;

/**
 * Issues and signs 4,500 certificates, renders their PDFs through the background
 * regeneration, then measures the public verification endpoint over HTTP. Not a test (its
 * name matches no Surefire pattern); run it with the command in docs/benchmarks.md
 * ("Certificates"), it prints its figures.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "hocso.certificates.rate-limit.capacity=100000000",
				"hocso.certificates.pdf-dir=target/benchmark-certificates/pdf" })
class CertificateBenchmark {

	private static final int COUNT = Integer.getInteger("benchmark.certificates", 4500);

	@Autowired
	CertificateIssuer issuer;

	@Autowired
	RegenerationJobs jobs;

	@Autowired
	OrgUnitDirectory units;

	@Autowired
	CertificateProperties properties;

	@LocalServerPort
	int port;

	@MockitoBean
	LearnerDirectory learners;

	@MockitoBean
	CourseCatalog courses;

	@Test
	void issueRenderAndVerify() throws Exception {
		CertificateFixtures fixtures = new CertificateFixtures();
		fixtures.stubRegistries(learners, courses);
		var unit = units.findSummaryByCode("NA-DIENCHAU-DIENKY").orElseThrow();
		long wave = CertificateFixtures.nextId();
		List<EnrolmentCompleted> completions = new ArrayList<>();
		for (int i = 0; i < COUNT; i++) {
			completions.add(fixtures.completion(fixtures.learner("Nguyễn Thị Hồng Ánh " + i, unit), wave));
		}

		long started = System.nanoTime();
		long cpuStarted = cpuNanos();
		ExecutorService pool = Executors.newFixedThreadPool(4);
		List<Future<Certificate>> issued = new ArrayList<>();
		for (EnrolmentCompleted completed : completions) {
			issued.add(pool.submit(() -> issuer.issue(completed)));
		}
		List<Certificate> certificates = new ArrayList<>();
		for (Future<Certificate> future : issued) {
			certificates.add(future.get());
		}
		pool.shutdown();
		double issuing = seconds(started);
		double issuingCpu = (cpuNanos() - cpuStarted) / 1e9;

		started = System.nanoTime();
		cpuStarted = cpuNanos();
		String jobId = jobs.start(wave, certificates.stream().map(Certificate::getId).toList()).getId();
		RegenerationJob job = jobs.find(jobId).orElseThrow();
		while (job.getStatus() == RegenerationJob.Status.RUNNING) {
			Thread.sleep(100);
			job = jobs.find(jobId).orElseThrow();
		}
		double rendering = seconds(started);
		double renderingCpu = (cpuNanos() - cpuStarted) / 1e9;
		long bytes;
		try (Stream<Path> files = Files.list(Path.of(properties.pdfDir()))) {
			bytes = files.filter(f -> f.toString().endsWith(".pdf")).mapToLong(CertificateBenchmark::size).sum();
		}

		Verification verification = verify(certificates, Duration.ofSeconds(10));

		System.out.printf("%n=== BENCHMARK: %d certificates issued and signed in %.1f s (%.0f/s) ===%n", COUNT, issuing,
				COUNT / issuing);
		System.out.printf(
				"=== BENCHMARK: %d PDFs rendered in %.1f s (%.0f PDFs/s, %d threads, %d failed), mean PDF %.1f KB ===%n",
				job.getDone(), rendering, job.getDone() / rendering, properties.pdfParallelism(), job.getFailed(),
				bytes / 1024.0 / Math.max(1, job.getDone()));
		System.out.printf(
				"=== BENCHMARK: issue + sign + PDF for %d: %.1f s wall; CPU used %.1f s issuing + %.1f s rendering (load average %.1f on %d cores) ===%n",
				COUNT, issuing + rendering, issuingCpu, renderingCpu,
				java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
				Runtime.getRuntime().availableProcessors());
		System.out.printf(
				"=== BENCHMARK: GET /api/public/certificates/{code}: %d requests in %.1f s = %.0f req/s (8 clients over HTTP, loopback) ===%n%n",
				verification.requests, verification.seconds, verification.requests / verification.seconds);
	}

	private Verification verify(List<Certificate> certificates, Duration duration) throws Exception {
		HttpClient client = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(2)).build();
		AtomicBoolean stop = new AtomicBoolean();
		AtomicLong requests = new AtomicLong();
		AtomicLong failures = new AtomicLong();
		long started = System.nanoTime();
		try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int c = 0; c < 8; c++) {
				int offset = c;
				clients.submit(() -> {
					int i = offset;
					while (!stop.get()) {
						String code = certificates.get(i++ % certificates.size()).getVerificationCode();
						HttpRequest request = HttpRequest
							.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/public/certificates/" + code))
							.build();
						try {
							int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
							(status == 200 ? requests : failures).incrementAndGet();
						}
						catch (IOException | InterruptedException ex) {
							failures.incrementAndGet();
						}
					}
				});
			}
			Thread.sleep(duration.toMillis());
			stop.set(true);
		}
		if (failures.get() > 0) {
			System.out.println("Verification failures: " + failures.get());
		}
		return new Verification(requests.get(), seconds(started));
	}

	private record Verification(long requests, double seconds) {
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			return 0;
		}
	}

	/** CPU time of this JVM: what the work costs whatever else the machine runs. */
	private static long cpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
			.getOperatingSystemMXBean()).getProcessCpuTime();
	}

	private static double seconds(long startedNanos) {
		return (System.nanoTime() - startedNanos) / 1e9;
	}

}
