package org.threefold.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test class only where LibreOffice ({@code soffice}) and poppler's
 * {@code pdftoppm} are installed; with {@code THREEFOLD_REQUIRE_INFRASTRUCTURE=true} (CI,
 * which installs them) a missing one fails the class instead.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RequiresLibreOffice.Condition.class)
public @interface RequiresLibreOffice {

	/** Where the tools are looked for. */
	Path SOFFICE = Path.of(System.getenv().getOrDefault("THREEFOLD_SOFFICE", "/usr/bin/soffice"));

	/** Renders a PDF page to PNG. */
	Path PDFTOPPM = Path.of(System.getenv().getOrDefault("THREEFOLD_PDFTOPPM", "/usr/bin/pdftoppm"));

	/** Enables the class when both tools are there. */
	final class Condition implements ExecutionCondition {

		@Override
		public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
			if (Files.isExecutable(SOFFICE) && Files.isExecutable(PDFTOPPM)) {
				return ConditionEvaluationResult.enabled("LibreOffice found at " + SOFFICE);
			}
			String what = "LibreOffice or pdftoppm not found at " + SOFFICE + " / " + PDFTOPPM
					+ " (apt-get install libreoffice-writer-nogui poppler-utils)";
			if (Infrastructure.required()) {
				throw new IllegalStateException(what + " - required because THREEFOLD_REQUIRE_INFRASTRUCTURE=true");
			}
			System.err.println("*** " + what + " - skipping (CI makes these tests mandatory)");
			return ConditionEvaluationResult.disabled(what);
		}

	}

}
