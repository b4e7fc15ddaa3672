package vn.hocso.identity;

import java.time.Clock;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.firewall.StrictHttpFirewall;

import vn.hocso.platform.storage.Storage;

/**
 * A stateless resource server: every /api call carries a Keycloak access token, validated
 * locally (signature against the realm's published keys, issuer, audience, expiry) so
 * that a wave of thousands logging in at once never makes a call to Keycloak per request.
 * A token's signature is checked once and then remembered until it expires
 * ({@link VerifiedTokenCache}).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfig {

	@Bean
	SecurityFilterChain apiSecurity(HttpSecurity http, ProblemAuthenticationEntryPoint entryPoint, JwtDecoder decoder,
			KeycloakProperties keycloak, Storage storage,
			@Value("${hocso.api-docs.public:false}") boolean apiDocsPublic) throws Exception {
		// Swagger UI is a demo/test tool (springdoc.*.enabled) whose page does not fit
		// the strict CSP.
		RequestMatcher app = request -> !request.getRequestURI().startsWith(request.getContextPath() + "/swagger-ui");
		http.headers(headers -> headers
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(app,
					new StaticHeadersWriter("Content-Security-Policy",
							BrowserPolicies.contentSecurityPolicy(keycloak.url(), storage.browserOrigin()))))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
			.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", BrowserPolicies.PERMISSIONS_POLICY)));
		http.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.authorizeHttpRequests(auth -> {
				auth.requestMatchers("/api/public/**", "/actuator/health/**", "/actuator/info").permitAll();
				// Off outside demo/test (springdoc.*.enabled); when turned on, ADMIN only
				// unless made public.
				var apiDocs = auth.requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html");
				if (apiDocsPublic) {
					apiDocs.permitAll();
				}
				else {
					apiDocs.hasRole(Role.ADMIN.name());
				}
				auth.requestMatchers("/actuator/**")
					.hasRole(Role.ADMIN.name())
					// Media files check the bearer token or a signed link themselves (a
					// <video> cannot send a header).
					.requestMatchers(HttpMethod.GET, "/api/media/*")
					.permitAll()
					.requestMatchers("/api/**")
					.authenticated()
					.requestMatchers(HttpMethod.GET, "/**")
					.permitAll()
					.anyRequest()
					.denyAll();
			})
			.oauth2ResourceServer(server -> server.bearerTokenResolver(new BearerTokenHeader())
				.jwt(jwt -> jwt.authenticationManager(tokenAuthentication(decoder)))
				.authenticationEntryPoint(entryPoint))
			.exceptionHandling(handling -> handling.authenticationEntryPoint(entryPoint));
		return http.build();
	}

	/**
	 * Bearer tokens become a {@link CallerAuthentication}. Built here rather than by the
	 * DSL so that no authentication event is published per request: nothing listens to
	 * them, and every request paid for one.
	 */
	private static AuthenticationManager tokenAuthentication(JwtDecoder decoder) {
		JwtAuthenticationProvider provider = new JwtAuthenticationProvider(decoder);
		provider.setJwtAuthenticationConverter(new KeycloakRoleConverter());
		return new ProviderManager(provider);
	}

	@Bean
	JwtDecoder jwtDecoder(KeycloakProperties keycloak) {
		// The key set is fetched on first use, so the app starts even while Keycloak is
		// still booting.
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(keycloak.jwkSetUri()).build();
		OAuth2TokenValidator<Jwt> validator = new DelegatingOAuth2TokenValidator<>(
				List.of(new JwtTimestampValidator(keycloak.clockSkew()), new JwtIssuerValidator(keycloak.issuer()),
						audienceValidator(keycloak.audience())));
		decoder.setJwtValidator(validator);
		return new VerifiedTokenCache(decoder, validator, keycloak.verifiedTokenCacheSize(), keycloak.clockSkew(),
				Clock.systemUTC());
	}

	/**
	 * The default firewall, with its header rule checked without a regex (see
	 * {@link HeaderCharacters}).
	 */
	@Bean
	WebSecurityCustomizer headerCheckingFirewall() {
		StrictHttpFirewall firewall = new StrictHttpFirewall();
		HeaderCharacters allowed = new HeaderCharacters();
		firewall.setAllowedHeaderNames(allowed);
		firewall.setAllowedHeaderValues(allowed);
		return web -> web.httpFirewall(firewall);
	}

	/**
	 * With security observations off (the default,
	 * {@code management.observations.enable.spring.security}), the filter chain is not
	 * even wrapped for them: the wrappers alone cost per filter per request.
	 */
	@Bean
	@ConditionalOnProperty(name = "management.observations.enable.spring.security", havingValue = "false")
	SecurityObservationSettings noSecurityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	private static OAuth2TokenValidator<Jwt> audienceValidator(String audience) {
		OAuth2Error missing = new OAuth2Error("invalid_token", "The token is not meant for " + audience, null);
		return jwt -> jwt.getAudience() != null && jwt.getAudience().contains(audience)
				? OAuth2TokenValidatorResult.success() : OAuth2TokenValidatorResult.failure(missing);
	}

}
