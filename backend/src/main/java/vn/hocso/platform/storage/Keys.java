package vn.hocso.platform.storage;

import java.util.regex.Pattern;

/**
 * Keys are relative paths of plain names: letters, digits, {@code . _ -}, segments joined
 * by {@code /}.
 */
final class Keys {

	private static final Pattern KEY = Pattern
		.compile("[A-Za-z0-9_-][A-Za-z0-9._-]{0,199}(/[A-Za-z0-9_-][A-Za-z0-9._-]{0,199}){0,7}");

	private Keys() {
	}

	static String require(String key) {
		if (!KEY.matcher(key).matches() || key.contains("..")) {
			throw new IllegalArgumentException("Not a storage key: " + key);
		}
		return key;
	}

}
