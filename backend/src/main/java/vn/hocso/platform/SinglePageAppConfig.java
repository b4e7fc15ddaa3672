package vn.hocso.platform;

import java.io.IOException;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.PathResourceResolver;

/**
 * Serves the React app from the classpath; any path that is not a file and not an API
 * route gets index.html so that deep links (/org-units) survive a reload.
 * <p>
 * Caching and compression (issue 14, ADR 0160): Vite names every file under /assets/
 * after its content, so those are cached for a year as immutable and a missing one is a
 * 404 (never index.html, which would be cached under a script's name); everything else,
 * index.html first, is revalidated on every load so a new release is seen at once. The
 * build writes .br and .gz beside each text file; the encoded resolver sends the one the
 * browser accepts with Content-Encoding and Vary.
 */
@Configuration(proxyBeanMethods = false)
class SinglePageAppConfig implements WebMvcConfigurer {

	static final CacheControl FINGERPRINTED = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	static final CacheControl REVALIDATED = CacheControl.noCache();

	private static final String[] NOT_THE_APP = { "api/", "actuator", "v3/", "swagger-ui" };

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/assets/**")
			.addResourceLocations("classpath:/static/assets/")
			.setCacheControl(FINGERPRINTED)
			.resourceChain(true)
			.addResolver(new BrotliFirstResolver())
			.addResolver(new PathResourceResolver());
		registry.addResourceHandler("/**")
			.addResourceLocations("classpath:/static/")
			.setCacheControl(REVALIDATED)
			.resourceChain(true)
			.addResolver(new BrotliFirstResolver())
			.addResolver(new PathResourceResolver() {
				@Override
				protected @Nullable Resource getResource(String resourcePath, Resource location) throws IOException {
					Resource requested = location.createRelative(resourcePath);
					if (requested.exists() && requested.isReadable()) {
						return requested;
					}
					for (String prefix : NOT_THE_APP) {
						if (resourcePath.startsWith(prefix)) {
							return null;
						}
					}
					return new ClassPathResource("/static/index.html");
				}
			});
	}

}
