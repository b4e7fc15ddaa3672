package vn.hocso.certificate.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.support.RequestContextUtils;

import vn.hocso.certificate.domain.VerificationBudget;

/**
 * The public verification endpoints' rate limit: {@code capacity} requests per client IP
 * and {@code refill-period} window, counted in the database ({@link VerificationBudget})
 * so that every node draws on the same budget. Over it: 429 with Retry-After (the seconds
 * until the next window). Behind a proxy the IP is the proxy's unless forwarded headers
 * are trusted ({@code server.forward-headers-strategy}).
 */
@Component
class VerificationRateLimit extends OncePerRequestFilter {

	private final ObjectProvider<VerificationBudget> budget;

	private final MessageSource messages;

	// The budget is looked up on the first verification: as a servlet filter this is also
	// created in
	// web-slice tests, which have no database (and call no verification endpoint).
	VerificationRateLimit(ObjectProvider<VerificationBudget> budget, MessageSource messages) {
		this.budget = budget;
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
		long waitSeconds;
		try {
			waitSeconds = budget.getObject().take(request.getRemoteAddr());
		}
		catch (DataAccessException outage) {
			// Let it through: the verification needs the database too, and answers 503
			// with Retry-After.
			waitSeconds = 0;
		}
		if (waitSeconds == 0) {
			chain.doFilter(request, response);
			return;
		}
		Locale locale = RequestContextUtils.getLocale(request);
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		response.setHeader("Retry-After", Long.toString(waitSeconds));
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		String title = messages.getMessage(new DefaultMessageSourceResolvable(
				new String[] { "problem.certificate.rate-limited.title" }, null, "Too many requests"), locale);
		String detail = messages
			.getMessage(new DefaultMessageSourceResolvable(new String[] { "problem.certificate.rate-limited.detail" },
					new Object[] { waitSeconds }, "Try again later"), locale);
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"" + json(title) + "\",\"status\":429,\"detail\":\""
					+ json(detail) + "\",\"code\":\"certificate.rate-limited\",\"retryAfterSeconds\":" + waitSeconds
					+ "}");
	}

	private static String json(String text) {
		return text.replace("\\", "\\\\").replace("\"", "\\\"");
	}

}
