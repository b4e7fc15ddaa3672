package vn.hocso.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.hocso.testing.RealKeycloak;

/**
 * An upload above the servlet container's multipart limit, through the real server
 * (MockMvc has no such limit): a 413 problem with a code, in the caller's language, not
 * Spring's English sentence.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"spring.servlet.multipart.max-file-size=64KB", "spring.servlet.multipart.max-request-size=64KB" })
class UploadLimitIT {

	private static final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void keycloak(DynamicPropertyRegistry registry) {
		registry.add("hocso.keycloak.url", RealKeycloak::url);
	}

	@BeforeAll
	static void keycloakIsUp() {
		RealKeycloak.awaitReady(Duration.ofMinutes(3));
	}

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource({ "vi, Tệp tải lên lớn hơn giới hạn 64 KB của máy chủ.",
			"en, The uploaded file is larger than the server's limit of 64 KB." })
	void anUploadAboveTheMultipartLimitIsAProblemInTheCallersLanguage(String language, String detail) throws Exception {
		String boundary = "hocso" + ThreadLocalRandom.current().nextLong(1_000_000);
		byte[] content = new byte[100 * 1024];
		String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bai.mp4\"\r\n"
				+ "Content-Type: video/mp4\r\n\r\n";
		String tail = "\r\n--" + boundary + "--\r\n";
		byte[] body = new byte[head.length() + content.length + tail.length()];
		System.arraycopy(head.getBytes(StandardCharsets.US_ASCII), 0, body, 0, head.length());
		System.arraycopy(tail.getBytes(StandardCharsets.US_ASCII), 0, body, head.length() + content.length,
				tail.length());
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/media"))
			.header("Authorization", "Bearer " + RealKeycloak.demoUserToken("demo.admin"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Accept-Language", language)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();

		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
		JsonNode problem = JsonMapper.builder().build().readTree(response.body());
		assertThat(problem.path("code").asString()).isEqualTo("upload-too-large");
		assertThat(problem.path("detail").asString()).isEqualTo(detail);
	}

}
