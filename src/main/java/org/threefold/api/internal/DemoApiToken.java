package org.threefold.api.internal;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.threefold.api.ApiTokenService;
import org.threefold.partner.IcsService;
import org.threefold.partner.IcsView;
import org.threefold.security.SystemTask;

/**
 * The demo ICS's API token, so that a newcomer can try the API with curl straight away
 * (README, "Try the API"). It exists only with the demo switched on (the embedded
 * default; never in the {@code postgres} profile) and only for the demo partnership, and
 * the leader can revoke it like any other.
 */
@Component
@ConditionalOnBooleanProperty("threefold.demo.enabled")
class DemoApiToken {

	/** Printed in the README. Works only against the embedded demo. */
	static final String SECRET = "tf_demo_north_vale_read_only";

	private static final Logger log = LoggerFactory.getLogger(DemoApiToken.class);

	private final IcsService icsService;

	private final ApiTokenRepository tokens;

	private final TransactionTemplate transactions;

	private final Clock clock;

	DemoApiToken(IcsService icsService, ApiTokenRepository tokens, TransactionTemplate transactions, Clock clock) {
		this.icsService = icsService;
		this.tokens = tokens;
		this.transactions = transactions;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void issue() {
		String hash = ApiTokenService.hash(SECRET);
		SystemTask.asAdministrator(() -> {
			IcsView demo = this.icsService.list().stream().filter(IcsView::demo).findFirst().orElse(null);
			if (demo == null || this.tokens.findByTokenHash(hash).isPresent()) {
				return null;
			}
			this.transactions.executeWithoutResult((status) -> this.tokens.save(new ApiTokenEntity(demo.id().value(),
					"Demo token (README)", hash, SECRET.substring(0, 8), "Threefold demo", this.clock.instant())));
			log.info("Demo API token for {}: {}", demo.name(), SECRET);
			return null;
		});
	}

}
