package vn.hocso.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.hocso.testing.AppProcess;
import vn.hocso.testing.RealKeycloak;
import vn.hocso.testing.ScratchPostgres;

/**
 * The embedded H2 default (what ./hocso run gives) keeps every write it acknowledged when
 * the app is killed with kill -9 right after: the packaged app in its own JVM, on its own
 * H2 file.
 */
class EmbeddedH2DurabilityIT {

	private static final HttpClient http = HttpClient.newHttpClient();

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final Duration START = Duration.ofMinutes(6);

	@Test
	void writesAcknowledgedJustBeforeAKill9AreThereAfterTheRestart() throws Exception {
		assumeFalse(ScratchPostgres.available(), "the embedded H2 default is tested in the H2 pass");
		RealKeycloak.awaitReady(Duration.ofMinutes(3));
		Path dir = Path.of("target", "h2-durability-it", UUID.randomUUID().toString()).toAbsolutePath();
		List<String> arguments = List.of("--hocso.data-dir=" + dir,
				"--hocso.demo.org-tree=classpath:seed-data/org-tree.json");
		String token = RealKeycloak.demoUserToken("demo.unitadmin");
		String tag = UUID.randomUUID().toString().substring(0, 8);
		List<Long> acknowledged = new ArrayList<>();

		try (AppProcess app = AppProcess.start(dir.resolve("first.log"), arguments)) {
			app.awaitReady(START);
			long unit = json.readTree(send(app, "GET", "/api/me", null, token).body())
				.get("orgUnit")
				.get("id")
				.asLong();
			for (int i = 0; i < 20; i++) {
				HttpResponse<String> created = send(app, "POST", "/api/learners", """
						{"fullName": "Nguyễn Văn Bền %s %d", "unitId": %d, "category": "CONG_CHUC"}""".formatted(tag, i,
						unit), token);
				assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
				acknowledged.add(json.readTree(created.body()).get("id").asLong());
			}
			app.kill9();
		}

		try (AppProcess app = AppProcess.start(dir.resolve("restarted.log"), arguments)) {
			app.awaitReady(START);
			String fresh = RealKeycloak.demoUserToken("demo.unitadmin");
			for (int i = 0; i < acknowledged.size(); i++) {
				HttpResponse<String> learner = send(app, "GET", "/api/learners/" + acknowledged.get(i), null, fresh);
				assertThat(learner.statusCode()).as("learner %d of %d after the kill", i + 1, acknowledged.size())
					.isEqualTo(200);
				JsonNode body = json.readTree(learner.body());
				assertThat(body.get("fullName").asString()).isEqualTo("Nguyễn Văn Bền " + tag + " " + i);
			}
		}
	}

	private static HttpResponse<String> send(AppProcess app, String method, String path, String body, String token)
			throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app.uri(path).toString()))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.timeout(Duration.ofSeconds(30));
		request.method(method,
				body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
