package vn.hocso.platform;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

	@Bean
	OpenAPI hocSoOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Học Số API")
				.version("v1")
				.description("Learning-management system for Vietnam's government digital-skills programmes. "
						+ "Errors are RFC 9457 problem details; send Accept-Language: vi or en."))
			.components(new Components().addSecuritySchemes("keycloak",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
			.addSecurityItem(new SecurityRequirement().addList("keycloak"));
	}

}
