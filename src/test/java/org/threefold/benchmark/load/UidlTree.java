package org.threefold.benchmark.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import tools.jackson.databind.JsonNode;

/**
 * The browser's copy of a Vaadin Flow UI, as the Flow client keeps it: a tree of state
 * nodes built from the {@code changes} of each UIDL message the server sends. Enough of
 * it for a load driver to find what a person would click (a button by its text or class,
 * a question's radio group by the id of its field) and to know which event data the
 * server listens for. Pure Java, no HTTP: {@code UidlTreeTest} feeds it recorded
 * messages.
 * <p>
 * Feature numbers and change keys are Flow's ({@code NodeFeatures},
 * {@code JsonConstants}).
 */
final class UidlTree {

	static final int ELEMENT_DATA = 0;

	static final int ELEMENT_PROPERTIES = 1;

	static final int ELEMENT_CHILDREN = 2;

	static final int ELEMENT_ATTRIBUTES = 3;

	static final int ELEMENT_LISTENERS = 4;

	static final int TEXT_NODE = 7;

	static final int CLASS_LIST = 11;

	/**
	 * Children kept outside the DOM order, such as the container a routed view goes in.
	 */
	static final int VIRTUAL_CHILDREN = 24;

	/** The UI's own node; everything shown hangs below it. */
	static final int ROOT = 1;

	/** One state node: an element (with a tag) or a text node (with text). */
	static final class Node {

		final int id;

		String tag;

		String text;

		boolean visible = true;

		final Map<String, JsonNode> properties = new HashMap<>();

		final Map<String, String> attributes = new HashMap<>();

		final Set<String> classes = new LinkedHashSet<>();

		final List<Integer> children = new ArrayList<>();

		final List<Integer> virtualChildren = new ArrayList<>();

		/** Event type to the expressions the server asked the client to send with it. */
		final Map<String, List<String>> listeners = new LinkedHashMap<>();

		Node(int id) {
			this.id = id;
		}

		int id() {
			return this.id;
		}

		String tag() {
			return this.tag;
		}

		Optional<String> property(String name) {
			JsonNode value = this.properties.get(name);
			return (value == null || value.isNull()) ? Optional.empty() : Optional.of(value.asString());
		}

		Optional<String> attribute(String name) {
			return Optional.ofNullable(this.attributes.get(name));
		}

		boolean hasClass(String name) {
			return this.classes.contains(name);
		}

		List<String> listenerExpressions(String event) {
			return this.listeners.getOrDefault(event, List.of());
		}

		@Override
		public String toString() {
			return "node " + this.id + " <" + this.tag + ">";
		}

	}

	private final Map<Integer, Node> nodes = new HashMap<>();

	private final Map<String, JsonNode> constants = new HashMap<>();

	private final List<Integer> attached = new ArrayList<>();

	/**
	 * Applies one UIDL message: its constant pool first (listener settings refer to it),
	 * then its changes in order.
	 */
	void apply(JsonNode uidl) {
		this.attached.clear();
		JsonNode pool = uidl.path("constants");
		for (Map.Entry<String, JsonNode> constant : pool.properties()) {
			this.constants.put(constant.getKey(), constant.getValue());
		}
		for (JsonNode change : uidl.path("changes")) {
			applyChange(change);
		}
	}

	private void applyChange(JsonNode change) {
		int id = change.path("node").asInt();
		String type = change.path("type").asString();
		switch (type) {
			case "attach" -> {
				this.nodes.put(id, new Node(id));
				this.attached.add(id);
			}
			case "detach" -> this.nodes.remove(id);
			case "put" -> put(node(id), change.path("feat").asInt(), change.path("key").asString(), change);
			case "remove" -> remove(node(id), change.path("feat").asInt(), change.path("key").asString());
			case "splice" -> splice(node(id), change);
			case "clear" -> clear(node(id), change.path("feat").asInt());
			default -> {
				// "empty" only announces a feature; nothing to keep.
			}
		}
	}

