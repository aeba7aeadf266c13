package org.threefold.workshop.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.threefold.shared.WorkshopId;
import org.threefold.workshop.LiveWorkshopBus.Subscription;
import org.threefold.workshop.LiveWorkshopBus.WorkshopChange;

/**
 * The listeners of one server and how they are told: kept in a map, told on two daemon
 * threads so the caller returns at once. A listener that throws is logged and kept; a
 * screen that has gone away closes its own subscription on detach. Shared by every
 * {@link org.threefold.workshop.LiveWorkshopBus} implementation.
 */
final class LocalListeners {

	private static final Logger log = LoggerFactory.getLogger(LocalListeners.class);

	private final Map<Long, List<Consumer<WorkshopChange>>> listeners = new ConcurrentHashMap<>();

	private final ExecutorService delivery;

	LocalListeners() {
		AtomicInteger count = new AtomicInteger();
		this.delivery = Executors.newFixedThreadPool(2, (task) -> {
			Thread thread = new Thread(task, "workshop-bus-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	/** Tells every listener of the change's workshop, on the delivery threads. */
	void tell(WorkshopChange change) {
		List<Consumer<WorkshopChange>> targets = this.listeners.get(change.workshop().value());
		if (targets == null || targets.isEmpty()) {
			return;
		}
		// Split the listeners between the delivery threads rather than one task each:
		// 300 screens are 2 tasks, not 300.
		int parts = Math.min(2, targets.size());
		Object[] all = targets.toArray();
		for (int part = 0; part < parts; part++) {
			int from = part;
			this.delivery.execute(() -> {
				for (int i = from; i < all.length; i += parts) {
					deliver(castListener(all[i]), change);
				}
			});
		}
	}

	@SuppressWarnings("unchecked")
	private static Consumer<WorkshopChange> castListener(Object listener) {
		return (Consumer<WorkshopChange>) listener;
	}

	private static void deliver(Consumer<WorkshopChange> listener, WorkshopChange change) {
		try {
			listener.accept(change);
		}
		catch (RuntimeException ex) {
			log.warn("A workshop listener failed on {}", change, ex);
		}
	}

	Subscription subscribe(WorkshopId workshop, Consumer<WorkshopChange> listener) {
		List<Consumer<WorkshopChange>> list = this.listeners.computeIfAbsent(workshop.value(),
				(key) -> new CopyOnWriteArrayList<>());
		list.add(listener);
		return () -> list.remove(listener);
	}

	int count(WorkshopId workshop) {
		List<Consumer<WorkshopChange>> list = this.listeners.get(workshop.value());
		return (list == null) ? 0 : list.size();
	}

	/** The workshops that have at least one listener now. */
	Set<WorkshopId> workshops() {
		Set<WorkshopId> found = new java.util.HashSet<>();
		this.listeners.forEach((id, list) -> {
			if (!list.isEmpty()) {
				found.add(new WorkshopId(id));
			}
		});
		return found;
	}

	void shutdown() {
		this.delivery.shutdownNow();
	}

}
