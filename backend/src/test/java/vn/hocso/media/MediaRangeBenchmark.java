package vn.hocso.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import vn.hocso.testing.SampleMedia;

/**
 * Range-request throughput against a running app: uploads a 100 MB video, then 50 clients
 * each ask for random 1 MB ranges (as video players do) for 30 s, checking every byte.
 * Prints MB/s, requests/s, p50/p99 latency and the app's CPU time (from /proc/PID/stat).
 * Not a unit test: its name matches no Surefire pattern, run it by name
 * (docs/benchmarks.md, "Media range requests").
 */
@Tag("benchmark")
class MediaRangeBenchmark {

	private static final String BASE = System.getProperty("benchmark.url", "http://localhost:8081");

	private static final String KEYCLOAK = System.getProperty("hocso.keycloak.url", "http://127.0.0.1:8180");

	private static final int CLIENTS = Integer.getInteger("benchmark.clients", 50);

	private static final int SECONDS = Integer.getInteger("benchmark.seconds", 30);

	private static final int FILE_MB = Integer.getInteger("benchmark.file-mb", 100);

	private static final int RANGE = 1 << 20;

	@Test
	void rangeRequestsOfA100MbVideoBy50Clients() throws Exception {
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		String token = token(http);
		byte[] video = SampleMedia.mp4(1_800_000, FILE_MB * 1024 * 1024);
		String id = upload(http, token, video);
		String url = BASE + json(http
			.send(HttpRequest.newBuilder(URI.create(BASE + "/api/media/" + id + "/link"))
				.header("Authorization", "Bearer " + token)
				.build(), BodyHandlers.ofString())
			.body(), "url");

		long pid = Long.getLong("benchmark.pid", -1);
		long cpuBefore = cpuMillis(pid);
		AtomicLong bytes = new AtomicLong();
		List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
		AtomicLong failures = new AtomicLong();
		long start = System.nanoTime();
		long end = start + Duration.ofSeconds(SECONDS).toNanos();
		List<Thread> clients = new ArrayList<>();
		for (int c = 0; c < CLIENTS; c++) {
			clients.add(Thread.ofVirtual().start(() -> {
				while (System.nanoTime() < end) {
					int from = ThreadLocalRandom.current().nextInt(video.length - RANGE);
					long t0 = System.nanoTime();
					try {
						var response = http.send(HttpRequest.newBuilder(URI.create(url))
							.header("Range", "bytes=" + from + "-" + (from + RANGE - 1))
							.build(), BodyHandlers.ofByteArray());
						latencies.add(System.nanoTime() - t0);
						if (response.statusCode() != 206
								|| !Arrays.equals(response.body(), 0, RANGE, video, from, from + RANGE)) {
							failures.incrementAndGet();
						}
						bytes.addAndGet(response.body().length);
					}
					catch (Exception e) {
						failures.incrementAndGet();
					}
				}
			}));
		}
		for (Thread client : clients) {
			client.join();
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		long cpu = cpuMillis(pid) - cpuBefore;
		List<Long> sorted = new ArrayList<>(latencies);
		Collections.sort(sorted);
		System.out.printf(
				"=== BENCHMARK: %d MB file, %d clients, 1 MB ranges, %.1f s: %.1f MB/s, %.1f requests/s, p50 %.1f ms, p99 %.1f ms, %d failed; app CPU %s ===%n",
				FILE_MB, CLIENTS, seconds, bytes.get() / 1048576.0 / seconds, sorted.size() / seconds,
				percentile(sorted, 0.50), percentile(sorted, 0.99), failures.get(),
				pid < 0 ? "not measured (-Dbenchmark.pid=…)"
						: String.format("%.1f s (%.0f%% of one core, %.2f CPU-ms per MB)", cpu / 1000.0,
								cpu / 10.0 / seconds, cpu / (bytes.get() / 1048576.0)));
		assertThat(failures.get()).isZero();
	}

	private static double percentile(List<Long> sorted, double p) {
		return sorted.isEmpty() ? 0
				: sorted.get((int) Math.min(sorted.size() - 1, Math.floor(p * sorted.size()))) / 1e6;
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

	private static String token(HttpClient http) throws Exception {
		String form = "grant_type=password&client_id=hocso-test&username=demo.admin&password="
				+ URLEncoder.encode("HocSo@2026", StandardCharsets.UTF_8);
		var response = http
			.send(HttpRequest.newBuilder(URI.create(KEYCLOAK + "/realms/hocso/protocol/openid-connect/token"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(BodyPublishers.ofString(form))
				.build(), BodyHandlers.ofString());
		return json(response.body(), "access_token");
	}

	private static String upload(HttpClient http, String token, byte[] file) throws Exception {
		String boundary = "hocso" + System.nanoTime();
		ByteArrayOutputStream body = new ByteArrayOutputStream(file.length + 512);
		body.writeBytes(
				("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"benchmark.mp4\"\r\n"
						+ "Content-Type: video/mp4\r\n\r\n")
					.getBytes(StandardCharsets.US_ASCII));
		body.writeBytes(file);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
		long t0 = System.nanoTime();
		var response = http.send(HttpRequest.newBuilder(URI.create(BASE + "/api/media"))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		System.out.printf("=== upload of %d MB: %.1f s ===%n", file.length >> 20, (System.nanoTime() - t0) / 1e9);
		return json(response.body(), "id");
	}

	private static String json(String body, String field) {
		Matcher matcher = Pattern.compile("\"" + field + "\"\\s*:\\s*\"([^\"]+)\"").matcher(body);
		assertThat(matcher.find()).as(body).isTrue();
		return matcher.group(1);
	}

}
