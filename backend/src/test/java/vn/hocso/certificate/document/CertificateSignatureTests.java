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
			LocalDate.of(2026, 11, 21), "test-1", CertificateContent.FORMAT_BIRTH_DATE_COMMITTED,
			"q3Vx1bU8cT0yZkR2mW9fAg");

	/**
	 * The same certificate as issued before the date of birth was committed (format 1).
	 */
	static final CertificateContent FORMAT_1 = new CertificateContent("NA-2026-000123", "k7m2x9qa3hf8wz5c",
			"Nguyễn Thị Hồng Ánh", LocalDate.of(1990, 5, 17), "Xã Diễn Kỷ", "Kỹ năng số cơ bản", 750,
			LocalDate.of(2026, 11, 20), 92, "Sở Thông tin và Truyền thông tỉnh Nghệ An", "Giám đốc", null,
			LocalDate.of(2026, 11, 21), "test-1", CertificateContent.FORMAT_WITHOUT_BIRTH_DATE, null);

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
	void theSignedContentCommitsToTheDateOfBirthWithoutShowingItOrItsSalt() {
		assertThat(CONTENT.canonicalJson()).doesNotContain("1990")
			.doesNotContain(CONTENT.dateOfBirthSalt())
			.contains("\"dateOfBirthCommitment\":\"" + CONTENT.dateOfBirthCommitment() + "\"")
			.contains("\"formatVersion\":2");
		assertThat(CONTENT.dateOfBirthCommitment()).hasSize(43);
	}

	@Test
	void alteringTheDateOfBirthBreaksTheSignature() {
		String signature = keys.sign(bytes(CONTENT.signedFields()));
		CertificateContent otherBirthDate = withBirthDate(CONTENT, LocalDate.of(1990, 5, 18));

		assertThat(keys.verify("test-1", bytes(otherBirthDate.signedFields()), signature)).isFalse();
		assertThat(keys.verify("test-1", bytes(withBirthDate(CONTENT, null).signedFields()), signature)).isFalse();
	}

	@Test
	void theCommitmentOpensWithTheRightDateOfBirthAndSaltOnly() {
		String commitment = CONTENT.dateOfBirthCommitment();

		assertThat(DateOfBirthCommitment.matches(commitment, CONTENT.dateOfBirthSalt(), LocalDate.of(1990, 5, 17)))
			.isTrue();
		assertThat(DateOfBirthCommitment.matches(commitment, CONTENT.dateOfBirthSalt(), LocalDate.of(1990, 5, 18)))
			.isFalse();
		assertThat(
				DateOfBirthCommitment.matches(commitment, DateOfBirthCommitment.newSalt(), LocalDate.of(1990, 5, 17)))
			.isFalse();
	}

	@Test
	void theCommitmentIsSha256OfTheSaltBytesThenTheIsoDate() throws Exception {
		java.security.MessageDigest sha256 = java.security.MessageDigest.getInstance("SHA-256");
		sha256.update(java.util.Base64.getUrlDecoder().decode("q3Vx1bU8cT0yZkR2mW9fAg"));
		sha256.update("1990-05-17".getBytes(StandardCharsets.UTF_8));

		assertThat(CONTENT.dateOfBirthCommitment())
			.isEqualTo(java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(sha256.digest()));
	}

	@Test
	void saltsAre128RandomBits() {
		String salt = DateOfBirthCommitment.newSalt();

		assertThat(java.util.Base64.getUrlDecoder().decode(salt)).hasSize(16);
		assertThat(DateOfBirthCommitment.newSalt()).isNotEqualTo(salt);
	}

	@Test
	void aFormat1CertificateKeepsItsOriginalSignedFormAndStillVerifies() {
		String signedBefore = "{\"code\":\"k7m2x9qa3hf8wz5c\",\"completedOn\":\"2026-11-20\",\"courseMinutes\":750,"
				+ "\"courseTitle\":\"Kỹ năng số cơ bản\",\"fullName\":\"Nguyễn Thị Hồng Ánh\",\"issuedOn\":\"2026-11-21\","
				+ "\"issuer\":\"Sở Thông tin và Truyền thông tỉnh Nghệ An\",\"kid\":\"test-1\",\"scorePercent\":92,"
				+ "\"serial\":\"NA-2026-000123\",\"signerName\":null,\"signerTitle\":\"Giám đốc\",\"unitName\":\"Xã Diễn Kỷ\"}";
		String signature = keys.sign(signedBefore.getBytes(StandardCharsets.UTF_8));

		assertThat(FORMAT_1.canonicalJson()).isEqualTo(signedBefore);
		assertThat(keys.verify("test-1", FORMAT_1.canonicalJson().getBytes(StandardCharsets.UTF_8), signature))
			.isTrue();
		assertThat(FORMAT_1.dateOfBirthCommitment()).isNull();
	}

	@Test
	void aFormat2CertificateNeedsASalt() {
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> withSalt(CONTENT, null));
	}

	private static CertificateContent withBirthDate(CertificateContent c,
			@org.jspecify.annotations.Nullable LocalDate dateOfBirth) {
		return new CertificateContent(c.serial(), c.verificationCode(), c.fullName(), dateOfBirth, c.unitName(),
				c.courseTitle(), c.courseMinutes(), c.completedOn(), c.scorePercent(), c.issuerAuthority(),
				c.signerTitle(), c.signerName(), c.issuedOn(), c.keyId(), c.formatVersion(), c.dateOfBirthSalt());
	}

	private static CertificateContent withSalt(CertificateContent c, @org.jspecify.annotations.Nullable String salt) {
		return new CertificateContent(c.serial(), c.verificationCode(), c.fullName(), c.dateOfBirth(), c.unitName(),
				c.courseTitle(), c.courseMinutes(), c.completedOn(), c.scorePercent(), c.issuerAuthority(),
				c.signerTitle(), c.signerName(), c.issuedOn(), c.keyId(), c.formatVersion(), salt);
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
