package vn.hocso.openlearning;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Citizens arriving from posters, against a running app: each visit is a scan
 * ({@code GET /q/<code>}, counted in the database, answered 302) and the material page it
 * leads to ({@code GET /m/<slug>}, gzip as a phone asks); the stylesheet is cached by
 * then. Prints visits per second, p50/p99 and the app's CPU per visit from
 * /proc/PID/stat, and what that CPU means for a campaign hour on 2 cores. Not a unit test
 * (its name matches no Surefire pattern); run by hand, see docs/benchmarks.md.
 */
@Tag("benchmark")
class MaterialPageBenchmark {

	private static final String BASE = System.getProperty("benchmark.url", "http://localhost:8098");

	private static final String CODE = System.getProperty("benchmark.code", "");

	private static final String SLUG = System.getProperty("benchmark.slug", "nhan-biet-lua-dao");

	private static final int CLIENTS = Integer.getInteger("benchmark.clients", 32);

	private static final int SECONDS = Integer.getInteger("benchmark.seconds", 30);

	private static final long PID = Long.getLong("benchmark.pid", -1L);

	@Test
	void citizensOpenAMaterialFromAPoster() throws Exception {
		HttpClient http = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.executor(Executors.newVirtualThreadPerTaskExecutor())
			.build();
		// Warm-up: the JIT, the connection pool and the first page render.
		run(http, Math.min(8, CLIENTS), 10);
		long cpuBefore = cpuMillis(PID);
		long start = System.nanoTime();
		Result result = run(http, CLIENTS, SECONDS);
		double seconds = (System.nanoTime() - start) / 1e9;
		long cpu = cpuMillis(PID) - cpuBefore;
		double visitsPerSecond = result.visits / seconds;
		List<Long> latencies = result.latencies;
		Collections.sort(latencies);
		double cpuPerVisit = result.visits == 0 ? 0 : (double) cpu / result.visits;
		System.out.printf("=== BENCHMARK open material: %d clients, %.1f s: %d visits (scan + page), %.1f visits/s, "
				+ "%.1f requests/s, p50 %.1f ms, p99 %.1f ms per visit, %d failed, page %d bytes gzip; app CPU %.1f s "
				+ "(%.2f CPU-ms per visit)%s ===%n", CLIENTS, seconds, result.visits, visitsPerSecond,
				visitsPerSecond * (CODE.isEmpty() ? 1 : 2), percentile(latencies, 50), percentile(latencies, 99),
				result.failed.get(), result.pageBytes.get(), cpu / 1000.0, cpuPerVisit,
				PID < 0 ? "" : String.format("; at 2 cores for the app alone: %.0f visits/s, %,.0f per hour",
						2000 / cpuPerVisit, 2000 / cpuPerVisit * 3600));
	}

	private record Result(long visits, List<Long> latencies, AtomicLong failed, AtomicLong pageBytes) {
	}

	private static Result run(HttpClient http, int clients, int seconds) throws Exception {
		AtomicBoolean stop = new AtomicBoolean();
		AtomicLong visits = new AtomicLong();
		AtomicLong failed = new AtomicLong();
		AtomicLong pageBytes = new AtomicLong();
		List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
		HttpRequest scan = HttpRequest.newBuilder(URI.create(BASE + "/q/" + CODE))
			.timeout(Duration.ofSeconds(30))
			.build();
		HttpRequest page = HttpRequest.newBuilder(URI.create(BASE + "/m/" + SLUG))
			.header("Accept-Encoding", "gzip")
			.header("Accept-Language", "vi")
			.timeout(Duration.ofSeconds(30))
			.build();
		try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int c = 0; c < clients; c++) {
				pool.submit(() -> {
					while (!stop.get()) {
						long t0 = System.nanoTime();
						try {
							if (!CODE.isEmpty()) {
								HttpResponse<Void> redirect = http.send(scan, HttpResponse.BodyHandlers.discarding());
								if (redirect.statusCode() != 302) {
									failed.incrementAndGet();
									continue;
								}
							}
							HttpResponse<byte[]> body = http.send(page, HttpResponse.BodyHandlers.ofByteArray());
							if (body.statusCode() != 200) {
								failed.incrementAndGet();
								continue;
							}
							pageBytes.set(body.body().length);
							latencies.add(System.nanoTime() - t0);
							visits.incrementAndGet();
						}
						catch (Exception ex) {
							failed.incrementAndGet();
						}
					}
					return null;
				});
			}
			Thread.sleep(seconds * 1000L);
			stop.set(true);
		}
		return new Result(visits.get(), latencies, failed, pageBytes);
	}

	private static double percentile(List<Long> sorted, int p) {
		if (sorted.isEmpty()) {
			return 0;
		}
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
	}

	/** utime + stime of the process, in ms (clock ticks of 10 ms). */
	private static long cpuMillis(long pid) throws Exception {
		if (pid < 0) {
			return 0;
		}
		String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
		String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
		return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
	}

}
