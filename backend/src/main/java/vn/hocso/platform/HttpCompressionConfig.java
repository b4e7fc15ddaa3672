package vn.hocso.platform;

import org.springframework.boot.web.server.Compression;
import org.springframework.boot.web.server.ConfigurableWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * Compresses text answers (the API's JSON, problem details, CSV) on the fly for phones on
 * slow links (issue 14). The app's own files are compressed once at build time
 * (SinglePageAppConfig); the server never compresses an answer that already has a
 * Content-Encoding. Video, PDF and ZIP are left alone: already compressed.
 */
@Configuration(proxyBeanMethods = false)
class HttpCompressionConfig implements WebServerFactoryCustomizer<ConfigurableWebServerFactory> {

	static final String[] TEXT_TYPES = { "application/json", "application/problem+json", "text/html", "text/css",
			"text/javascript", "application/javascript", "text/plain", "text/csv", "image/svg+xml" };

	@Override
	public void customize(ConfigurableWebServerFactory factory) {
		Compression compression = new Compression();
		compression.setEnabled(true);
		compression.setMimeTypes(TEXT_TYPES);
		compression.setMinResponseSize(DataSize.ofKilobytes(1));
		factory.setCompression(compression);
	}

}
