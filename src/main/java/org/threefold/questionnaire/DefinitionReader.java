package org.threefold.questionnaire;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads and validates definition files (docs/questionnaire-format.md). Pure Java: give it
 * file names and contents, get back what loaded and every problem, each with file, line
 * and field. A file with any problem is left out as a whole, so nothing half-valid is
 * ever used; the other files still load.
 */
public final class DefinitionReader {

	public static final int MAX_FILE_BYTES = 1_000_000;

	static final int MAX_ITEM_TEXT = 500;

	private static final Pattern DEFINITION_ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,63}");

	private static final Pattern ITEM_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

	private static final Pattern SUBDIMENSION_ID = Pattern.compile("[A-Za-z0-9-]{1,32}");

	private static final Set<String> MATRIX_MEASURES = new LinkedHashSet<>(
			List.of("influence", "respect", "data-trust"));

	private static final Set<String> ALLOCATION_MEASURES = new LinkedHashSet<>(List.of("cost", "risk", "benefit"));

	private static final Set<String> COMMON_ITEM_FIELDS = Set.of("id", "type", "text", "required", "help", "source",
			"showIf", "dimension", "subdimension");

	private static final Map<ItemType, Set<String>> TYPE_FIELDS = Map.of(ItemType.LIKERT,
			Set.of("scale", "reverse", "notApplicable", "dontKnow"), ItemType.SINGLE_CHOICE, Set.of("options"),
			ItemType.MULTIPLE_CHOICE, Set.of("options", "maxChoices"), ItemType.FREE_TEXT, Set.of("maxLength"),
			ItemType.NUMBER, Set.of("min", "max", "integer", "unit"), ItemType.RANKING, Set.of("options", "rankTop"),
			ItemType.PARTNER_MATRIX, Set.of("measure", "includeSelf", "scale"), ItemType.ALLOCATION,
			Set.of("measure", "total", "over", "options"));

	/** A file to read: its name (for messages) and its text. */
	public record SourceFile(String name, String content) {
	}

	/**
	 * What loaded and what did not.
	 *
	 * @param framework empty when no valid framework file was found (then nothing else
	 * loads)
	 */
	public record Result(Optional<Framework> framework, List<QuestionnaireDefinition> questionnaires,
			Optional<ActionLibrary> actionLibrary, List<LoadProblem> problems) {
	}

	private record Parsed(SourceFile file, Fields root, String kind, Problems problems) {
	}

	public Result read(List<SourceFile> files) {
		List<LoadProblem> problems = new ArrayList<>();
		List<Parsed> parsed = new ArrayList<>();
		for (SourceFile file : files) {
			Problems fileProblems = new Problems(file.name());
			Fields root = parse(file, fileProblems);
			if (root == null) {
				problems.addAll(fileProblems.list());
				continue;
			}
			String kind = root.requiredText("kind", 40).orElse("");
			if (!kind.isEmpty() && !Set.of("framework", "questionnaire", "action-library").contains(kind)) {
				fileProblems.add(root.lineOf("kind"), "kind",
						"must be one of framework, questionnaire, action-library");
			}
			parsed.add(new Parsed(file, root, kind, fileProblems));
		}

		Framework framework = readFramework(parsed, problems);
		List<QuestionnaireDefinition> questionnaires = new ArrayList<>();
		Map<String, String> fileById = new HashMap<>();
		ActionLibrary library = null;
		for (Parsed file : parsed) {
			if (file.kind().equals("framework")) {
				continue;
			}
			if (framework == null && (file.kind().equals("questionnaire") || file.kind().equals("action-library"))) {
				file.problems().add(0, "", "not loaded because no valid framework file loaded (see its problems)");
			}
			else if (file.kind().equals("questionnaire")) {
				QuestionnaireDefinition definition = readQuestionnaire(file, framework);
				if (!file.problems().any()) {
					String other = fileById.putIfAbsent(definition.id(), file.file().name());
					if (other != null) {
						file.problems()
							.add(file.root().lineOf("id"), "id",
									"\"" + definition.id() + "\" is also defined in " + other);
					}
					else {
						questionnaires.add(definition);
					}
				}
			}
			else if (file.kind().equals("action-library")) {
				ActionLibrary read = readActionLibrary(file, framework);
				if (!file.problems().any()) {
					if (library != null) {
						file.problems().add(0, "", "a second action library; only one may be loaded");
					}
					else {
						library = read;
					}
				}
			}
			problems.addAll(file.problems().list());
		}
		return new Result(Optional.ofNullable(framework), List.copyOf(questionnaires), Optional.ofNullable(library),
				List.copyOf(problems));
	}

	public static String contentHash(String content) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(content.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JDK has SHA-256", ex);
		}
	}

	private static Fields parse(SourceFile file, Problems problems) {
		if (file.content().getBytes(StandardCharsets.UTF_8).length > MAX_FILE_BYTES) {
			problems.add(0, "", "the file is larger than " + MAX_FILE_BYTES / 1000 + " kB");
			return null;
		}
		LoaderOptions options = new LoaderOptions();
		// Definition files are small and hand-written: refuse alias bombs and deep
		// nesting outright.
		options.setMaxAliasesForCollections(20);
		options.setNestingDepthLimit(30);
		options.setAllowDuplicateKeys(true);
		Node node;
		try {
			node = new Yaml(options).compose(new StringReader(file.content()));
		}
		catch (MarkedYAMLException ex) {
			int line = (ex.getProblemMark() != null) ? ex.getProblemMark().getLine() + 1 : 0;
			// Some problems only make sense after their context: "expected a single
			// document in
			// the stream, but found another document".
			String context = (ex.getContext() != null) ? ex.getContext() + ", " : "";
			problems.add(line, "", "could not read YAML: " + context + ex.getProblem());
			return null;
		}
		catch (YAMLException ex) {
			problems.add(0, "", "could not read YAML: " + ex.getMessage());
			return null;
		}
		if (node == null) {
			problems.add(0, "", "the file is empty");
			return null;
		}
		return Fields.of(node, "", problems, "a definition");
	}

	// ---- framework
	// ------------------------------------------------------------------------

	private static Framework readFramework(List<Parsed> parsed, List<LoadProblem> problems) {
		Framework framework = null;
		for (Parsed file : parsed) {
			if (!file.kind().equals("framework")) {
				continue;
			}
			Framework read = readFrameworkFile(file);
			if (!file.problems().any()) {
				if (framework != null) {
					file.problems().add(0, "", "a second framework file; only one may be loaded");
				}
				else {
					framework = read;
				}
			}
			problems.addAll(file.problems().list());
		}
		if (framework == null && parsed.stream().noneMatch((file) -> file.kind().equals("framework"))) {
			problems.add(new LoadProblem("(questionnaires directory)", 0, "",
					"no framework file (kind: framework) was found"));
		}
		return framework;
	}

	private static Framework readFrameworkFile(Parsed file) {
		Fields root = file.root();
		Problems problems = file.problems();
		String id = definitionId(root);
		String version = root.text("version", 40).orElse("");
		Map<Dimension, String> descriptions = new EnumMap<>(Dimension.class);
		List<SubDimension> subdimensions = new ArrayList<>();
		Map<String, Integer> subdimensionLines = new HashMap<>();
		List<Node> dimensions = root.list("dimensions", true);
		for (int d = 0; d < dimensions.size(); d++) {
			Fields fields = Fields.of(dimensions.get(d), "dimensions[" + d + "]", problems, "a dimension");
			if (fields == null) {
				continue;
			}
			Optional<Dimension> dimension = fields.requiredText("id", 40).flatMap((code) -> {
				Optional<Dimension> known = Dimension.fromCode(code);
				if (known.isEmpty()) {
					problems.add(fields.lineOf("id"), fields.field("id"),
							"unknown dimension \"" + code + "\"; expected one of " + Dimension.codes());
				}
				return known;
			});
			fields.requiredText("name", 100);
			String description = fields.requiredText("description", 1000).orElse("");
			if (dimension.isPresent() && descriptions.put(dimension.get(), description) != null) {
				problems.add(fields.lineOf("id"), fields.field("id"),
						"dimension " + dimension.get().code() + " appears twice");
			}
			List<Node> subs = fields.list("subdimensions", true);
			for (int s = 0; s < subs.size(); s++) {
				Fields sub = Fields.of(subs.get(s), fields.field("subdimensions[" + s + "]"), problems,
						"a sub-dimension");
				if (sub == null) {
					continue;
				}
				String subId = sub.requiredText("id", 32).orElse("");
				if (!subId.isEmpty() && !SUBDIMENSION_ID.matcher(subId).matches()) {
					problems.add(sub.lineOf("id"), sub.field("id"), "may contain only letters, digits and '-'");
				}
				Integer first = subdimensionLines.putIfAbsent(subId, sub.lineOf("id"));
				if (!subId.isEmpty() && first != null) {
					problems.add(sub.lineOf("id"), sub.field("id"),
							"duplicate sub-dimension \"" + subId + "\" (first at line " + first + ")");
				}
				String name = sub.requiredText("name", 100).orElse("");
				String subDescription = sub.requiredText("description", 500).orElse("");
				String low = sub.requiredText("low", 500).orElse("");
				String high = sub.requiredText("high", 500).orElse("");
				int problemsBefore = problems.count();
				List<String> sources = sub.textList("sources", 300);
				if (!sub.has("sources")) {
					problems.add(sub.line(), sub.field("sources"), "is required: at least one seed reference");
				}
				else if (sources.isEmpty() && problems.count() == problemsBefore) {
					// "sources: []" reads without complaint as a list, but gives no seed
					// reference.
					problems.add(sub.lineOf("sources"), sub.field("sources"), "must name at least one seed reference");
				}
				sub.finish();
				dimension.ifPresent((dim) -> subdimensions
					.add(new SubDimension(subId, dim, name, subDescription, low, high, List.copyOf(sources))));
			}
			fields.finish();
		}
		for (Dimension dimension : Dimension.values()) {
			if (!dimensions.isEmpty() && !descriptions.containsKey(dimension)) {
				problems.add(root.lineOf("dimensions"), "dimensions", "dimension " + dimension.code() + " is missing");
			}
		}
		root.finish();
		return new Framework(id, version, contentHash(file.file().content()), Map.copyOf(descriptions),
				List.copyOf(subdimensions));
	}

	// ---- questionnaires
	// -------------------------------------------------------------------

	private static QuestionnaireDefinition readQuestionnaire(Parsed file, Framework framework) {
		Fields root = file.root();
		Problems problems = file.problems();
		String id = definitionId(root);
		String version = root.text("version", 40).orElse("");
		String title = root.requiredText("title", 200).orElse("");
		Audience audience = root.requiredText("audience", 20).flatMap((code) -> {
			Optional<Audience> known = Audience.fromCode(code);
			if (known.isEmpty()) {
				problems.add(root.lineOf("audience"), "audience", "must be one of leads, staff, any");
			}
			return known;
		}).orElse(Audience.ANY);
		int minutes = root.integer("estimatedMinutes", 1, 120).orElse(0);
		if (!root.has("estimatedMinutes")) {
			problems.add(root.line(), "estimatedMinutes", "is required");
		}
		String description = root.text("description", 2000).orElse("");

		Map<String, Item> itemsById = new HashMap<>();
		// Every item id with its line, including items that had problems: a duplicate of
		// a broken
		// item is still a duplicate, and a show-if naming it must not claim it does not
		// exist.
		Map<String, Integer> itemLines = new HashMap<>();
		Map<String, Integer> sectionLines = new HashMap<>();
		List<Section> sections = new ArrayList<>();
		List<Node> sectionNodes = root.list("sections", true);
		for (int s = 0; s < sectionNodes.size(); s++) {
			Fields section = Fields.of(sectionNodes.get(s), "sections[" + s + "]", problems, "a section");
			if (section == null) {
				continue;
			}
			String sectionId = itemId(section);
			Integer first = sectionLines.putIfAbsent(sectionId, section.lineOf("id"));
			if (!sectionId.isEmpty() && first != null) {
				problems.add(section.lineOf("id"), section.field("id"),
						"duplicate section id \"" + sectionId + "\" (first at line " + first + ")");
			}
			String sectionTitle = section.requiredText("title", 200).orElse("");
			String intro = section.text("intro", 2000).orElse(null);
			List<Item> items = new ArrayList<>();
			List<Node> itemNodes = section.list("items", true);
			for (int i = 0; i < itemNodes.size(); i++) {
				Fields item = Fields.of(itemNodes.get(i), section.field("items[" + i + "]"), problems, "an item");
				if (item != null) {
					readItem(item, framework, itemsById, itemLines).ifPresent(items::add);
				}
			}
			section.finish();
			sections.add(new Section(sectionId, sectionTitle, intro, List.copyOf(items)));
		}
		root.finish();
		if (!problems.any()) {
			// Items with problems are not counted, so on a broken file the count would be
			// wrong.
			checkScales(root, itemsById.values(), problems);
		}
		return new QuestionnaireDefinition(id, version, contentHash(file.file().content()), file.file().name(), title,
				audience, minutes, description, List.copyOf(sections));
	}

	private static Optional<Item> readItem(Fields item, Framework framework, Map<String, Item> earlier,
			Map<String, Integer> itemLines) {
		Problems problems = item.problems();
		int errorsBefore = problems.count();
		String id = itemId(item);
		Integer first = id.isEmpty() ? null : itemLines.putIfAbsent(id, item.lineOf("id"));
		if (first != null) {
			problems.add(item.lineOf("id"), item.field("id"),
					"duplicate id \"" + id + "\" (first at line " + first + ")");
		}
		Optional<ItemType> type = item.requiredText("type", 40).flatMap((code) -> {
			Optional<ItemType> known = ItemType.fromCode(code);
			if (known.isEmpty()) {
				problems.add(item.lineOf("type"), item.field("type"),
						"unknown item type \"" + code + "\"; expected one of " + ItemType.codes());
			}
			return known;
		});
		String text = item.requiredText("text", MAX_ITEM_TEXT).orElse("");
		boolean required = item.bool("required", false);
		String help = item.text("help", 1000).orElse(null);
		String source = item.text("source", 300).orElse(null);
		Optional<Dimension> dimension = item.text("dimension", 40).flatMap((code) -> {
			Optional<Dimension> known = Dimension.fromCode(code);
			if (known.isEmpty()) {
				problems.add(item.lineOf("dimension"), item.field("dimension"),
						"unknown dimension \"" + code + "\"; expected one of " + Dimension.codes());
			}
			return known;
		});
		Optional<String> subdimension = item.text("subdimension", 32);
		subdimension.ifPresent((sub) -> {
			Optional<SubDimension> known = framework.subdimension(sub);
			if (known.isEmpty()) {
				problems.add(item.lineOf("subdimension"), item.field("subdimension"),
						"unknown sub-dimension \"" + sub + "\" (not in " + framework.id() + ")");
			}
			else if (dimension.isPresent() && known.get().dimension() != dimension.get()) {
				problems.add(item.lineOf("subdimension"), item.field("subdimension"),
						sub + " belongs to " + known.get().dimension().code() + ", not " + dimension.get().code());
			}
		});
		ShowIf showIf = item.node("showIf").map((node) -> readShowIf(node, item, earlier, itemLines)).orElse(null);
		ItemSpec spec = type.map((t) -> readSpec(t, item)).orElse(null);
		if (dimension.isEmpty() && !item.has("dimension")) {
			// One message for the missing field, whichever rule asks for it.
			if (spec instanceof ItemSpec.Likert) {
				problems.add(item.line(), item.field("dimension"), "is required for likert items");
			}
			else if (subdimension.isPresent()) {
				problems.add(item.line(), item.field("dimension"), "is required when a sub-dimension is given");
			}
		}
		if (spec instanceof ItemSpec.Likert) {
			if (subdimension.isEmpty() && !item.has("subdimension")) {
				problems.add(item.line(), item.field("subdimension"), "is required for likert items");
			}
			if (source == null && !item.has("source")) {
				problems.add(item.line(), item.field("source"), "is required for likert items (a seed reference)");
			}
		}
		finishItem(item, type.orElse(null));
		if (problems.count() > errorsBefore || spec == null) {
			return Optional.empty();
		}
		Item read = new Item(id, text, required, help, source, dimension.orElse(null), subdimension.orElse(null),
				showIf, item.line(), spec);
		earlier.put(id, read);
		return Optional.of(read);
	}

	private static ItemSpec readSpec(ItemType type, Fields item) {
		return switch (type) {
			case LIKERT -> new ItemSpec.Likert(scale(item, LikertScale.AGREEMENT), item.bool("reverse", false),
					item.bool("notApplicable", true), item.bool("dontKnow", true));
			case SINGLE_CHOICE -> new ItemSpec.Choice(false, options(item, 2, 20), null);
			case MULTIPLE_CHOICE -> {
				List<Option> options = options(item, 2, 30);
				Integer maxChoices = item.integer("maxChoices", 1, Math.max(1, options.size())).orElse(null);
				yield new ItemSpec.Choice(true, options, maxChoices);
			}
			case FREE_TEXT -> new ItemSpec.FreeText(item.integer("maxLength", 1, 4000).orElse(2000));
			case NUMBER -> readNumber(item);
			case RANKING -> {
				List<Option> options = options(item, 2, 15);
				Integer rankTop = item.integer("rankTop", 1, Math.max(1, options.size())).orElse(null);
				yield new ItemSpec.Ranking(options, rankTop);
			}
			case PARTNER_MATRIX -> new ItemSpec.PartnerMatrix(measure(item, MATRIX_MEASURES),
					item.bool("includeSelf", true), scale(item, LikertScale.EXTENT));
			case ALLOCATION -> readAllocation(item);
		};
	}

	private static ItemSpec readNumber(Fields item) {
		Optional<BigDecimal> min = item.decimal("min");
		Optional<BigDecimal> max = item.decimal("max");
		if (!item.has("min")) {
			item.problems().add(item.line(), item.field("min"), "is required for number items");
		}
		if (!item.has("max")) {
			item.problems().add(item.line(), item.field("max"), "is required for number items");
		}
		if (min.isPresent() && max.isPresent() && max.get().compareTo(min.get()) <= 0) {
			item.problems().add(item.lineOf("max"), item.field("max"), "must be greater than min");
		}
		boolean integer = item.bool("integer", true);
		String unit = item.text("unit", 20).orElse(null);
		return new ItemSpec.NumberInput(min.orElse(BigDecimal.ZERO), max.orElse(BigDecimal.ONE), integer, unit);
	}

	private static ItemSpec readAllocation(Fields item) {
		String measure = measure(item, ALLOCATION_MEASURES);
		int total = item.integer("total", 1, 1000).orElse(100);
		Optional<String> over = item.text("over", 20);
		over.filter((value) -> !value.equals("partners"))
			.ifPresent((value) -> item.problems()
				.add(item.lineOf("over"), item.field("over"), "must be \"partners\" (or give options instead)"));
		List<Option> options = item.has("options") ? options(item, 2, 20) : List.of();
		if (item.has("over") && item.has("options")) {
			item.problems()
				.add(item.lineOf("over"), item.field("over"),
						"give either \"over: partners\" or a list of options, not both");
		}
		else if (!item.has("over") && !item.has("options")) {
			item.problems()
				.add(item.line(), item.field("over"), "is required: give \"over: partners\" or a list of options");
		}
		return new ItemSpec.Allocation(measure, total, options);
	}

	private static String measure(Fields item, Set<String> allowed) {
		Optional<String> measure = item.requiredText("measure", 40);
		measure.filter((value) -> !allowed.contains(value))
			.ifPresent((value) -> item.problems()
				.add(item.lineOf("measure"), item.field("measure"), "must be one of " + String.join(", ", allowed)));
		return measure.orElse("");
	}

	private static LikertScale scale(Fields item, LikertScale defaultScale) {
		return item.text("scale", 20).map((code) -> LikertScale.fromCode(code).orElseGet(() -> {
			item.problems()
				.add(item.lineOf("scale"), item.field("scale"), "must be one of agreement, frequency, extent");
			return defaultScale;
		})).orElse(defaultScale);
	}

	private static List<Option> options(Fields item, int min, int max) {
		List<Node> nodes = item.list("options", true);
		List<Option> options = new ArrayList<>();
		Set<String> values = new java.util.HashSet<>();
		for (int i = 0; i < nodes.size(); i++) {
			String field = item.field("options[" + i + "]");
			Option option = readOption(nodes.get(i), field, item.problems());
			if (option == null) {
				continue;
			}
			if (!values.add(option.value())) {
				item.problems()
					.add(Fields.line(nodes.get(i)), field, "duplicate option value \"" + option.value() + "\"");
			}
			options.add(option);
		}
		// An empty or missing list has been reported already.
		if (!nodes.isEmpty() && (nodes.size() < min || nodes.size() > max)) {
			item.problems()
				.add(item.lineOf("options"), item.field("options"),
						(nodes.size() < min) ? "needs at least " + min + " options" : "at most " + max + " options");
		}
		return List.copyOf(options);
	}

	private static Option readOption(Node node, String field, Problems problems) {
		if (node instanceof ScalarNode scalar) {
			String label = scalar.getValue().strip();
			if (label.isEmpty() || label.length() > 200) {
				problems.add(Fields.line(node), field, "must be text of 1 to 200 characters");
				return null;
			}
			return new Option(label.toLowerCase(Locale.ROOT).replaceAll("\\s+", "-"), label);
		}
		Fields fields = Fields.of(node, field, problems, "an option");
		if (fields == null) {
			return null;
		}
		Optional<String> value = fields.requiredText("value", 64);
		Optional<String> label = fields.requiredText("label", 200);
		fields.finish();
		return (value.isPresent() && label.isPresent()) ? new Option(value.get(), label.get()) : null;
	}

	private static ShowIf readShowIf(Node node, Fields item, Map<String, Item> earlier,
			Map<String, Integer> itemLines) {
		Problems problems = item.problems();
		Fields fields = Fields.of(node, item.field("showIf"), problems, "a condition");
		if (fields == null) {
			return null;
		}
		int problemsBefore = problems.count();
		Optional<String> target = fields.requiredText("item", 64);
		// Each value with where it is written, so that an impossible one is reported on
		// its line.
		List<TestedValue> tested = new ArrayList<>();
		fields.text("equals", 200)
			.ifPresent((value) -> tested.add(new TestedValue(value, fields.lineOf("equals"), fields.field("equals"))));
		// Required once given: "in: []" could never match, so the item would never show.
		List<Node> in = fields.list("in", fields.has("in"));
		for (int i = 0; i < in.size(); i++) {
			String field = fields.field("in[" + i + "]");
			if (in.get(i) instanceof ScalarNode scalar && !scalar.getValue().isBlank()
					&& scalar.getValue().length() <= 200) {
				tested.add(new TestedValue(scalar.getValue().strip(), Fields.line(scalar), field));
			}
			else {
				problems.add(Fields.line(in.get(i)), field, "must be text of at most 200 characters");
			}
		}
		Optional<BigDecimal> atLeast = fields.decimal("atLeast");
		Optional<BigDecimal> atMost = fields.decimal("atMost");
		fields.finish();
		int conditions = (fields.has("equals") ? 1 : 0) + (fields.has("in") ? 1 : 0) + (fields.has("atLeast") ? 1 : 0)
				+ (fields.has("atMost") ? 1 : 0);
		if (conditions != 1) {
			problems.add(fields.line(), fields.path(), "needs exactly one of equals, in, atLeast, atMost");
			return null;
		}
		if (target.isEmpty()) {
			return null;
		}
		Item targetItem = earlier.get(target.get());
		if (targetItem == null) {
			// An earlier item that had problems of its own is reported there; naming it
			// is fine.
			if (!itemLines.containsKey(target.get())) {
				problems.add(fields.lineOf("item"), fields.field("item"),
						"\"" + target.get() + "\" must be an item that comes before this one");
			}
			return null;
		}
		if (problems.count() > problemsBefore) {
			// A value could not be read, so there is nothing sound to check against the
			// item.
			return null;
		}
		List<String> anyOf = tested.stream().map(TestedValue::value).toList();
		if (!tested.isEmpty()) {
			Set<String> possible = possibleAnswers(targetItem);
			if (possible == null) {
				problems.add(fields.lineOf("item"), fields.field("item"), "\"" + target.get() + "\" is a "
						+ targetItem.type().code() + " item; show-if can test only likert and choice items by value");
			}
			else {
				for (TestedValue value : tested) {
					if (!possible.contains(value.value())) {
						problems.add(value.line(), value.field(),
								"\"" + value.value() + "\" is not a possible answer of \"" + target.get()
										+ "\" (possible: " + String.join(", ", possible) + ")");
					}
				}
			}
		}
		else {
			checkBound(fields, atLeast.isPresent() ? "atLeast" : "atMost", atLeast.or(() -> atMost).orElseThrow(),
					targetItem);
		}
		return new ShowIf(target.get(), anyOf, atLeast.orElse(null), atMost.orElse(null));
	}

	private record TestedValue(String value, int line, String field) {
	}

	/**
	 * An atLeast or atMost bound must test a likert or number item, inside its answers.
	 */
	private static void checkBound(Fields condition, String key, BigDecimal bound, Item target) {
		BigDecimal low;
		BigDecimal high;
		if (target.spec() instanceof ItemSpec.Likert) {
			low = BigDecimal.ONE;
			high = BigDecimal.valueOf(5);
		}
		else if (target.spec() instanceof ItemSpec.NumberInput number) {
			low = number.min();
			high = number.max();
		}
		else {
			condition.problems()
				.add(condition.lineOf("item"), condition.field("item"),
						"atLeast and atMost need a likert or number item, and \"" + target.id() + "\" is "
								+ target.type().code());
			return;
		}
		// A bound outside the answers is either always or never met, so the condition is
		// a slip.
		if (bound.compareTo(low) < 0 || bound.compareTo(high) > 0) {
			condition.problems()
				.add(condition.lineOf(key), condition.field(key), bound + " is not a possible answer of \""
						+ target.id() + "\" (answers run from " + low + " to " + high + ")");
		}
	}

	/**
	 * The answers a show-if may test by value, or null when the item is not tested by
	 * value.
	 */
	private static Set<String> possibleAnswers(Item item) {
		return switch (item.spec()) {
			case ItemSpec.Likert likert ->
				new TreeSet<>(List.of("1", "2", "3", "4", "5", "not-applicable", "dont-know"));
			case ItemSpec.Choice choice -> new TreeSet<>(choice.options().stream().map(Option::value).toList());
			default -> null;
		};
	}

	private static void finishItem(Fields item, ItemType type) {
		Set<String> allowed = new java.util.HashSet<>(COMMON_ITEM_FIELDS);
		if (type != null) {
			allowed.addAll(TYPE_FIELDS.get(type));
			// Fields that belong to another type get a clearer message than "unknown
			// field". Several
			// types share some fields (options), so collect them first to report each
			// once.
			Set<String> otherTypesFields = new TreeSet<>();
			TYPE_FIELDS.values().forEach(otherTypesFields::addAll);
			otherTypesFields.removeAll(allowed);
			for (String field : otherTypesFields) {
				if (item.has(field)) {
					item.node(field);
					item.problems()
						.add(item.lineOf(field), item.field(field), "is not used by " + type.code() + " items");
				}
			}
		}
		else {
			TYPE_FIELDS.values().forEach((fields) -> fields.forEach(item::node));
		}
		item.finish();
	}

	/**
	 * Each dimension measured by likert items needs at least two, or it is not a scale.
	 */
	private static void checkScales(Fields root, java.util.Collection<Item> items, Problems problems) {
		Map<Dimension, Integer> likertCounts = new EnumMap<>(Dimension.class);
		items.stream().filter(Item::scored).forEach((item) -> likertCounts.merge(item.dimension(), 1, Integer::sum));
		likertCounts.forEach((dimension, count) -> {
			if (count < 2) {
				problems.add(root.lineOf("sections"), "sections", "dimension " + dimension.code()
						+ ": needs at least two likert items to form a scale, has " + count);
			}
		});
	}

	// ---- action library
	// -------------------------------------------------------------------

	private static ActionLibrary readActionLibrary(Parsed file, Framework framework) {
		Fields root = file.root();
		Problems problems = file.problems();
		String id = definitionId(root);
		String version = root.text("version", 40).orElse("");
		List<RecommendedAction> actions = new ArrayList<>();
		Map<String, Integer> actionLines = new HashMap<>();
		List<Node> nodes = root.list("actions", true);
		for (int a = 0; a < nodes.size(); a++) {
			Fields action = Fields.of(nodes.get(a), "actions[" + a + "]", problems, "an action");
			if (action == null) {
				continue;
			}
			int before = problems.count();
			String actionId = itemId(action);
			Integer first = actionLines.putIfAbsent(actionId, action.lineOf("id"));
			if (!actionId.isEmpty() && first != null) {
				problems.add(action.lineOf("id"), action.field("id"),
						"duplicate id \"" + actionId + "\" (first at line " + first + ")");
			}
			String subdimension = action.requiredText("subdimension", 32).orElse("");
			if (!subdimension.isEmpty() && framework.subdimension(subdimension).isEmpty()) {
				problems.add(action.lineOf("subdimension"), action.field("subdimension"),
						"unknown sub-dimension \"" + subdimension + "\" (not in " + framework.id() + ")");
			}
			Set<Integer> bands = bands(action);
			String title = action.requiredText("title", 150).orElse("");
			String description = action.requiredText("description", 2000).orElse("");
			String scope = action.text("scope", 20).orElse("local");
			if (!scope.equals("local") && !scope.equals("national")) {
				problems.add(action.lineOf("scope"), action.field("scope"), "must be local or national");
			}
			String source = action.requiredText("source", 300).orElse("");
			action.finish();
			if (problems.count() == before) {
				actions.add(new RecommendedAction(actionId, subdimension, bands, title, description,
						scope.equals("national"), source));
			}
		}
		root.finish();
		if (!problems.any()) {
			for (SubDimension subdimension : framework.subdimensions()) {
				long count = actions.stream().filter((a) -> a.subdimension().equals(subdimension.id())).count();
				if (count < 2) {
					problems.add(root.lineOf("actions"), "actions", "sub-dimension " + subdimension.id() + " has "
							+ count + ((count == 1) ? " action" : " actions") + "; at least 2 are needed");
				}
			}
		}
		return new ActionLibrary(id, version, contentHash(file.file().content()), List.copyOf(actions));
	}

	private static Set<Integer> bands(Fields action) {
		List<Node> nodes = action.list("bands", true);
		Set<Integer> bands = new TreeSet<>();
		for (int i = 0; i < nodes.size(); i++) {
			Node node = nodes.get(i);
			try {
				int band = Integer.parseInt(((ScalarNode) node).getValue().strip());
				if (band < 1 || band > 5) {
					throw new NumberFormatException();
				}
				bands.add(band);
			}
			catch (ClassCastException | NumberFormatException ex) {
				action.problems()
					.add(Fields.line(node), action.field("bands[" + i + "]"), "must be a band from 1 to 5");
			}
		}
		return Set.copyOf(bands);
	}

	// ---- shared
	// ---------------------------------------------------------------------------

	private static String definitionId(Fields root) {
		Optional<String> id = root.requiredText("id", 64);
		id.filter((value) -> !DEFINITION_ID.matcher(value).matches())
			.ifPresent((value) -> root.problems()
				.add(root.lineOf("id"), "id", "must be 2 to 64 lower-case letters, digits or '-', e.g. staff-pulse"));
		return id.orElse("");
	}

	private static String itemId(Fields fields) {
		Optional<String> id = fields.requiredText("id", 64);
		id.filter((value) -> !ITEM_ID.matcher(value).matches())
			.ifPresent((value) -> fields.problems()
				.add(fields.lineOf("id"), fields.field("id"), "may contain only letters, digits, '-' and '_'"));
		return id.orElse("");
	}

}
