package vn.hocso.identity;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.MDC;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

import tools.jackson.databind.json.JsonMapper;

/**
 * 401 answers keep the standard WWW-Authenticate header and add a problem-details body in
 * the caller's language, so the UI can say "your session has ended" rather than show
 * nothing.
 */
@Component
class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

	private final BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();

	private final MessageSource messages;

	private final LocaleResolver locales;

	private final JsonMapper json;

	ProblemAuthenticationEntryPoint(MessageSource messages, LocaleResolver locales, JsonMapper json) {
		this.messages = messages;
		this.locales = locales;
		this.json = json;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
			throws IOException {
		bearer.commence(request, response, failure);
		var locale = locales.resolveLocale(request);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(),
				Map.of("type", "urn:hocso:problem:unauthenticated", "title",
						messages.getMessage("problem.unauthenticated.title", null, locale), "status", 401, "detail",
						messages.getMessage("problem.unauthenticated.detail", null, locale), "code", "unauthenticated",
						"requestId", String.valueOf(MDC.get("requestId"))));
	}

}
