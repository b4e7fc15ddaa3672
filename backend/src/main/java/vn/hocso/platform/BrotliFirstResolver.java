package vn.hocso.platform;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.resource.EncodedResourceResolver;
import org.springframework.web.servlet.resource.ResourceResolverChain;

/**
 * Sends the pre-built .br file whenever the browser accepts Brotli. Spring takes the
 * first coding the browser lists, and browsers list gzip first ("gzip, deflate, br,
 * zstd"), so the .br files (about 13 % smaller than .gz) would never be sent.
 */
final class BrotliFirstResolver extends EncodedResourceResolver {

	@Override
	protected @Nullable Resource resolveResourceInternal(@Nullable HttpServletRequest request, String requestPath,
			List<? extends Resource> locations, ResourceResolverChain chain) {
		return super.resolveResourceInternal(request == null ? null : brotliFirst(request), requestPath, locations,
				chain);
	}

	static HttpServletRequest brotliFirst(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
		if (header == null || !acceptsBrotli(header)) {
			return request;
		}
		String reordered = "br, " + header;
		return new HttpServletRequestWrapper(request) {
			@Override
			public String getHeader(String name) {
				return HttpHeaders.ACCEPT_ENCODING.equalsIgnoreCase(name) ? reordered : super.getHeader(name);
			}
		};
	}

	static boolean acceptsBrotli(String acceptEncoding) {
		for (String token : acceptEncoding.toLowerCase(Locale.ROOT).split(",")) {
			String[] parts = token.trim().split(";");
			if (parts[0].trim().equals("br")) {
				return parts.length == 1 || !parts[1].replace(" ", "").matches("q=0(\\.0*)?");
			}
		}
		return false;
	}

}