	private Node node(int id) {
		return this.nodes.computeIfAbsent(id, Node::new);
	}

	private void put(Node node, int feature, String key, JsonNode change) {
		JsonNode value = change.has("nodeValue") ? change.get("nodeValue") : change.path("value");
		switch (feature) {
			case ELEMENT_DATA -> {
				if ("tag".equals(key)) {
					node.tag = value.asString();
				}
				else if ("visible".equals(key)) {
					node.visible = value.asBoolean(true);
				}
			}
			case ELEMENT_PROPERTIES -> node.properties.put(key, value);
			case ELEMENT_ATTRIBUTES -> node.attributes.put(key, value.isNull() ? null : value.asString());
			case TEXT_NODE -> node.text = value.asString();
			case ELEMENT_LISTENERS -> node.listeners.put(key, expressions(value));
			default -> {
				// Styles, push and polling settings and the rest do not matter here.
			}
		}
	}

	/**
	 * A listener's settings are an object whose keys are the expressions to send; the
	 * server puts it in the constant pool and refers to it by key.
	 */
	private List<String> expressions(JsonNode value) {
		JsonNode settings = value.isString() ? this.constants.getOrDefault(value.asString(), value) : value;
		List<String> expressions = new ArrayList<>();
		settings.propertyNames().forEach(expressions::add);
		return expressions;
	}

	private void remove(Node node, int feature, String key) {
		switch (feature) {
			case ELEMENT_PROPERTIES -> node.properties.remove(key);
			case ELEMENT_ATTRIBUTES -> node.attributes.remove(key);
			case ELEMENT_LISTENERS -> node.listeners.remove(key);
			case ELEMENT_DATA -> {
				if ("visible".equals(key)) {
					node.visible = true;
				}
			}
			default -> {
			}
		}
	}

	private void splice(Node node, JsonNode change) {
		int feature = change.path("feat").asInt();
		int index = change.path("index").asInt();
		int removed = change.path("remove").asInt(0);
		if (feature == ELEMENT_CHILDREN || feature == VIRTUAL_CHILDREN) {
			List<Integer> children = (feature == ELEMENT_CHILDREN) ? node.children : node.virtualChildren;
			for (int i = 0; i < removed && index < children.size(); i++) {
				children.remove(index);
			}
			List<Integer> added = new ArrayList<>();
			change.path("addNodes").forEach((child) -> added.add(child.asInt()));
			children.addAll(Math.min(index, children.size()), added);
		}
		else if (feature == CLASS_LIST) {
			List<String> classes = new ArrayList<>(node.classes);
			for (int i = 0; i < removed && index < classes.size(); i++) {
				classes.remove(index);
			}
			List<String> added = new ArrayList<>();
			change.path("add").forEach((name) -> added.add(name.asString()));
			classes.addAll(Math.min(index, classes.size()), added);
			node.classes.clear();
			node.classes.addAll(classes);
		}
	}

	private void clear(Node node, int feature) {
		switch (feature) {
			case ELEMENT_CHILDREN -> node.children.clear();
			case VIRTUAL_CHILDREN -> node.virtualChildren.clear();
			case CLASS_LIST -> node.classes.clear();
			case ELEMENT_PROPERTIES -> node.properties.clear();
			case ELEMENT_ATTRIBUTES -> node.attributes.clear();
			case ELEMENT_LISTENERS -> node.listeners.clear();
			default -> {
			}
		}
	}

	/**
	 * The nodes the last message attached that are now shown and keep a property in step
	 * with the server (a listener with a {@code }property} expression), in the order the
	 * Flow client reports them once it has bound them: last attached first.
	 */
	List<Node> newlySynchronised() {
		List<Node> found = new ArrayList<>();
		Set<Integer> shown = new java.util.HashSet<>();
		shown((node) -> true).forEach((node) -> shown.add(node.id));
		for (int i = this.attached.size() - 1; i >= 0; i--) {
			Node node = this.nodes.get(this.attached.get(i));
			if (node != null && shown.contains(node.id) && !synchronisedEvents(node).isEmpty()) {
				found.add(node);
			}
		}
		return found;
	}

