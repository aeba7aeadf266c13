package org.threefold.audit.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import org.threefold.security.AccountErased;
import org.threefold.security.CurrentUser;
import org.threefold.security.SignedInUser;
import org.threefold.shared.AuditEvent;
import org.threefold.shared.IcsId;

/**
 * Writes each {@link AuditEvent} as it is published, in the publisher's thread and in a
 * transaction of its own: the entry is kept even when the action itself later fails (an
 * attempt is worth knowing about), and a failure to record stops the action (nothing is
 * done unaudited). The same person doing the same thing to the same subject again within
 * {@link #REPEAT_WINDOW} (a results screen refreshing itself) is recorded once.
 */
@Component
class AuditRecorder {

	static final Duration REPEAT_WINDOW = Duration.ofHours(1);

	private final AuditEventRepository events;

	private final CurrentUser currentUser;

	private final Clock clock;

	AuditRecorder(AuditEventRepository events, CurrentUser currentUser, Clock clock) {
		this.events = events;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	@EventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void record(AuditEvent event) {
		Optional<SignedInUser> user = this.currentUser.get();
		Instant now = this.clock.instant();
		Long userId = user.map((u) -> u.id().value()).orElse(null);
		Long ics = Optional.ofNullable(event.ics())
			.or(() -> user.flatMap(SignedInUser::icsId))
			.map(IcsId::value)
			.orElse(null);
		AuditEventEntity entry = new AuditEventEntity(now, userId, user.map(SignedInUser::username).orElse("anonymous"),
				user.map((u) -> u.role().name()).orElse(null), ics, event.action(), event.subject());
		if (userId != null && this.events.recordedSince(userId, entry.toEntry().action(), entry.toEntry().subject(),
				now.minus(REPEAT_WINDOW))) {
			return;
		}
		this.events.save(entry);
	}

	/** An erased account's name leaves the log too; what it did stays. */
	@EventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void erased(AccountErased event) {
		this.events.pseudonymise(event.id().value(), event.pseudonym());
	}

}
