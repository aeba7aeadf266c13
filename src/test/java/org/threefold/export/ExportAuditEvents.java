package org.threefold.export;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.event.EventListener;

import org.threefold.shared.AuditEvent;

/**
 * Collects the audit events exports publish. Imported by the export tests that share one
 * demo context, so the context is started once for them.
 */
@TestConfiguration
class ExportAuditEvents {

	final List<AuditEvent> events = new CopyOnWriteArrayList<>();

	@EventListener
	void on(AuditEvent event) {
		this.events.add(event);
	}

}
