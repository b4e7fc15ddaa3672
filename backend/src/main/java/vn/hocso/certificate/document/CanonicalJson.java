package vn.hocso.certificate.document;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * JSON in the JSON Canonicalization Scheme's form (RFC 8785) for the values certificates
 * use: objects with keys sorted by UTF-16 code units, no whitespace, strings escaped
 * minimally, integers, booleans and null. The same bytes come out on every machine, so
 * they can be signed.
 */
public final class CanonicalJson {

	private CanonicalJson() {
	}

	public static String write(Object value) {
		StringBuilder out = new StringBuilder(512);
		append(out, value);
		return out.toString();
	}

	private static void append(StringBuilder out, Object value) {
		switch (value) {
			case null -> out.append("null");
			case String text -> string(out, text);
			case Boolean bool -> out.append(bool);
			case Integer number -> out.append(number);
			case Long number -> {
				if (Math.abs(number) > (1L << 53)) {
					throw new IllegalArgumentException("Integer beyond JSON's exact range: " + number);
				}
				out.append(number);
			}
			case Map<?, ?> map -> {
				TreeMap<String, Object> sorted = new TreeMap<>();
				map.forEach((key, item) -> sorted.put((String) key, item));
				out.append('{');
				boolean first = true;
				for (Map.Entry<String, Object> entry : sorted.entrySet()) {
					if (!first) {
						out.append(',');
					}
					first = false;
					string(out, entry.getKey());
					out.append(':');
					append(out, entry.getValue());
				}
				out.append('}');
			}
			case List<?> list -> {
				out.append('[');
				for (int i = 0; i < list.size(); i++) {
					if (i > 0) {
						out.append(',');
					}
					append(out, list.get(i));
				}
				out.append(']');
			}
			default -> throw new IllegalArgumentException("Not a canonical JSON value: " + value.getClass());
		}
	}

	private static void string(StringBuilder out, String text) {
		out.append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\b' -> out.append("\\b");
				case '\f' -> out.append("\\f");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				default -> {
					if (c < 0x20) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		out.append('"');
	}

}
