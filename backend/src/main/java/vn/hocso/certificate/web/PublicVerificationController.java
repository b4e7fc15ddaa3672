package vn.hocso.certificate.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.util.Base64URL;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.hocso.certificate.document.CertificateContent;
import vn.hocso.certificate.document.DateOfBirthCommitment;
import vn.hocso.certificate.document.SigningKeys;
import vn.hocso.certificate.domain.Certificate;
import vn.hocso.certificate.domain.CertificateAccess;
import vn.hocso.certificate.domain.CertificateProperties;
import vn.hocso.certificate.domain.CertificateStatus;
import vn.hocso.certificate.web.CertificateViews.PublicVerification;
import vn.hocso.platform.ProblemException;
import vn.hocso.platform.VietnamTime;

/**
 * What anyone may check without logging in: a certificate by its verification code (JSON
 * and a page), and the issuer's public keys to check signatures offline.
 */
@RestController
@Tag(name = "Certificates (public)")
class PublicVerificationController {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final CertificateAccess access;

	private final SigningKeys keys;

	private final CertificateProperties properties;

	PublicVerificationController(CertificateAccess access, SigningKeys keys, CertificateProperties properties) {
		this.access = access;
		this.keys = keys;
		this.properties = properties;
	}

	@GetMapping("/api/public/certificates/{code}")
	@Operation(
			summary = "Verify a certificate by its code: VALID, REVOKED (date, reason) or SUPERSEDED (link to the new one); 404 when unknown. Never a date of birth. With the dateOfBirth and salt printed on the PDF, also whether they match the signed commitment.")
	PublicVerification verify(@PathVariable String code,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate dateOfBirth,
			@RequestParam(required = false) @Nullable String salt) {
		Certificate certificate = access.byCode(code)
			.orElseThrow(() -> ProblemException.notFound("certificate.unknown", code));
		return view(certificate, dateOfBirthCheck(certificate, dateOfBirth, salt));
	}

	@GetMapping("/api/public/certificate-keys")
	@Operation(
			summary = "The issuer's Ed25519 public keys as a JWK set (OKP), each with its key id; old keys stay for old certificates")
	Map<String, Object> keys() {
		List<JWK> jwks = keys.publicKeys()
			.entrySet()
			.stream()
			.<JWK>map(entry -> new OctetKeyPair.Builder(Curve.Ed25519,
					Base64URL.encode(SigningKeys.rawPublicKey(entry.getValue())))
				.keyID(entry.getKey())
				.keyUse(KeyUse.SIGNATURE)
				.algorithm(JWSAlgorithm.EdDSA)
				.build())
			.toList();
		return new JWKSet(jwks).toJSONObject(true);
	}

	@GetMapping(path = "/verify/{code}", produces = MediaType.TEXT_HTML_VALUE)
	@Operation(summary = "The public verification page a certificate's QR code opens")
	ResponseEntity<String> page(@PathVariable String code, @RequestParam(required = false) @Nullable String sig) {
		Certificate certificate = access.byCode(code).orElse(null);
		HttpStatus status = certificate == null ? HttpStatus.NOT_FOUND : HttpStatus.OK;
		return ResponseEntity.status(status)
			.cacheControl(CacheControl.noCache())
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.body(VerificationPage.html(certificate == null ? null : view(certificate, null),
					signatureCheck(certificate, sig)));
	}

	private PublicVerification view(Certificate c, @Nullable Boolean dateOfBirthMatches) {
		var content = c.content();
		String supersededCode = access.replacementOf(c).map(Certificate::getVerificationCode).orElse(null);
		return new PublicVerification(c.getStatus(), c.getSerial(), c.getFullName(), content.unitName(),
				c.getCourseTitle(), content.courseMinutes(), c.getCompletedOn(), content.scorePercent(),
				content.issuerAuthority(), content.signerTitle(), content.signerName(), content.issuedOn(),
				c.getStatus() == CertificateStatus.REVOKED ? c.getRevokedAt() : null, c.getRevocationReason(),
				supersededCode,
				supersededCode == null ? null : properties.publicBaseUrl() + "/verify/" + supersededCode, c.getKeyId(),
				c.getSignature(), content.formatVersion(), content.canonicalJson(), dateOfBirthMatches, c.getKind(),
				content.details());
	}

	/**
	 * null unless both are given and the certificate commits to a date of birth (format
	 * 2).
	 */
	private static @Nullable Boolean dateOfBirthCheck(Certificate c, @Nullable LocalDate dateOfBirth,
			@Nullable String salt) {
		var content = c.content();
		if (dateOfBirth == null || salt == null
				|| content.formatVersion() < CertificateContent.FORMAT_BIRTH_DATE_COMMITTED) {
			return null;
		}
		try {
			return DateOfBirthCommitment.matches(content.dateOfBirthCommitment(), salt.strip(), dateOfBirth);
		}
		catch (IllegalArgumentException notBase64url) {
			return false;
		}
	}

	/**
	 * null without a sig parameter; otherwise whether it is this certificate's valid
	 * signature.
	 */
	private @Nullable Boolean signatureCheck(@Nullable Certificate c, @Nullable String sig) {
		if (c == null || sig == null || sig.isBlank()) {
			return null;
		}
		return keys.verify(c.getKeyId(), c.content().canonicalJson().getBytes(StandardCharsets.UTF_8), sig);
	}

	static String date(java.time.LocalDate date) {
		return DATE.format(date);
	}

	static String date(java.time.Instant instant) {
		return DATE.format(instant.atZone(VietnamTime.ZONE));
	}

}
