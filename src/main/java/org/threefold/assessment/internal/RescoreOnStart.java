package org.threefold.assessment.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import org.threefold.assessment.Rescoring;
import org.threefold.security.SystemTask;

/**
 * Recomputes every stored score from the stored answers when the application starts with
 * {@code --threefold.rescore=all} (docs/operations.md, "Upgrades with Flyway"): the way
 * an operator applies a corrected scoring method to past assessments. The application
 * serves requests meanwhile; each assessment switches to its new scores when its own
 * transaction commits.
 */
@Component
@ConditionalOnProperty(name = "threefold.rescore", havingValue = "all")
class RescoreOnStart implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(RescoreOnStart.class);

	private final Rescoring rescoring;

	RescoreOnStart(Rescoring rescoring) {
		this.rescoring = rescoring;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		log.info("Rescoring every assessment from its stored answers (threefold.rescore=all)");
		Rescoring.Result result = SystemTask.asAdministrator(this.rescoring::rescoreAll);
		log.info("Rescored {} assessments: {} responses, {} score rows in {} s", result.assessments(),
				result.responses(), result.rows(), result.took().toSeconds());
	}

}
