package club.platform.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The title and terms of the OpenAPI description served at /api/docs. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI clubOpenApi() {
		return new OpenAPI().info(new Info().title("Club des innovateurs API")
			.version("v1")
			.description("Open data of the group directory and its ecosystems: groups, GeoJSON, exports. "
					+ "Errors are application/problem+json (RFC 9457).")
			.license(new License().name("Open data")));
	}
}
