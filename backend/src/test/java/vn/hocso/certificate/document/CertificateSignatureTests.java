package vn.hocso.certificate.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CertificateSignatureTests {

	static final CertificateContent CONTENT = new CertificateContent("NA-2026-000123", "k7m2x9qa3hf8wz5c",
			"Nguyễn Thị Hồng Ánh", LocalDate.of(1990, 5, 17), "Xã Diễn Kỷ", "Kỹ năng số cơ bản", 750,
			LocalDate.of(2026, 11, 20), 92, "Sở Thông tin và Truyền thông tỉnh Nghệ An", "Giám đốc", null,
			LocalDate.of(2026, 11, 21), "test-1");

	private final SigningKeys keys = keys("test-1");

	@Test
	void canonicalJsonSortsKeysAndHasNoWhitespace() {
		Map<String, Object> value = new LinkedHashMap<>();
		value.put("b", List.of(1, "x\"y\n"));
		value.put("a", null);
		value.put("é", true);

		assertThat(CanonicalJson.write(value)).isEqualTo("{\"a\":null,\"b\":[1,\"x\\\"y\\n\"],\"é\":true}");
	}

	@Test
	void theSignatureOfACertificateVerifies() {
		String signature = keys.sign(bytes(CONTENT.signedFields()));

		assertThat(keys.verify("test-1", bytes(CONTENT.signedFields()), signature)).isTrue();
	}

	@Test
	void alteringAnySignedFieldBreaksTheSignature() {
		String signature = keys.sign(bytes(CONTENT.signedFields()));

		for (String field : CONTENT.signedFields().keySet()) {
			Map<String, Object> altered = new LinkedHashMap<>(CONTENT.signedFields());
			Object value = altered.get(field);
			altered.put(field, value instanceof Integer number ? number + 1 : value == null ? "x" : value + "x");
			assertThat(keys.verify("test-1", bytes(altered), signature)).as("altered " + field).isFalse();
		}
	}

	@Test
	void anotherKeyDoesNotVerifyTheSignature() {
		String signature = keys.sign(bytes(CONTENT.signedFields()));
		SigningKeys other = keys("test-1");

		assertThat(other.verify("test-1", bytes(CONTENT.signedFields()), signature)).isFalse();
	}

	@Test
	void anUnknownKeyIdDoesNotVerify() {
		String signature = keys.sign(bytes(CONTENT.signedFields()));

		assertThat(keys.verify("retired-unknown", bytes(CONTENT.signedFields()), signature)).isFalse();
	}

	@Test
	void theDateOfBirthIsNotInTheSignedContent() {
		assertThat(CONTENT.canonicalJson()).doesNotContain("1990").doesNotContainIgnoringCase("birth");
	}

	@Test
	void base58RoundTrips() {
		byte[] bytes = { 0, 0, 1, 2, (byte) 255, 77 };

		assertThat(Base58.decode(Base58.encode(bytes))).isEqualTo(bytes);
		assertThat(Base58.encode("hello world".getBytes(StandardCharsets.US_ASCII))).isEqualTo("StV1DL6CwTryKyV");
	}

	static byte[] bytes(Map<String, Object> fields) {
		return CanonicalJson.write(fields).getBytes(StandardCharsets.UTF_8);
	}

	static SigningKeys keys(String keyId) {
		try {
			KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
			return new SigningKeys(keyId, pair.getPrivate(), Map.of(keyId, pair.getPublic()));
		}
		catch (java.security.GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
