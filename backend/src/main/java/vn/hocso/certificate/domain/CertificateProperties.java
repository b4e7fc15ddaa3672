package vn.hocso.certificate.domain;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * {@code hocso.certificates.*}: who issues, how serials are prefixed, which key signs,
 * where the public verification page lives and how hard it may be queried. Documented in
 * docs/modules/certificate.md and docs/operations.md.
 *
 * @param provincePrefix the serials' prefix: {@code <prefix>-<year>-<6 digits>}, counted
 * per prefix and year
 * @param issuerAuthority the authority named as issuer on every certificate
 * @param signerTitle the signer's title printed above the signature
 * @param signerName the signer's name printed under the signature (empty: none)
 * @param issuePlace the place printed before the issue date
 * @param publicBaseUrl the public address printed in QR codes
 * ({@code <url>/verify/<code>?sig=...})
 * @param signing the key that signs new certificates
 * @param publicKeys every public key ever used, by key id, so that old certificates
 * verify after a rotation
 * @param rateLimit how often one client IP may query the public verification endpoints
 * @param templateFile a template file left by an earlier version: imported into the
 * database once, then deleted
 * @param pdfDir where issued certificate PDFs are kept (shared storage when several nodes
 * run)
 * @param pdfParallelism PDFs rendered at once while a wave's certificates are regenerated
 */
@ConfigurationProperties("hocso.certificates")
public record CertificateProperties(String provincePrefix, String issuerAuthority, String signerTitle,
		String signerName, String issuePlace, String publicBaseUrl, Signing signing, Map<String, Resource> publicKeys,
		RateLimit rateLimit, String templateFile, String pdfDir, int pdfParallelism) {

	/**
	 * The key that signs new certificates and its id.
	 *
	 * @param keyId the id published with the key and carried by every certificate it
	 * signs
	 * @param privateKey the Ed25519 private key (PKCS#8 PEM); no default outside the demo
	 */
	public record Signing(String keyId, Resource privateKey) {
	}

	/**
	 * Requests per client IP and fixed window for the public verification endpoints,
	 * counted in the database so that every node shares one budget.
	 *
	 * @param capacity requests one client IP may make per window
	 * @param refillPeriod the window's length
	 */
	public record RateLimit(int capacity, Duration refillPeriod) {
	}

}
