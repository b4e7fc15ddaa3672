package vn.hocso.platform;

import java.io.IOException;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.PathResourceResolver;

/**
 * Serves the React app from the classpath; any path that is not a file and not an API route gets
 * index.html so that deep links (/org-units) survive a reload.
 */
@Configuration(proxyBeanMethods = false)
class SinglePageAppConfig implements WebMvcConfigurer {

	private static final String[] NOT_THE_APP = { "api/", "actuator", "v3/", "swagger-ui" };

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/**")
			.addResourceLocations("classpath:/static/")
			.resourceChain(true)
			.addResolver(new PathResourceResolver() {
				@Override
				protected Resource getResource(String resourcePath, Resource location) throws IOException {
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
