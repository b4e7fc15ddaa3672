package vn.hocso.platform;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import vn.hocso.testing.KeycloakJwt;
import vn.hocso.testing.OutageProxy;

/**
 * A database outage as clients see it: API calls are answered 503 with Retry-After (the
 * client keeps what it sent and retries), never 500, and the app serves again by itself
 * once the database is back. The app reaches its database (H2 over TCP, or the pass's
 * PostgreSQL) through a relay that the test cuts.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(properties = { "spring.datasource.hikari.connection-timeout=1000",
		"spring.datasource.hikari.validation-timeout=500",
		"spring.datasource.hikari.exception-override-class-name=vn.hocso.testing.H2ClosedConnectionsEvicted" })
class DatabaseOutageTests {

	static final JwtRequestPostProcessor ADMIN = KeycloakJwt.user("demo.admin", "NA", "ADMIN");

	private static Server h2;

	private static OutageProxy proxy;

	@Autowired
	MockMvc mvc;

	@DynamicPropertySource
	static void databaseThroughTheRelay(DynamicPropertyRegistry registry) throws Exception {
		String postgres = System.getProperty("spring.profiles.active", "").contains("postgres")
				? System.getenv("HOCSO_DB_URL") : null;
		if (postgres != null) {
			URI server = URI.create(postgres.substring("jdbc:".length()));
			proxy = new OutageProxy(server.getHost(), server.getPort() < 0 ? 5432 : server.getPort());
			registry.add("spring.datasource.url",
					() -> postgres.replaceFirst("//[^/]+/", "//127.0.0.1:" + proxy.port() + "/"));
		}
		else {
			h2 = Server.createTcpServer("-tcpPort", "0", "-ifNotExists").start();
			proxy = new OutageProxy("127.0.0.1", h2.getPort());
			String name = "outage-" + UUID.randomUUID();
			registry.add("spring.datasource.url",
					() -> "jdbc:h2:tcp://127.0.0.1:" + proxy.port() + "/mem:" + name + ";DB_CLOSE_DELAY=-1");
		}
	}

	@AfterAll
	static void stop() throws Exception {
		proxy.close();
		if (h2 != null) {
			h2.stop();
		}
	}

	@Test
	void callsDuringAnOutageAreAnswered503WithRetryAfterAndServedAgainOnceTheDatabaseIsBack() throws Exception {
		mvc.perform(get("/api/learners").with(ADMIN)).andExpect(status().isOk());

		proxy.cut();
		try {
			mvc.perform(get("/api/learners").with(ADMIN).header("Accept-Language", "en"))
				.andExpect(status().isServiceUnavailable())
				.andExpect(header().string("Retry-After", "5"))
				.andExpect(jsonPath("$.code").value("database-unavailable"))
				.andExpect(jsonPath("$.title").value("Temporarily unavailable"));
			mvc.perform(post("/api/learners").with(ADMIN)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"fullName\": \"Lê Thị Mất Điện\", \"unitId\": 1, \"category\": \"CONG_CHUC\"}"))
				.andExpect(status().isServiceUnavailable())
				.andExpect(header().string("Retry-After", "5"))
				.andExpect(jsonPath("$.title").value("Hệ thống tạm thời gián đoạn"));
		}
		finally {
			proxy.restore();
		}

		Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
		while (mvc.perform(get("/api/learners").with(ADMIN)).andReturn().getResponse().getStatus() != 200) {
			if (Instant.now().isAfter(deadline)) {
				throw new AssertionError("The app did not serve again within 30 s of the database coming back");
			}
			Thread.sleep(200);
		}
	}

}
