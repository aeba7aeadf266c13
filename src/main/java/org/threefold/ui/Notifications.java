package org.threefold.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Feedback in one consistent voice: successes fade, problems stay until dismissed. */
public final class Notifications {

	private Notifications() {
	}

	public static void success(String message) {
		Notification notification = Notification.show(message, 4000, Notification.Position.BOTTOM_START);
		notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
	}

	/** Lists every problem; stays until closed so nobody misses how to fix it. */
	public static void problems(String heading, List<String> problems) {
		Notification notification = new Notification();
		notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
		notification.setPosition(Notification.Position.MIDDLE);
		UnorderedList list = new UnorderedList();
		problems.forEach((problem) -> list.add(new ListItem(problem)));
		com.vaadin.flow.component.button.Button close = new com.vaadin.flow.component.button.Button("Close",
				(click) -> notification.close());
		Div content = new Div(new Span(heading), list, close);
		content.addClassName("tf-problems");
		notification.add(content);
		notification.open();
	}

}
