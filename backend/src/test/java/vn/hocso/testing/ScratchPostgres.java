package vn.hocso.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * An empty PostgreSQL database of its own for a test that starts the app from nothing,
 * created on the server of the postgres pass (HOCSO_DB_URL) and dropped afterwards.
 */
public final class ScratchPostgres implements AutoCloseable {

	private final String serverUrl;

	private final String name;

	private ScratchPostgres(String serverUrl, String name) {
		this.serverUrl = serverUrl;
		this.name = name;
	}

	/**
	 * True in the postgres pass (-Ppostgres), which gives the server through
	 * HOCSO_DB_URL.
	 */
	public static boolean available() {
		return System.getProperty("spring.profiles.active", "").contains("postgres")
				&& System.getenv("HOCSO_DB_URL") != null;
	}

	/**
	 * A database named after the pass's own (hocso →
	 * hocso_&lt;purpose&gt;_&lt;random&gt;).
	 */
	public static ScratchPostgres create(String purpose) throws SQLException {
		String base = System.getenv("HOCSO_DB_URL");
		String name = (databaseName(base) + "_" + purpose + "_" + UUID.randomUUID().toString().substring(0, 8))
			.toLowerCase(Locale.ROOT);
		ScratchPostgres db = new ScratchPostgres(base, name);
		try (Connection admin = DriverManager.getConnection(base, user(), password());
				Statement sql = admin.createStatement()) {
			sql.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
		}
		return db;
	}

	public String url() {
		int slash = serverUrl.indexOf('/', "jdbc:postgresql://".length());
		int query = serverUrl.indexOf('?', slash);
		return serverUrl.substring(0, slash + 1) + name + (query < 0 ? "" : serverUrl.substring(query));
	}

	private static String databaseName(String url) {
		int slash = url.indexOf('/', "jdbc:postgresql://".length());
		int query = url.indexOf('?', slash);
		return url.substring(slash + 1, query < 0 ? url.length() : query);
	}

	public Connection connect() throws SQLException {
		return DriverManager.getConnection(url(), user(), password());
	}

	public static String user() {
		return System.getenv().getOrDefault("HOCSO_DB_USER", "hocso");
	}

	public static String password() {
		return System.getenv().getOrDefault("HOCSO_DB_PASSWORD", "hocso");
	}

	@Override
	public void close() throws SQLException {
		try (Connection admin = DriverManager.getConnection(serverUrl, user(), password());
				Statement sql = admin.createStatement()) {
			sql.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
		}
	}

}
