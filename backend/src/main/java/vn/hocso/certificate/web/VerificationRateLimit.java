package vn.hocso.certificate.web;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.support.RequestContextUtils;


/**
 * A token bucket per client IP in front of the public verification endpoints: {@code capacity}
 * requests at once, one more every {@code refill-period / capacity}. Over it: 429 with Retry-After.
 * In memory, per instance; behind a proxy the IP is the proxy's unless forwarded headers are
 * trusted ({@code server.forward-headers-strategy}).
 */
@Component
class VerificationRateLimit extends OncePerRequestFilter {

	private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

	private final int capacity;

	private final double tokensPerNano;

	private final MessageSource messages;

	// Plain values, not CertificateProperties: as a servlet filter it is also created in web-slice tests.
	VerificationRateLimit(@Value("${hocso.certificates.rate-limit.capacity:30}") int capacity,
			@Value("${hocso.certificates.rate-limit.refill-period:1m}") Duration refillPeriod, MessageSource messages) {
		this.capacity = capacity;
		this.tokensPerNano = (double) capacity / refillPeriod.toNanos();
		this.messages = messages;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI();
		return !(path.startsWith("/verify/") || path.startsWith("/api/public/certificates/"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (buckets.size() > 100_000) {
			buckets.clear();
		}
		Bucket bucket = buckets.computeIfAbsent(request.getRemoteAddr(), ip -> new Bucket(capacity, System.nanoTime()));
		long waitSeconds = bucket.take(capacity, tokensPerNano, System.nanoTime());
		if (waitSeconds == 0) {
			chain.doFilter(request, response);
			return;
		}
		Locale locale = RequestContextUtils.getLocale(request);
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		response.setHeader("Retry-After", Long.toString(waitSeconds));
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		String title = messages.getMessage("problem.certificate.rate-limited.title", null, "Too many requests", locale);
		String detail = messages.getMessage("problem.certificate.rate-limited.detail", new Object[] { waitSeconds },
				"Try again later", locale);
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"" + json(title) + "\",\"status\":429,\"detail\":\""
					+ json(detail) + "\",\"code\":\"certificate.rate-limited\",\"retryAfterSeconds\":" + waitSeconds + "}");
	}

	private static String json(String text) {
		return text.replace("\\", "\\\\").replace("\"", "\\\"");
	}

	private static final class Bucket {

		private double tokens;

		private long updatedAt;

		Bucket(int tokens, long now) {
			this.tokens = tokens;
			this.updatedAt = now;
		}

		/** 0 when a token was taken; otherwise the whole seconds until one is there. */
		synchronized long take(int capacity, double tokensPerNano, long now) {
			tokens = Math.min(capacity, tokens + (now - updatedAt) * tokensPerNano);
			updatedAt = now;
			if (tokens >= 1) {
				tokens -= 1;
				return 0;
			}
			return Math.max(1, (long) Math.ceil((1 - tokens) / tokensPerNano / 1_000_000_000d));
		}

	}

}
