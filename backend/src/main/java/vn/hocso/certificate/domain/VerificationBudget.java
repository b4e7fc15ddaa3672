package vn.hocso.certificate.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.hocso.platform.jobs.ClusterScheduled;

/**
 * How many public verifications a client may make, shared by every node: {@code capacity}
 * requests per {@code refill-period} window and client, counted in the database
 * (verification_rate_window) by an SQL increment, so two nodes behind a balancer draw on
 * one budget. The client is kept as a hash of its address, never the address.
 */
@Component
public class VerificationBudget {

	private static final Logger log = LoggerFactory.getLogger(VerificationBudget.class);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final int capacity;

	private final long windowMillis;

	VerificationBudget(JdbcClient jdbc, Clock clock,
			@Value("${hocso.certificates.rate-limit.capacity:30}") int capacity,
			@Value("${hocso.certificates.rate-limit.refill-period:1m}") Duration window) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.capacity = capacity;
		this.windowMillis = Math.max(1000, window.toMillis());
	}

	/**
	 * Counts one request of this client: 0 when it is within the budget, else the seconds
	 * until the next window.
	 */
	public long take(String clientAddress) {
		long now = clock.millis();
		long start = now - Math.floorMod(now, windowMillis);
		int hits = increment(key(clientAddress), new Timestamp(start));
		if (hits <= capacity) {
			return 0;
		}
		return Math.max(1, (long) Math.ceil((start + windowMillis - now) / 1000d));
	}

	private int increment(String client, Timestamp window) {
		if (add(client, window) == 0) {
			try {
				jdbc.sql("insert into verification_rate_window (client_key, window_start, hits) values (?, ?, 1)")
					.params(client, window)
					.update();
				return 1;
			}
			catch (DuplicateKeyException sameMoment) {
				// Another node opened the window first: count on its row.
				add(client, window);
			}
		}
		return jdbc.sql("select hits from verification_rate_window where client_key = ? and window_start = ?")
			.params(client, window)
			.query(Integer.class)
			.single();
	}

	private int add(String client, Timestamp window) {
		return jdbc.sql("update verification_rate_window set hits = hits + 1 where client_key = ? and window_start = ?")
			.params(client, window)
			.update();
	}

	@ClusterScheduled(name = "verification-rate-window-cleanup", cron = "0 */15 * * * *")
	void forgetPastWindows() {
		int forgotten = jdbc.sql("delete from verification_rate_window where window_start < ?")
			.param(new Timestamp(clock.millis() - 2 * windowMillis))
			.update();
		log.debug("Forgot {} verification rate windows", forgotten);
	}

	private static String key(String clientAddress) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(clientAddress.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
