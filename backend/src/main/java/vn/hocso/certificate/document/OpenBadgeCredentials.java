package vn.hocso.certificate.document;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A certificate as an Open Badges 3.0 {@code OpenBadgeCredential} (a W3C Verifiable
 * Credential), with an embedded {@code DataIntegrityProof} of cryptosuite
 * {@code eddsa-jcs-2022} made with the same Ed25519 key as the certificate.
 */
public final class OpenBadgeCredentials {

	static final List<String> CONTEXT = List.of("https://www.w3.org/2018/credentials/v1",
			"https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");

	private OpenBadgeCredentials() {
	}

	/** The signed credential. {@code baseUrl} is the public address of Học Số. */
	public static Map<String, Object> signed(CertificateContent content, long courseId, String baseUrl,
			SigningKeys keys, Instant now) {
		Map<String, Object> credential = unsigned(content, courseId, baseUrl);
		credential.put("proof", proof(credential, baseUrl, keys, now));
		return credential;
	}

	static Map<String, Object> unsigned(CertificateContent content, long courseId, String baseUrl) {
		Map<String, Object> achievement = new LinkedHashMap<>();
		achievement.put("id", baseUrl + "/api/public/courses/" + courseId + "/achievement");
		achievement.put("type", List.of("Achievement"));
		achievement.put("achievementType", "Certificate");
		achievement.put("name", content.courseTitle());
		achievement.put("description",
				"Hoàn thành khóa học \"" + content.courseTitle() + "\" (" + content.hours() + " giờ).");
		achievement.put("criteria",
				Map.of("narrative", "Học hết các bài giảng của khóa học và đạt bài kiểm tra cuối khóa."));

		Map<String, Object> identifier = new LinkedHashMap<>();
		identifier.put("type", "IdentityObject");
		identifier.put("hashed", false);
		identifier.put("identityHash", content.fullName());
		identifier.put("identityType", "ext:fullName");

		Map<String, Object> subject = new LinkedHashMap<>();
		subject.put("type", List.of("AchievementSubject"));
		subject.put("identifier", List.of(identifier));
		subject.put("activityEndDate", dateTime(content.completedOn()));
		subject.put("achievement", achievement);

		Map<String, Object> issuer = new LinkedHashMap<>();
		issuer.put("id", baseUrl + "/api/public/certificate-keys");
		issuer.put("type", List.of("Profile"));
		issuer.put("name", content.issuerAuthority());

		Map<String, Object> credential = new LinkedHashMap<>();
		credential.put("@context", CONTEXT);
		credential.put("id", baseUrl + "/verify/" + content.verificationCode());
		credential.put("type", List.of("VerifiableCredential", "OpenBadgeCredential"));
		credential.put("name", "Giấy chứng nhận hoàn thành khóa học: " + content.courseTitle());
		credential.put("issuer", issuer);
		credential.put("issuanceDate", dateTime(content.issuedOn()));
		credential.put("credentialSubject", subject);
		return credential;
	}

	/**
	 * eddsa-jcs-2022: sign SHA-256(JCS(proof options)) ‖ SHA-256(JCS(credential without
	 * proof)), proofValue is "z" + base58btc of the signature.
	 */
	static Map<String, Object> proof(Map<String, Object> credential, String baseUrl, SigningKeys keys, Instant now) {
		Map<String, Object> proof = new LinkedHashMap<>();
		proof.put("type", "DataIntegrityProof");
		proof.put("cryptosuite", "eddsa-jcs-2022");
		proof.put("created", now.truncatedTo(ChronoUnit.SECONDS).toString());
		proof.put("verificationMethod", baseUrl + "/api/public/certificate-keys#" + keys.currentKeyId());
		proof.put("proofPurpose", "assertionMethod");
		Map<String, Object> options = new LinkedHashMap<>(proof);
		options.put("@context", credential.get("@context"));
		byte[] signature = keys.signRaw(hashData(options, credential));
		proof.put("proofValue", "z" + Base58.encode(signature));
		return proof;
	}

	/** What an eddsa-jcs-2022 proof signs (also used to verify one). */
	public static byte[] hashData(Map<String, Object> proofOptions, Map<String, Object> credentialWithoutProof) {
		byte[] options = sha256(CanonicalJson.write(proofOptions));
		byte[] document = sha256(CanonicalJson.write(credentialWithoutProof));
		byte[] both = new byte[64];
		System.arraycopy(options, 0, both, 0, 32);
		System.arraycopy(document, 0, both, 32, 32);
		return both;
	}

	private static String dateTime(LocalDate date) {
		return date.atStartOfDay().atOffset(ZoneOffset.ofHours(7)).toString().replace("+07:00", ":00+07:00");
	}

	private static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
