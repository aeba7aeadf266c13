package org.threefold.benchmark;

import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiConsumer;

import com.github.mvysny.fakeservlet.FakeHttpSession;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedHttpSession;
import com.vaadin.flow.server.communication.AtmospherePushConnection;
import com.vaadin.flow.shared.communication.PushMode;
import jakarta.servlet.http.Cookie;

/**
 * One participant's server side as a browser would leave it: its own HTTP session,
 * {@link VaadinSession} (with its own lock) and {@link UI}, the page opened through the
 * router so Spring builds the view, and a push connection that is Vaadin's own
 * {@link AtmospherePushConnection} except for the last step: where it would hand the
 * finished UIDL message to Atmosphere's websocket, {@link #sendMessage} hands it to the
 * benchmark instead. Everything before that is Vaadin's code: {@code UI.access} from the
 * bus thread, the session lock taken on that thread, the pending access tasks run, the
 * view's redraw, and {@code UidlWriter} encoding the changes.
 */
final class ParticipantSessions {

	private ParticipantSessions() {
	}

	/**
	 * Opens {@code path} in a new session and UI, with the given cookies on the request,
	 * and returns the session, unlocked, with its first render pushed. {@code pushes} is
	 * told of every push message, on the thread that pushed it, with the session locked.
	 */
	static VaadinSession open(VaadinServletService service, String path, List<Cookie> cookies,
			BiConsumer<UI, String> pushes) {
		Map<Class<?>, CurrentInstance> previous = CurrentInstance.getInstances();
		FakeHttpSession http = FakeHttpSession.Companion.create(service.getServlet().getServletContext());
		// The lock VaadinService would create for a new HTTP session.
		http.setAttribute(service.getServiceName() + ".lock", new ReentrantLock());
		VaadinSession session = new VaadinSession(service);
		session.refreshTransients(new WrappedHttpSession(http), service);
		http.setAttribute(VaadinSession.class.getName() + "." + service.getServiceName(), session);
		FakeRequest fake = new FakeRequest(http);
		cookies.forEach(fake::addCookie);
		VaadinRequest request = new VaadinServletRequest(fake, service);
		session.lock();
		try {
			CurrentInstance.clearAll();
			VaadinService.setCurrent(service);
			CurrentInstance.set(VaadinRequest.class, request);
			VaadinSession.setCurrent(session);
			UI ui = new UI();
			ui.getInternals().setSession(session);
			UI.setCurrent(ui);
			ui.doInit(request, session.getNextUIid(), "ROOT");
			session.addUI(ui);
			service.fireUIInitListeners(ui);
			ui.getPushConfiguration().setPushMode(PushMode.AUTOMATIC);
			ui.getInternals().setPushConnection(new Connected(ui, pushes));
			ui.navigate(path);
		}
		finally {
			// As at the end of a request: run what is queued, push, release the lock.
			session.unlock();
			CurrentInstance.clearAll();
			CurrentInstance.restoreInstances(previous);
		}
		return session;
	}

	/** The first UI of a session. */
	static UI ui(VaadinSession session) {
		return session.getUIs().iterator().next();
	}

	/** The first component of a type under a root, depth first. */
	static <T extends Component> Optional<T> find(Component root, Class<T> type, String className) {
		if (type.isInstance(root) && (className == null || root.hasClassName(className))) {
			return Optional.of(type.cast(root));
		}
		List<Component> children = new ArrayList<>(root.getChildren().toList());
		for (Component child : children) {
			Optional<T> found = find(child, type, className);
			if (found.isPresent()) {
				return found;
			}
		}
		return Optional.empty();
	}

	/**
	 * The size of a session in Java serialisation, as a session store that persists or
	 * replicates sessions would write it. References to objects that are not serialisable
	 * (Spring beans the views hold, the bus subscription) are written as null, so the
	 * figure is the session's own state.
	 */
	static long serialisedSize(VaadinSession session) {
		java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
		session.lock();
		try (ObjectOutputStream out = new NullingObjectStream(bytes)) {
			out.writeObject(session);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not serialise a session: " + ex, ex);
		}
		finally {
			session.unlock();
		}
		return bytes.size();
	}

	/**
	 * Vaadin's push connection, connected to nothing: what {@code push()} would write to
	 * the websocket goes to the benchmark.
	 */
	private static final class Connected extends AtmospherePushConnection {

		private final transient BiConsumer<UI, String> pushes;

		Connected(UI ui, BiConsumer<UI, String> pushes) {
			super(ui);
			this.pushes = pushes;
		}

		@Override
		public boolean isConnected() {
			return true;
		}

		@Override
		protected void sendMessage(String message) {
			this.pushes.accept(getUI(), message);
		}

		@Override
		public void disconnect() {
			// Nothing is connected.
		}

	}

	private static final class NullingObjectStream extends ObjectOutputStream {

		NullingObjectStream(OutputStream out) throws IOException {
			super(out);
			enableReplaceObject(true);
		}

		@Override
		protected Object replaceObject(Object object) {
			return (object instanceof Serializable) ? object : null;
		}

	}

}
