package org.threefold.benchmark.load;

import java.util.List;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The messages of Vaadin Flow's client-server protocol that a load driver needs, in the
 * shapes the Flow client of Vaadin 25.2 sends (checked against a recorded Chromium
 * session, see docs/performance.md): a UIDL request with its CSRF token and counters, the
 * navigation that builds a view, the two invocations a person's actions become (an event
 * and a property synchronisation), and the report the client sends after binding new
 * elements. Pure Java.
 */
final class UidlMessages {

	static final JsonMapper JSON = JsonMapper.builder().build();

	/** Vaadin prefixes UIDL responses so they cannot be run as a script. */
	private static final String RESPONSE_GUARD = "for(;;);";

	private UidlMessages() {
	}

	/** The UIDL message inside a UIDL response body ({@code for(;;);[{...}]}). */
	static JsonNode fromResponse(String body) {
		String json = body.startsWith(RESPONSE_GUARD) ? body.substring(RESPONSE_GUARD.length()) : body;
		JsonNode parsed = JSON.readTree(json);
		return parsed.isArray() ? parsed.get(0) : parsed;
	}

	/**
	 * A UIDL request: the session's CSRF token, the last server message seen
	 * ({@code syncId}), this client's message counter ({@code clientId}) and the
	 * invocations in the order they happened.
	 */
	static String request(String csrfToken, int syncId, int clientId, List<JsonNode> invocations) {
		ObjectNode request = JSON.createObjectNode();
		request.put("csrfToken", csrfToken);
		ArrayNode rpc = request.putArray("rpc");
		invocations.forEach(rpc::add);
		request.put("syncId", syncId);
		request.put("clientId", clientId);
		return JSON.writeValueAsString(request);
	}

	/** A DOM event the server listens for, with the data it asked for. */
	static JsonNode event(int node, String event, JsonNode data) {
		ObjectNode invocation = JSON.createObjectNode();
		invocation.put("type", "event");
		invocation.put("node", node);
		invocation.put("event", event);
		invocation.set("data", data);
		return invocation;
	}

	/**
	 * The navigation the Flow client reports once the UI has started, which makes the
	 * server build the view for the address.
	 */
	static JsonNode navigate(String route) {
		ObjectNode data = JSON.createObjectNode();
		data.put("route", route);
		data.put("query", "");
		data.put("appShellTitle", "");
		data.putObject("historyState").put("idx", 0);
		data.put("trigger", "");
		return event(UidlTree.ROOT, "ui-navigate", data);
	}

	/**
	 * What the Flow client sends once it has bound new elements that keep properties in
	 * step: each one's change events with no data, last attached first, then the
	 * {@code value} of those the server has not set, as the empty string the web
	 * components start with.
	 */
	static List<JsonNode> attachReport(List<UidlTree.Node> nodes) {
		List<JsonNode> report = new java.util.ArrayList<>();
		List<JsonNode> values = new java.util.ArrayList<>();
		for (UidlTree.Node node : nodes) {
			UidlTree.synchronisedEvents(node).forEach((event, property) -> {
				report.add(event(node.id(), event, JSON.createObjectNode()));
				if ("value".equals(property) && !node.properties.containsKey("value")) {
					values.add(sync(node.id(), "value", ""));
				}
			});
		}
		report.addAll(values);
		return report;
	}

	/** A property the browser changed, which the server keeps in step. */
	static JsonNode sync(int node, String property, boolean value) {
		ObjectNode invocation = JSON.createObjectNode();
		invocation.put("type", "mSync");
		invocation.put("node", node);
		invocation.put("feature", UidlTree.ELEMENT_PROPERTIES);
		invocation.put("property", property);
		invocation.put("value", value);
		return invocation;
	}

	/** A property the browser changed, which the server keeps in step. */
	static JsonNode sync(int node, String property, String value) {
		ObjectNode invocation = JSON.createObjectNode();
		invocation.put("type", "mSync");
		invocation.put("node", node);
		invocation.put("feature", UidlTree.ELEMENT_PROPERTIES);
		invocation.put("property", property);
		invocation.put("value", value);
		return invocation;
	}

	/**
	 * The data a browser would send with an event, for the expressions the server
	 * registered: keys ({@code event.ctrlKey}) are false, other values (buttons, counts,
	 * coordinates) 0, {@code event.detail} 1 (one click). Expressions starting with
	 * {@code }} name properties to synchronise, which travel as their own invocation, and
	 * are left out.
	 */
	static JsonNode eventData(List<String> expressions) {
		ObjectNode data = JSON.createObjectNode();
		for (String expression : expressions) {
			if (expression.startsWith("}")) {
				continue;
			}
			if (expression.endsWith("Key")) {
				data.put(expression, false);
			}
			else if ("event.detail".equals(expression)) {
				data.put(expression, 1);
			}
			else {
				data.put(expression, 0);
			}
		}
		return data;
	}

	/** What the server says went wrong in a response, or empty when nothing did. */
	static Optional<String> problem(JsonNode uidl) {
		JsonNode meta = uidl.path("meta");
		if (meta.path("sessionExpired").asBoolean(false)) {
			return Optional.of("session expired");
		}
		if (meta.has("appError")) {
			return Optional.of("application error: " + meta.get("appError"));
		}
		if (uidl.path("resynchronize").asBoolean(false)) {
			return Optional.of("server asked to resynchronise");
		}
		return Optional.empty();
	}

}
