package vn.hocso.identity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class IdentityConfig {

	@Bean
	LoginSettings loginSettings(KeycloakProperties keycloak) {
		return new LoginSettings(keycloak.url(), keycloak.realm(), keycloak.webClientId());
	}

}
