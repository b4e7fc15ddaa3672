package vn.hocso.certificate.domain;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * {@code hocso.certificates.*}: who issues, how serials are prefixed, which key signs, where the
 * public verification page lives and how hard it may be queried. Documented in docs/modules/certificate.md and docs/operations.md.
 */
@ConfigurationProperties("hocso.certificates")
public record CertificateProperties(String provincePrefix, String issuerAuthority, String signerTitle, String signerName,
		String issuePlace, String publicBaseUrl, Signing signing, Map<String, Resource> publicKeys, RateLimit rateLimit,
		String templateFile, String pdfDir, int pdfParallelism) {

	/** The key that signs new certificates (PKCS#8 PEM) and its id. */
	public record Signing(String keyId, Resource privateKey) {
	}

	/** Token bucket per client IP for the public verification endpoints. */
	public record RateLimit(int capacity, Duration refillPeriod) {
	}

}
