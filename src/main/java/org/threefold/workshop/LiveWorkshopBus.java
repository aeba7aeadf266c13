package org.threefold.workshop;

import java.util.function.Consumer;

import org.threefold.shared.WorkshopId;

/**
 * The one way live changes reach screens. Every stored workshop event is announced here
 * after it commits; a screen subscribes to its workshop and re-reads its state when told.
 * Announcements carry only the workshop and its new version, never the state, so an
 * implementation that crosses servers (PostgreSQL LISTEN/NOTIFY, the national-scale
 * issue) sends a few bytes and each server reads the events it has not yet seen from the
 * log. The in-memory implementation serves one server; swapping it needs no change to any
 * view (docs/workshops.md, "Live updates").
 */
public interface LiveWorkshopBus {

	/** Announces that a workshop changed; returns at once, listeners are told later. */
	void publish(WorkshopChange change);

	/**
	 * Calls {@code listener} for every later change of the workshop, on a bus thread,
	 * until the returned subscription is closed. Listeners must return quickly (a screen
	 * hands the work to {@code UI.access}).
	 */
	Subscription subscribe(WorkshopId workshop, Consumer<WorkshopChange> listener);

	/** How many listeners a workshop has now, for the facilitator and the benchmark. */
	int listeners(WorkshopId workshop);

	/** Ends a subscription; closing twice does nothing. */
	interface Subscription extends AutoCloseable {

		@Override
		void close();

	}

	/**
	 * A workshop changed.
	 *
	 * @param workshop which workshop
	 * @param version the number of its last stored event
	 */
	record WorkshopChange(WorkshopId workshop, long version) {
	}

}
