package org.threefold.questionnaire;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Typed, line-aware access to one YAML mapping. Every getter reports a precise problem
 * (line and field path) instead of throwing, so one read finds every mistake in a file,
 * and {@link #finish()} flags keys nobody asked for, which are almost always typos.
 */
final class Fields {

	/**
	 * Longest text a true/false or number field is read from. Generous on purpose, so
	 * that "estimatedMinutes: about five" is reported as not a number rather than as too
	 * long.
	 */
	private static final int MAX_TYPED_VALUE = 200;

	private final Map<String, NodeTuple> tuples = new LinkedHashMap<>();

	private final Set<String> read = new java.util.HashSet<>();

	private final String path;

	private final int line;

	private final Problems problems;

	private Fields(MappingNode node, String path, Problems problems) {
		this.path = path;
		this.line = line(node);
		this.problems = problems;
		for (NodeTuple tuple : node.getValue()) {
			if (tuple.getKeyNode() instanceof ScalarNode key) {
				if (this.tuples.putIfAbsent(key.getValue(), tuple) != null) {
					problems.add(line(key), field(key.getValue()), "appears twice");
				}
			}
			else {
				problems.add(line(tuple.getKeyNode()), path, "field names must be plain text");
			}
		}
	}

	/** Null (after reporting) when the node is not a mapping. */
	static Fields of(Node node, String path, Problems problems, String what) {
		if (node instanceof MappingNode mapping) {
			return new Fields(mapping, path, problems);
		}
		problems.add(line(node), path, "must be " + what + " (a set of \"field: value\" lines)");
		return null;
	}

	static int line(Node node) {
		return (node == null) ? 0 : node.getStartMark().getLine() + 1;
	}

	int line() {
		return this.line;
	}

	/**
	 * The line where {@code key} is written, or the mapping's own line when it is absent.
	 * The key, not the value: a list value starts on the line after its key, and a
	 * problem with "options" or "sections" as a whole belongs on the line that says so.
	 */
	int lineOf(String key) {
		NodeTuple tuple = this.tuples.get(key);
		return (tuple == null) ? this.line : line(tuple.getKeyNode());
	}

	String field(String key) {
		return this.path.isEmpty() ? key : this.path + "." + key;
	}

	String path() {
		return this.path;
	}

	boolean has(String key) {
		return this.tuples.containsKey(key);
	}

	Optional<Node> node(String key) {
		this.read.add(key);
		return Optional.ofNullable(this.tuples.get(key)).map(NodeTuple::getValueNode);
	}

	/**
	 * A required scalar, trimmed; empty after reporting when missing, blank or too long.
	 */
	Optional<String> requiredText(String key, int maxLength) {
		Optional<String> text = text(key, maxLength);
		if (text.isEmpty() && !this.has(key)) {
			this.problems.add(this.line, field(key), "is required");
		}
		return text;
	}

	Optional<String> text(String key, int maxLength) {
		Optional<Node> node = node(key);
		if (node.isEmpty()) {
			return Optional.empty();
		}
		if (!(node.get() instanceof ScalarNode scalar)) {
			this.problems.add(line(node.get()), field(key), "must be a single value, not a list or a set of fields");
			return Optional.empty();
		}
		String value = scalar.getValue().strip();
		if (value.isEmpty() || "null".equals(value) || "~".equals(value)) {
			this.problems.add(line(scalar), field(key), "must not be empty");
			return Optional.empty();
		}
		if (value.length() > maxLength) {
			this.problems.add(line(scalar), field(key),
					"at most " + maxLength + " characters (has " + value.length() + ")");
			return Optional.empty();
		}
		return Optional.of(value);
	}

	boolean bool(String key, boolean defaultValue) {
		Optional<String> text = text(key, MAX_TYPED_VALUE);
		if (text.isEmpty()) {
			return defaultValue;
		}
		return switch (text.get()) {
			case "true" -> true;
			case "false" -> false;
			default -> {
				this.problems.add(lineOf(key), field(key), "must be true or false");
				yield defaultValue;
			}
		};
	}

	Optional<Integer> integer(String key, int min, int max) {
		Optional<String> text = text(key, MAX_TYPED_VALUE);
		if (text.isEmpty()) {
			return Optional.empty();
		}
		try {
			int value = Integer.parseInt(text.get());
			if (value < min || value > max) {
				this.problems.add(lineOf(key), field(key), "must be between " + min + " and " + max);
				return Optional.empty();
			}
			return Optional.of(value);
		}
		catch (NumberFormatException ex) {
			this.problems.add(lineOf(key), field(key), "must be a whole number");
			return Optional.empty();
		}
	}

	Optional<BigDecimal> decimal(String key) {
		Optional<String> text = text(key, MAX_TYPED_VALUE);
		if (text.isEmpty()) {
			return Optional.empty();
		}
		try {
			return Optional.of(new BigDecimal(text.get()));
		}
		catch (NumberFormatException ex) {
			this.problems.add(lineOf(key), field(key), "must be a number");
			return Optional.empty();
		}
	}

	/** Items of a list; reports a missing required list or a value that is not a list. */
	List<Node> list(String key, boolean required) {
		Optional<Node> node = node(key);
		if (node.isEmpty()) {
			if (required) {
				this.problems.add(this.line, field(key), "is required");
			}
			return List.of();
		}
		if (node.get() instanceof SequenceNode sequence) {
			if (sequence.getValue().isEmpty() && required) {
				this.problems.add(line(sequence), field(key), "must not be empty");
			}
			return sequence.getValue();
		}
		this.problems.add(line(node.get()), field(key), "must be a list (lines starting with \"- \")");
		return List.of();
	}

	List<String> textList(String key, int maxLength) {
		List<String> values = new ArrayList<>();
		List<Node> nodes = list(key, false);
		for (int i = 0; i < nodes.size(); i++) {
			if (nodes.get(i) instanceof ScalarNode scalar && !scalar.getValue().isBlank()
					&& scalar.getValue().length() <= maxLength) {
				values.add(scalar.getValue().strip());
			}
			else {
				this.problems.add(line(nodes.get(i)), field(key) + "[" + i + "]",
						"must be text of at most " + maxLength + " characters");
			}
		}
		return values;
	}

	/**
	 * Reports every key that no getter asked for. Call after reading all known fields.
	 */
	void finish() {
		for (Map.Entry<String, NodeTuple> entry : this.tuples.entrySet()) {
			if (!this.read.contains(entry.getKey())) {
				this.problems.add(line(entry.getValue().getKeyNode()), field(entry.getKey()), "unknown field");
			}
		}
	}

	Problems problems() {
		return this.problems;
	}

}
