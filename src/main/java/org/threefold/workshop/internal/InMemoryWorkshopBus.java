package org.threefold.workshop.internal;

import java.util.function.Consumer;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import org.threefold.shared.WorkshopId;
import org.threefold.workshop.LiveWorkshopBus;

/**
 * The live bus for a single server: announcements go straight to this server's listeners
 * ({@link LocalListeners}), so the facilitator's request returns as soon as the event is
 * stored. The default; {@code threefold.live.bus=postgres} selects
 * {@link PostgresWorkshopBus} for several servers instead.
 */
@Component
@ConditionalOnProperty(name = "threefold.live.bus", havingValue = "memory", matchIfMissing = true)
class InMemoryWorkshopBus implements LiveWorkshopBus, DisposableBean {

	private final LocalListeners local = new LocalListeners();

	@Override
	public void publish(WorkshopChange change) {
		this.local.tell(change);
	}

	@Override
	public Subscription subscribe(WorkshopId workshop, Consumer<WorkshopChange> listener) {
		return this.local.subscribe(workshop, listener);
	}

	@Override
	public int listeners(WorkshopId workshop) {
		return this.local.count(workshop);
	}

	@Override
	public void destroy() {
		this.local.shutdown();
	}

}