	/** The events of a node that carry a property to keep in step, with that property. */
	static Map<String, String> synchronisedEvents(Node node) {
		Map<String, String> events = new LinkedHashMap<>();
		node.listeners.forEach((event, expressions) -> expressions.stream()
			.filter((expression) -> expression.startsWith("}"))
			.findFirst()
			.ifPresent((expression) -> events.put(event, expression.substring(1))));
		return events;
	}

	Optional<Node> get(int id) {
		return Optional.ofNullable(this.nodes.get(id));
	}

	int size() {
		return this.nodes.size();
	}

	/**
	 * Nodes a person can see below {@code from}, depth first in document order; a hidden
	 * node hides everything below it, as in the browser.
	 */
	List<Node> shown(Node from, Predicate<Node> wanted) {
		List<Node> found = new ArrayList<>();
		collect(from, wanted, found);
		return found;
	}

	List<Node> shown(Predicate<Node> wanted) {
		return get(ROOT).map((root) -> shown(root, wanted)).orElse(List.of());
	}

	private void collect(Node node, Predicate<Node> wanted, List<Node> found) {
		if (!node.visible) {
			return;
		}
		if (wanted.test(node)) {
			found.add(node);
		}
		for (int child : allChildren(node)) {
			Node next = this.nodes.get(child);
			if (next != null) {
				collect(next, wanted, found);
			}
		}
	}

	/** An outline of the tree, one element a line, for finding out why a step failed. */
	String outline() {
		StringBuilder out = new StringBuilder();
		get(ROOT).ifPresent((root) -> outline(root, 0, out));
		return out.toString();
	}

	private void outline(Node node, int depth, StringBuilder out) {
		out.append("  ".repeat(depth)).append(node.id).append(' ');
		if (node.text != null) {
			out.append('"').append(node.text).append('"');
		}
		else {
			out.append('<').append(node.tag).append('>');
		}
		if (!node.classes.isEmpty()) {
			out.append(" .").append(String.join(".", node.classes));
		}
		if (!node.visible) {
			out.append(" hidden");
		}
		if (!node.listeners.isEmpty()) {
			out.append(" on ").append(node.listeners.keySet());
		}
		out.append('\n');
		for (int child : allChildren(node)) {
			Node next = this.nodes.get(child);
			if (next != null) {
				outline(next, depth + 1, out);
			}
		}
	}

	private static List<Integer> allChildren(Node node) {
		if (node.virtualChildren.isEmpty()) {
			return node.children;
		}
		List<Integer> all = new ArrayList<>(node.children);
		all.addAll(node.virtualChildren);
		return all;
	}

	/** The text below a node, as {@code textContent} would give it. */
	String text(Node node) {
		if (node.text != null) {
			return node.text;
		}
		StringBuilder text = new StringBuilder();
		for (int child : node.children) {
			Node next = this.nodes.get(child);
			if (next != null) {
				text.append(text(next));
			}
		}
		return text.toString();
	}

	/** The one shown element with this tag whose text is exactly {@code text}. */
	Optional<Node> shownWithText(String tag, String text) {
		return first(shown((node) -> tag.equals(node.tag) && text.equals(text(node).strip())));
	}

	Optional<Node> shownWithClass(String className) {
		return first(shown((node) -> node.hasClass(className)));
	}

	Optional<Node> shownWithId(String id) {
		return first(shown((node) -> id.equals(node.attributes.get("id"))));
	}

	private static Optional<Node> first(List<Node> nodes) {
		return nodes.isEmpty() ? Optional.empty() : Optional.of(nodes.get(0));
	}

}
