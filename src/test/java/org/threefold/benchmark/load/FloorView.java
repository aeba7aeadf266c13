package org.threefold.benchmark.load;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The floor of the load test: the emptiest Vaadin page that still answers a click, one
 * button and one line of text the click changes. Its UIDL round trip is what any click in
 * this application costs before the respondent form does anything (HTTP, the security
 * filters, the session lock, Flow's RPC handling and the response). No {@code @Route}:
 * the runner registers it only in the application it starts, so no other test or
 * installation ever serves it.
 */
@AnonymousAllowed
public class FloorView extends Div {

	private final Span count = new Span("0");

	private int clicks;

	public FloorView() {
		Button ping = new Button("Ping", (click) -> this.count.setText(Integer.toString(++this.clicks)));
		ping.addClassName("load-ping");
		this.count.addClassName("load-count");
		add(ping, this.count);
	}

}
