package org.threefold;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Threefold's own settings (prefix {@code threefold}); everything else is standard Spring
 * Boot.
 *
 * @param questionnaires where the questionnaire, framework and action-library files live
 * @param demo whether to load the fictional demo partnership on first start
 * @param publicUrl the address respondents use, for links in invitations and QR codes
 */
@ConfigurationProperties("threefold")
public record ThreefoldProperties(@DefaultValue Questionnaires questionnaires, @DefaultValue Demo demo,
		@DefaultValue("http://localhost:8080") String publicUrl) {

	/**
	 * @param directory read at start; relative paths are resolved against the working
	 * directory
	 */
	public record Questionnaires(@DefaultValue("questionnaires") Path directory) {
	}

	/**
	 * @param enabled load {@code seed-data/} into an empty database; never on over real
	 * data
	 * @param directory where the demo files are
	 * @param password the shared password of the demo accounts, shown on the login page
	 * when enabled
	 */
	public record Demo(@DefaultValue("false") boolean enabled, @DefaultValue("seed-data") Path directory,
			@DefaultValue("threefold-demo") String password) {
	}

}
