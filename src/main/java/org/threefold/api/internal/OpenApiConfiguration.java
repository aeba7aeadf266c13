package org.threefold.api.internal;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The title, description and bearer-token scheme of the OpenAPI description. */
@Configuration
class OpenApiConfiguration {

	@Bean
	OpenAPI threefoldOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Threefold read-only API")
				.version("v1")
				.description("Assessments, suppressed scores, power heatmaps, actions, workshops and export files "
						+ "(board report, workbook, CSV, action plan, workshop report) of one ICS, for BI tools. "
						+ "Send an API token issued by an ICS leader as 'Authorization: Bearer <token>'. "
						+ "Withheld scores have suppressed: true and no figures. See docs/api.md."))
			.components(new Components().addSecuritySchemes("bearer",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
			.addSecurityItem(new SecurityRequirement().addList("bearer"));
	}

}
