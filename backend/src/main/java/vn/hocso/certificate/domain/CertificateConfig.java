package vn.hocso.certificate.domain;

import java.io.IOException;
import java.io.InputStream;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

import vn.hocso.certificate.document.SigningKeys;

@Configuration(proxyBeanMethods = false)
class CertificateConfig {

	private static final Logger log = LoggerFactory.getLogger(CertificateConfig.class);

	@Bean
	SigningKeys certificateSigningKeys(CertificateProperties properties) throws IOException {
		PrivateKey privateKey;
		try (InputStream in = properties.signing().privateKey().getInputStream()) {
			privateKey = SigningKeys.readPrivateKey(in);
		}
		Map<String, PublicKey> publicKeys = new LinkedHashMap<>();
		Map<String, Resource> configured = properties.publicKeys() == null ? Map.of() : properties.publicKeys();
		for (Map.Entry<String, Resource> entry : configured.entrySet()) {
			try (InputStream in = entry.getValue().getInputStream()) {
				publicKeys.put(entry.getKey(), SigningKeys.readPublicKey(in));
			}
		}
		if (properties.signing().keyId().startsWith("demo")) {
			log.warn(
					"Certificates are signed with the DEMO key '{}' from seed-data/: set hocso.certificates.signing.* in production",
					properties.signing().keyId());
		}
		return new SigningKeys(properties.signing().keyId(), privateKey, publicKeys);
	}

}
