package org.threefold.workshop.ui;

import java.util.concurrent.atomic.AtomicBoolean;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;

import org.threefold.shared.WorkshopId;
import org.threefold.workshop.LiveWorkshopBus;

/**
 * Keeps a screen in step with its workshop: subscribes to the {@link LiveWorkshopBus}
 * while the component is attached and re-draws through {@code UI.access}, which pushes
 * the change (push is declared on the shell). Bursts coalesce: while one re-draw is
 * waiting for the UI, further announcements are dropped, because the re-draw reads the
 * latest state anyway. Views depend only on the bus interface, so a cross-server bus
 * replaces the in-memory one without touching them.
 */
final class LiveRefresh {

	private final AtomicBoolean pending = new AtomicBoolean();

	private LiveWorkshopBus.Subscription subscription;

	private LiveRefresh() {
	}

	/**
	 * Re-runs {@code redraw} on the component's UI after every change of the workshop.
	 */
	static LiveRefresh attach(Component component, LiveWorkshopBus bus, WorkshopId workshop, Runnable redraw) {
		LiveRefresh live = new LiveRefresh();
		component.addAttachListener((attach) -> live.start(attach.getUI(), bus, workshop, redraw));
		component.addDetachListener((detach) -> live.stop());
		component.getUI().ifPresent((ui) -> live.start(ui, bus, workshop, redraw));
		return live;
	}

	private synchronized void start(UI ui, LiveWorkshopBus bus, WorkshopId workshop, Runnable redraw) {
		stop();
		this.subscription = bus.subscribe(workshop, (change) -> {
			if (this.pending.compareAndSet(false, true)) {
				try {
					ui.access(() -> {
						this.pending.set(false);
						redraw.run();
					});
				}
				catch (UIDetachedException ex) {
					stop();
				}
			}
		});
	}

	synchronized void stop() {
		if (this.subscription != null) {
			this.subscription.close();
			this.subscription = null;
		}
		this.pending.set(false);
	}

}
