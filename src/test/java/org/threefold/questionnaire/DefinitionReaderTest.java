package org.threefold.questionnaire;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.threefold.questionnaire.DefinitionReader.Result;
import org.threefold.questionnaire.DefinitionReader.SourceFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every problem the definition reader reports, each with the file, line and field an
 * author needs to find it (docs/questionnaire-format.md, "Errors the validator reports").
 */
class DefinitionReaderTest {

	/** A tiny valid framework: all four dimensions, two technology sub-dimensions. */
	private static final String FRAMEWORK = """
			kind: framework
			id: fw
			version: "1"
			dimensions:
			  - id: technology
			    name: Technology
			    description: Systems that share information.
			    subdimensions:
			      - {id: T1, name: Connected systems, description: d, low: l, high: h, sources: ["001 §4 › A"]}
			      - {id: T2, name: Standards, description: d, low: l, high: h, sources: ["001 §4 › B"]}
			  - id: relationships
			    name: Relationships
			    description: Trust between partners.
			    subdimensions:
			      - {id: R1, name: Trust, description: d, low: l, high: h, sources: ["001 §3 › C"]}
			  - id: enabling-environment
			    name: Enabling environment
			    description: Governance, money and skills.
			    subdimensions:
			      - {id: E1, name: Governance, description: d, low: l, high: h, sources: ["001 §5 › D"]}
			  - id: change-readiness
			    name: Change readiness
			    description: Appetite for change.
			    subdimensions:
			      - {id: CR-commitment, name: Commitment, description: d, low: l, high: h, sources: ["003 §4 › E"]}
			""";

	/**
	 * Two actions for each sub-dimension of {@link #FRAMEWORK}; the actions start on line
	 * 5.
	 */
	private static final String ACTIONS = """
			kind: action-library
			id: actions
			version: "1"
			actions:
			  - {id: T1-a, subdimension: T1, bands: [1, 2], title: Map logins, description: d, source: "001 §4"}
			  - {id: T1-b, subdimension: T1, bands: [3, 4, 5], title: Lobby, description: d, scope: national, source: s}
			  - {id: T2-a, subdimension: T2, bands: [1, 2, 3], title: Standards, description: d, source: s}
			  - {id: T2-b, subdimension: T2, bands: [4, 5], title: Suppliers, description: d, source: s}
			  - {id: R1-a, subdimension: R1, bands: [1, 2, 3], title: Meet, description: d, source: s}
			  - {id: R1-b, subdimension: R1, bands: [4, 5], title: Share, description: d, source: s}
			  - {id: E1-a, subdimension: E1, bands: [1, 2, 3], title: Board, description: d, source: s}
			  - {id: E1-b, subdimension: E1, bands: [4, 5], title: Budget, description: d, source: s}
			  - {id: CR-a, subdimension: CR-commitment, bands: [1, 2, 3], title: Vision, description: d, source: s}
			  - {id: CR-b, subdimension: CR-commitment, bands: [4, 5], title: Wins, description: d, source: s}
			""";

	/** The questionnaire header; {@link #questionnaireWithSections} starts on line 8. */
	private static final String HEADER = """
			kind: questionnaire
			id: staff
			version: "1"
			title: Staff pulse
			audience: staff
			estimatedMinutes: 5
			sections:
			""";

	/**
	 * Two valid likert items on technology, so a dimension has its scale. Six lines each.
	 */
	private static final String TWO_TECHNOLOGY_LIKERTS = """
			- id: t1
			  type: likert
			  text: Our systems connect.
			  dimension: technology
			  subdimension: T1
			  source: "001 §4 › A"
			- id: t2
			  type: likert
			  text: We buy to standards.
			  dimension: technology
			  subdimension: T2
			  source: "001 §4 › B"
			""";

	private static final String FILE = "staff.yaml";

	// ---- not a definition at all
	// -----------------------------------------------------------

	@Test
	void a_file_that_is_not_yaml_is_reported_with_the_line_of_the_syntax_error() {
		String text = """
				kind: questionnaire
				id: staff
				title: Staff: the pulse
				""";
		Result result = read(FRAMEWORK, text);
		assertThat(result.problems())
			.containsExactly(problem(3, "", "could not read YAML: mapping values are not allowed here"));
		assertThat(result.framework()).isPresent();
		assertThat(result.questionnaires()).isEmpty();
	}

	@Test
	void a_tab_in_the_indentation_is_reported_as_not_yaml_with_its_line() {
		String text = "kind: questionnaire\nid: staff\nsections:\n\t- id: s1\n";
		assertThat(problemsOf(text)).containsExactly(problem(4, "",
				"could not read YAML: while scanning for the next token, found character '\\t(TAB)' that cannot "
						+ "start any token. (Do not use \\t(TAB) for indentation)"));
	}

	@Test
	void two_documents_in_one_file_are_reported_where_the_second_starts() {
		String text = "kind: questionnaire\n---\nkind: questionnaire\n";
		assertThat(problemsOf(text)).containsExactly(problem(2, "",
				"could not read YAML: expected a single document in the stream, but found another document"));
	}

	@Test
	void an_empty_file_is_reported() {
		assertThat(problemsOf("")).containsExactly(problem(0, "", "the file is empty"));
		assertThat(problemsOf("# nothing but a comment\n")).containsExactly(problem(0, "", "the file is empty"));
	}

	@Test
	void a_file_larger_than_the_limit_is_refused_by_its_size_in_bytes() {
		// 500,001 characters, but two bytes each in UTF-8.
		String text = "#" + "é".repeat(DefinitionReader.MAX_FILE_BYTES / 2);
		assertThat(problemsOf(text)).containsExactly(problem(0, "", "the file is larger than 1000 kB"));
	}

	@Test
	void a_file_that_is_a_list_rather_than_fields_is_reported() {
		assertThat(problemsOf("- kind: questionnaire\n- id: staff\n"))
			.containsExactly(problem(1, "", "must be a definition (a set of \"field: value\" lines)"));
	}

	@Test
	void a_missing_kind_is_reported() {
		assertThat(problemsOf("id: staff\ntitle: Staff pulse\n")).containsExactly(problem(1, "kind", "is required"));
	}

	@Test
	void an_unknown_kind_is_reported_with_its_line() {
		assertThat(problemsOf("id: staff\nkind: survey\n"))
			.containsExactly(problem(2, "kind", "must be one of framework, questionnaire, action-library"));
	}

	// ---- questionnaire header
	// ----------------------------------------------------------------

	@Test
	void a_valid_questionnaire_loads_with_every_field_read() {
		String items = TWO_TECHNOLOGY_LIKERTS + """
				- id: choose
				  type: single-choice
				  text: Do you use the shared record?
				  required: true
				  help: The system that shows other partners' records.
				  options: [Yes, No, {value: not-sure, label: "Not sure"}]
				- id: why
				  type: free-text
				  text: Why not?
				  showIf: {item: choose, in: ["no", not-sure]}
				- id: partners
				  type: number
				  text: How many partners do you work with?
				  min: 0
				  max: 40
				  unit: partners
				- id: influence
				  type: partner-matrix
				  text: How much influence does each partner have?
				  measure: influence
				- id: cost
				  type: allocation
				  text: Who bears the cost?
				  measure: cost
				  over: partners
				- id: confident
				  type: likert
				  scale: extent
				  reverse: true
				  notApplicable: false
				  text: How far do you trust partners' data?
				  dimension: relationships
				  subdimension: R1
				  source: "001 §3 › C"
				  showIf: {item: t1, atLeast: 4}
				- id: trust-more
				  type: likert
				  text: Partners keep their promises.
				  dimension: relationships
				  subdimension: R1
				  source: "001 §3 › C"
				""";
		Result result = read(FRAMEWORK, questionnaireWithItems(items));
		assertThat(result.problems()).isEmpty();
		QuestionnaireDefinition definition = result.questionnaires().get(0);
		assertThat(definition.id()).isEqualTo("staff");
		assertThat(definition.versionLabel()).isEqualTo("1");
		assertThat(definition.fileName()).isEqualTo(FILE);
		assertThat(definition.title()).isEqualTo("Staff pulse");
		assertThat(definition.audience()).isEqualTo(Audience.STAFF);
		assertThat(definition.estimatedMinutes()).isEqualTo(5);
		assertThat(definition.sections()).extracting(Section::id).containsExactly("s1");
		assertThat(definition.items()).extracting(Item::id)
			.containsExactly("t1", "t2", "choose", "why", "partners", "influence", "cost", "confident", "trust-more");
		Item t1 = definition.item("t1").orElseThrow();
		assertThat(t1.line()).isEqualTo(itemsLine(1));
		assertThat(t1.dimension()).isEqualTo(Dimension.TECHNOLOGY);
		assertThat(t1.required()).isFalse();
		assertThat(t1.spec()).isEqualTo(new ItemSpec.Likert(LikertScale.AGREEMENT, false, true, true));
		Item choose = definition.item("choose").orElseThrow();
		assertThat(choose.required()).isTrue();
		assertThat(choose.help()).isEqualTo("The system that shows other partners' records.");
		assertThat(choose.spec()).isEqualTo(new ItemSpec.Choice(false,
				List.of(new Option("yes", "Yes"), new Option("no", "No"), new Option("not-sure", "Not sure")), null));
		assertThat(definition.item("why").orElseThrow().showIf())
			.isEqualTo(new ShowIf("choose", List.of("no", "not-sure"), null, null));
		assertThat(definition.item("partners").orElseThrow().spec())
			.isEqualTo(new ItemSpec.NumberInput(BigDecimal.ZERO, new BigDecimal("40"), true, "partners"));
		assertThat(definition.item("influence").orElseThrow().spec())
			.isEqualTo(new ItemSpec.PartnerMatrix("influence", true, LikertScale.EXTENT));
		ItemSpec.Allocation cost = (ItemSpec.Allocation) definition.item("cost").orElseThrow().spec();
		assertThat(cost.total()).isEqualTo(100);
		assertThat(cost.overPartners()).isTrue();
		Item confident = definition.item("confident").orElseThrow();
		assertThat(confident.spec()).isEqualTo(new ItemSpec.Likert(LikertScale.EXTENT, true, false, true));
		assertThat(confident.showIf()).isEqualTo(new ShowIf("t1", List.of(), new BigDecimal("4"), null));
		assertThat(confident.scored()).isTrue();
	}

	@Test
	void a_missing_required_field_is_reported_at_the_mapping_that_lacks_it() {
		String text = questionnaireWithItems(TWO_TECHNOLOGY_LIKERTS).replace("title: Staff pulse\n", "");
		assertThat(problemsOf(text)).containsExactly(problem(1, "title", "is required"));
		String noMinutes = questionnaireWithItems(TWO_TECHNOLOGY_LIKERTS).replace("estimatedMinutes: 5\n", "");
		assertThat(problemsOf(noMinutes)).containsExactly(problem(1, "estimatedMinutes", "is required"));
	}

	@Test
	void a_missing_required_item_field_is_reported_at_the_item() {
		String items = """
				- id: comments
				  type: free-text
				""";
		assertThat(problemsOf(questionnaireWithItems(items)))
			.containsExactly(problem(itemsLine(1), "sections[0].items[0].text", "is required"));
	}

	@Test
	void a_field_given_but_left_empty_is_reported_with_its_line() {
		String text = questionnaireWithItems(TWO_TECHNOLOGY_LIKERTS).replace("title: Staff pulse", "title:");
		assertThat(problemsOf(text)).containsExactly(problem(4, "title", "must not be empty"));
	}

	@Test
	void a_value_that_is_not_a_whole_number_is_reported_with_its_line() {
		String text = questionnaireWithItems(TWO_TECHNOLOGY_LIKERTS).replace("estimatedMinutes: 5",
				"estimatedMinutes: lots");
		assertThat(problemsOf(text)).containsExactly(problem(6, "estimatedMinutes", "must be a whole number"));
	}

	@Test
	void a_long_value_of_the_wrong_type_is_reported_as_the_wrong_type_not_as_too_long() {
		String text = questionnaireWithItems(TWO_TECHNOLOGY_LIKERTS).replace("estimatedMinutes: 5",
				"estimatedMinutes: about five minutes, give or take");
		assertThat(problemsOf(text)).containsExactly(problem(6, "estimatedMinutes", "must be a whole number"));
	}

	@Test
	void a_whole_number_out_of_range_is_reported_with_the_range() {
		String text = questionnaireWithItems(TWO_TECHNOLOGY_LIKERTS).replace("estimatedMinutes: 5",
				"estimatedMinutes: 500");
		assertThat(problemsOf(text)).containsExactly(problem(6, "estimatedMinutes", "must be between 1 and 120"));
	}

	@Test
	void a_value_that_is_not_true_or_false_is_reported() {
		String items = """
				- id: comments
				  type: free-text
				  text: Anything else?
				  required: yes
				""";
		assertThat(problemsOf(questionnaireWithItems(items)))
			.containsExactly(problem(itemsLine(4), "sections[0].items[0].required", "must be true or false"));
	}

	@Test
	void a_list_where_a_single_value_belongs_is_reported() {
		String text = questionnaireWithItems(TWO_TECHNOLOGY_LIKERTS).replace("title: Staff pulse",
				"title: [Staff, pulse]");
		assertThat(problemsOf(text))
			.containsExactly(problem(4, "title", "must be a single value, not a list or a set of fields"));
	}

	@Test
	void a_single_value_where_a_list_belongs_is_reported() {
		String text = HEADER.replace("sections:", "sections: none");
		assertThat(problemsOf(text))
			.containsExactly(problem(7, "sections", "must be a list (lines starting with \"- \")"));
	}

	@Test
	void an_item_that_is_not_a_set_of_fields_is_reported() {
		String items = TWO_TECHNOLOGY_LIKERTS + "- Just a question?\n";
		assertThat(problemsOf(questionnaireWithItems(items))).containsExactly(
				problem(itemsLine(13), "sections[0].items[2]", "must be an item (a set of \"field: value\" lines)"));
	}

	@Test
	void an_unknown_audience_is_reported() {
		String text = questionnaireWithItems(TWO_TECHNOLOGY_LIKERTS).replace("audience: staff", "audience: everyone");
		assertThat(problemsOf(text)).containsExactly(problem(5, "audience", "must be one of leads, staff, any"));
	}

	@Test
	void a_questionnaire_id_that_is_not_lower_case_letters_digits_and_dashes_is_reported() {
		String text = questionnaireWithItems(TWO_TECHNOLOGY_LIKERTS).replace("id: staff\n", "id: Staff_Pulse\n");
		assertThat(problemsOf(text))
			.containsExactly(problem(2, "id", "must be 2 to 64 lower-case letters, digits or '-', e.g. staff-pulse"));
	}

	@Test
	void an_unknown_field_is_reported_as_a_likely_typo() {
		String items = """
				- id: t1
				  type: likert
				  text: Our systems connect.
				  dimension: technology
				  subdimension: T1
				  source: "001 §4 › A"
				  reverese: true
				""";
		String text = questionnaireWithItems(items).replace("title: Staff pulse\n",
				"title: Staff pulse\ntitel: Staff pulse\n");
		assertThat(problemsOf(text)).containsExactly(
				problem(itemsLine(7) + 1, "sections[0].items[0].reverese", "unknown field"),
				problem(5, "titel", "unknown field"));
	}

	@Test
	void an_unknown_field_in_a_section_is_reported() {
		String sections = """
				- id: s1
				  title: One
				  intorduction: Welcome.
				  items:
				""" + TWO_TECHNOLOGY_LIKERTS.indent(4);
		assertThat(problemsOf(questionnaireWithSections(sections)))
			.containsExactly(problem(sectionsLine(3), "sections[0].intorduction", "unknown field"));
	}

	@Test
	void a_key_given_twice_in_one_mapping_is_reported_at_the_second() {
		String items = """
				- id: comments
				  type: free-text
				  text: Anything else?
				  help: Optional.
				  text: Anything more?
				""";
		assertThat(problemsOf(questionnaireWithItems(items)))
			.containsExactly(problem(itemsLine(5), "sections[0].items[0].text", "appears twice"));
	}

	@Test
	void a_duplicate_item_id_is_reported_with_the_line_of_the_first() {
		String sections = """
				- id: s1
				  title: One
				  items:
				    - id: comments
				      type: free-text
				      text: Anything else?
				- id: s2
				  title: Two
				  items:
				    - id: other
				      type: free-text
				      text: Other?
				    - id: comments
				      type: free-text
				      text: Anything more?
				""";
		assertThat(problemsOf(questionnaireWithSections(sections))).containsExactly(problem(sectionsLine(13),
				"sections[1].items[1].id", "duplicate id \"comments\" (first at line " + sectionsLine(4) + ")"));
	}

	@Test
	void a_duplicate_of_an_item_that_has_problems_of_its_own_is_still_reported() {
		String items = """
				- id: comments
				  type: free-text
				  text: Anything else?
				  maxLenght: 100
				- id: comments
				  type: free-text
				  text: Anything more?
				""";
		assertThat(problemsOf(questionnaireWithItems(items))).containsExactly(
				problem(itemsLine(4), "sections[0].items[0].maxLenght", "unknown field"), problem(itemsLine(5),
						"sections[0].items[1].id", "duplicate id \"comments\" (first at line " + itemsLine(1) + ")"));
	}

	@Test
	void a_duplicate_section_id_is_reported_with_the_line_of_the_first() {
		String sections = """
				- id: s1
				  title: One
				  items:
				    - id: a
				      type: free-text
				      text: Anything?
				- id: s1
				  title: Two
				  items:
				    - id: b
				      type: free-text
				      text: Anything more?
				""";
		assertThat(problemsOf(questionnaireWithSections(sections))).containsExactly(problem(sectionsLine(7),
				"sections[1].id", "duplicate section id \"s1\" (first at line " + sectionsLine(1) + ")"));
	}

	@Test
	void an_item_id_with_spaces_is_reported() {
		String items = """
				- id: "any comments"
				  type: free-text
				  text: Anything else?
				""";
		assertThat(problemsOf(questionnaireWithItems(items))).containsExactly(
				problem(itemsLine(1), "sections[0].items[0].id", "may contain only letters, digits, '-' and '_'"));
	}

	// ---- item types and the framework
	// ------------------------------------------------------

	@Test
	void an_unknown_item_type_is_reported_with_the_types_there_are() {
		String items = """
				- id: how-much
				  type: slider
				  text: How much?
				  min: 0
				""";
		assertThat(problemsOf(questionnaireWithItems(items)))
			.containsExactly(problem(itemsLine(2), "sections[0].items[0].type",
					"unknown item type \"slider\"; expected one of likert, single-choice, multiple-choice, free-text, "
							+ "number, ranking, partner-matrix, allocation"));
	}

	@Test
	void an_item_without_a_type_is_reported() {
		String items = """
				- id: how-much
				  text: How much?
				""";
		assertThat(problemsOf(questionnaireWithItems(items)))
			.containsExactly(problem(itemsLine(1), "sections[0].items[0].type", "is required"));
	}

	@Test
	void an_unknown_dimension_is_reported() {
		String items = """
				- id: comments
				  type: free-text
				  text: Anything else?
				  dimension: technical
				""";
		assertThat(problemsOf(questionnaireWithItems(items))).containsExactly(problem(itemsLine(4),
				"sections[0].items[0].dimension", "unknown dimension \"technical\"; expected one of technology, "
						+ "relationships, enabling-environment, change-readiness"));
	}

	@Test
	void an_item_naming_an_unknown_subdimension_is_reported_with_its_line() {
		String items = """
				- id: r1
				  type: likert
				  text: Partners keep their promises.
				  dimension: relationships
				  subdimension: R1
				  source: "001 §3 › C"
				- id: r2
				  type: likert
				  text: Partners share bad news early.
				  dimension: relationships
				  subdimension: R99
				  source: "001 §3 › C"
				""";
		assertThat(problemsOf(questionnaireWithItems(items))).containsExactly(problem(itemsLine(11),
				"sections[0].items[1].subdimension", "unknown sub-dimension \"R99\" (not in fw)"));
	}

	@Test
	void a_subdimension_of_another_dimension_is_reported() {
		String items = TWO_TECHNOLOGY_LIKERTS + """
				- id: r1
				  type: likert
				  text: Partners keep their promises.
				  dimension: technology
				  subdimension: R1
				  source: "001 §3 › C"
				""";
		assertThat(problemsOf(questionnaireWithItems(items))).containsExactly(problem(itemsLine(17),
				"sections[0].items[2].subdimension", "R1 belongs to relationships, not technology"));
	}

	@Test
	void a_subdimension_without_its_dimension_is_reported() {
		String items = """
				- id: comments
				  type: free-text
				  text: Anything about trust?
				  subdimension: R1
				""";
		assertThat(problemsOf(questionnaireWithItems(items))).containsExactly(
				problem(itemsLine(1), "sections[0].items[0].dimension", "is required when a sub-dimension is given"));
	}

	@Test
	void a_likert_item_without_dimension_subdimension_and_source_is_reported_for_each() {
		String items = """
				- id: t1
				  type: likert
				  text: Our systems connect.
				""";
		assertThat(problemsOf(questionnaireWithItems(items))).containsExactly(
				problem(itemsLine(1), "sections[0].items[0].dimension", "is required for likert items"),
				problem(itemsLine(1), "sections[0].items[0].subdimension", "is required for likert items"),
				problem(itemsLine(1), "sections[0].items[0].source",
						"is required for likert items (a seed reference)"));
	}

	@Test
	void a_likert_item_with_a_subdimension_but_no_dimension_is_reported_once() {
		String items = TWO_TECHNOLOGY_LIKERTS + """
				- id: t3
				  type: likert
				  text: Our systems connect.
				  subdimension: T1
				  source: "001 §4 › A"
				""";
		assertThat(problemsOf(questionnaireWithItems(items)))
			.containsExactly(problem(itemsLine(13), "sections[0].items[2].dimension", "is required for likert items"));
	}

	@Test
	void an_unknown_likert_scale_is_reported() {
		String items = TWO_TECHNOLOGY_LIKERTS.replace("  type: likert\n  text: We buy",
				"  type: likert\n  scale: stars\n  text: We buy");
		assertThat(problemsOf(questionnaireWithItems(items))).containsExactly(
				problem(itemsLine(9), "sections[0].items[1].scale", "must be one of agreement, frequency, extent"));
	}

	@Test
	void a_field_of_another_item_type_is_reported_once_as_not_used_by_this_type() {
		// options belongs to four other types and scale to two: each is still reported
		// once.
		String items = TWO_TECHNOLOGY_LIKERTS + """
				- id: comments
				  type: free-text
				  text: Anything else?
				  scale: extent
				- id: t3
				  type: likert
				  text: Our systems connect.
				  dimension: technology
				  subdimension: T1
				  source: "001 §4 › A"
				  options: [Yes, No]
				""";
		assertThat(problemsOf(questionnaireWithItems(items))).containsExactly(
				problem(itemsLine(16), "sections[0].items[2].scale", "is not used by free-text items"),
				problem(itemsLine(23), "sections[0].items[3].options", "is not used by likert items"));
	}

	@Test
	void fields_of_other_item_types_are_reported_in_a_stable_order() {
		String items = """
				- id: comments
				  type: free-text
				  text: Anything else?
				  rankTop: 2
				  measure: cost
				  options: [a, b]
				""";
		assertThat(problemsOf(questionnaireWithItems(items))).containsExactly(
				problem(itemsLine(5), "sections[0].items[0].measure", "is not used by free-text items"),
				problem(itemsLine(6), "sections[0].items[0].options", "is not used by free-text items"),
				problem(itemsLine(4), "sections[0].items[0].rankTop", "is not used by free-text items"));
	}

	@Test
	void item_text_longer_than_500_characters_is_reported() {
		String items = """
				- id: long
				  type: free-text
				  text: %s
				- id: just-right
				  type: free-text
				  text: %s
				""".formatted("x".repeat(501), "x".repeat(500));
		assertThat(problemsOf(questionnaireWithItems(items)))
			.containsExactly(problem(itemsLine(3), "sections[0].items[0].text", "at most 500 characters (has 501)"));
	}

	// ---- options
	// ---------------------------------------------------------------------------

	@Test
	void a_choice_item_without_options_is_reported() {
		String items = """
				- id: pick
				  type: single-choice
				  text: Which one?
				""";
		assertThat(problemsOf(questionnaireWithItems(items)))
			.containsExactly(problem(itemsLine(1), "sections[0].items[0].options", "is required"));
	}

	@Test
	void a_choice_item_with_an_empty_list_of_options_is_reported_once() {
		String items = """
				- id: pick
				  type: single-choice
				  text: Which one?
				  options: []
				""";
		assertThat(problemsOf(questionnaireWithItems(items)))
			.containsExactly(problem(itemsLine(4), "sections[0].items[0].options", "must not be empty"));
	}

	@Test
	void a_choice_item_with_one_option_is_reported_on_the_options_line() {
		String items = """
				- id: pick
				  type: single-choice
				  text: Which one?
				  options:
				    - The only one
				""";
		assertThat(problemsOf(questionnaireWithItems(items)))
			.containsExactly(problem(itemsLine(4), "sections[0].items[0].options", "needs at least 2 options"));
	}

	@ParameterizedTest
	@CsvSource({ "single-choice, 20", "multiple-choice, 30", "ranking, 15" })
	void an_item_with_too_many_options_is_reported(String type, int max) {
		String items = """
				- id: fits
				  type: %1$s
				  text: Which ones?
				  options: [%2$s]
				- id: too-many
				  type: %1$s
				  text: Which ones?
				  options: [%3$s]
				""".formatted(type, options(max), options(max + 1));
		assertThat(problemsOf(questionnaireWithItems(items)))
			.containsExactly(problem(itemsLine(8), "sections[0].items[1].options", "at most " + max + " options"));
	}

	@Test
	void duplicate_option_values_are_reported_at_the_second_option() {
		// A plain option's value is its label in lower case with dashes for spaces.
		String items = """
				- id: pick
				  type: single-choice
				  text: Do you use it?
				  options:
				    - Not sure
				    - {value: yes, label: "Yes"}
				    - {value: not-sure, label: "Unsure"}
				""";
		assertThat(problemsOf(questionnaireWithItems(items))).containsExactly(
				problem(itemsLine(7), "sections[0].items[0].options[2]", "duplicate option value \"not-sure\""));
	}

	@Test
	void an_option_without_a_label_is_reported() {
		String items = """
				- id: pick
				  type: single-choice
				  text: Do you use it?
				  options:
				    - {value: yes, label: "Yes"}
				    - {value: no}
				""";
		assertThat(problemsOf(questionnaireWithItems(items)))
			.containsExactly(problem(itemsLine(6), "sections[0].items[0].options[1].label", "is required"));
	}

	@Test
	void yes_and_no_option_values_stay_strings() {
		String items = """
				- id: plain
				  type: single-choice
				  text: Do you use it?
				  options: [Yes, No]
				- id: written
				  type: single-choice
				  text: Do you like it?
				  options: [{value: yes, label: Yes}, {value: no, label: No}, {value: on, label: "On and off"}]
				- id: why
				  type: free-text
				  text: Why?
				  showIf: {item: written, equals: yes}
				""";
		Result result = read(FRAMEWORK, questionnaireWithItems(items));
		assertThat(result.problems()).isEmpty();
		QuestionnaireDefinition definition = result.questionnaires().get(0);
		assertThat(((ItemSpec.Choice) definition.item("plain").orElseThrow().spec()).options())
			.containsExactly(new Option("yes", "Yes"), new Option("no", "No"));
		assertThat(((ItemSpec.Choice) definition.item("written").orElseThrow().spec()).options())
			.containsExactly(new Option("yes", "Yes"), new Option("no", "No"), new Option("on", "On and off"));
		assertThat(definition.item("why").orElseThrow().showIf().anyOf()).containsExactly("yes");
	}

	// ---- numbers, ranking, choices, matrices and allocations
	// -------------------------------

	@Test
	void a_number_item_without_min_and_max_is_reported() {
		String items = """
				- id: partners
				  type: number
				  text: How many partners?
				""";
		assertThat(problemsOf(questionnaireWithItems(items))).containsExactly(
				problem(itemsLine(1), "sections[0].items[0].min", "is required for number items"),
				problem(itemsLine(1), "sections[0].items[0].max", "is required for number items"));
	}

	@Test
	void a_number_item_whose_max_is_not_above_min_is_reported() {
		String items = """
				- id: equal
				  type: number
				  text: How many partners?
				  min: 10
				  max: 10
				- id: below
				  type: number
				  text: How many systems?
				  min: 10
				  max: 2.5
				""";
		assertThat(problemsOf(questionnaireWithItems(items))).containsExactly(
				problem(itemsLine(5), "sections[0].items[0].max", "must be greater than min"),
				problem(itemsLine(10), "sections[0].items[1].max", "must be greater than min"));
	}

	@Test
	void a_number_bound_that_is_not_a_number_is_reported() {
		String items = """
				- id: partners
				  type: number
				  text: How many partners?
				  min: none
				  max: 10
				""";
		assertThat(problemsOf(questionnaireWithItems(items)))
			.containsExactly(problem(itemsLine(4), "sections[0].items[0].min", "must be a number"));
	}

	@Test
	void a_ranking_rank_top_outside_its_options_is_reported() {
		String items = """
				- id: too-many
				  type: ranking
				  text: Rank the top priorities.
				  options: [Money, Time, Skills]
				  rankTop: 4
				- id: none
				  type: ranking
				  text: Rank the top priorities.
				  options: [Money, Time, Skills]
				  rankTop: 0
				- id: all
				  type: ranking
				  text: Rank the top priorities.
				  options: [Money, Time, Skills]
				  rankTop: 3
				""";
		assertThat(problemsOf(questionnaireWithItems(items))).containsExactly(
				problem(itemsLine(5), "sections[0].items[0].rankTop", "must be between 1 and 3"),
				problem(itemsLine(10), "sections[0].items[1].rankTop", "must be between 1 and 3"));
	}

	@Test
	void a_multiple_choice_max_choices_outside_its_options_is_reported() {
		String items = """
				- id: routes
				  type: multiple-choice
				  text: Which routes do you use?
				  options: [Email, Phone, Portal]
				  maxChoices: 4
				""";
		assertThat(problemsOf(questionnaireWithItems(items)))
			.containsExactly(problem(itemsLine(5), "sections[0].items[0].maxChoices", "must be between 1 and 3"));
	}

	@Test
	void a_free_text_max_length_out_of_range_is_reported() {
		String items = """
				- id: comments
				  type: free-text
				  text: Anything else?
				  maxLength: 5000
				""";
		assertThat(problemsOf(questionnaireWithItems(items)))
			.containsExactly(problem(itemsLine(4), "sections[0].items[0].maxLength", "must be between 1 and 4000"));
	}

	@Test
	void a_partner_matrix_with_an_unknown_or_missing_measure_is_reported() {
		String items = """
				- id: power
				  type: partner-matrix
				  text: How powerful is each partner?
				  measure: power
				- id: nothing
				  type: partner-matrix
				  text: Rate each partner.
				""";
		assertThat(problemsOf(questionnaireWithItems(items))).containsExactly(
				problem(itemsLine(4), "sections[0].items[0].measure", "must be one of influence, respect, data-trust"),
				problem(itemsLine(5), "sections[0].items[1].measure", "is required"));
	}

	@Test
	void an_allocation_with_an_unknown_measure_is_reported() {
		String items = """
				- id: share
				  type: allocation
				  text: Share the influence.
				  measure: influence
				  over: partners
				""";
		assertThat(problemsOf(questionnaireWithItems(items))).containsExactly(
				problem(itemsLine(4), "sections[0].items[0].measure", "must be one of cost, risk, benefit"));
	}

	@Test
	void an_allocation_over_partners_and_options_at_once_is_reported() {
		String items = """
				- id: share
				  type: allocation
				  text: Share the cost.
				  measure: cost
				  over: partners
				  options: [Staff, Money]
				""";
		assertThat(problemsOf(questionnaireWithItems(items))).containsExactly(problem(itemsLine(5),
				"sections[0].items[0].over", "give either \"over: partners\" or a list of options, not both"));
	}

	@Test
	void an_allocation_over_neither_partners_nor_options_is_reported() {
		String items = """
				- id: share
				  type: allocation
				  text: Share the cost.
				  measure: cost
				""";
		assertThat(problemsOf(questionnaireWithItems(items))).containsExactly(problem(itemsLine(1),
				"sections[0].items[0].over", "is required: give \"over: partners\" or a list of options"));
	}

	@Test
	void an_allocation_over_something_other_than_partners_is_reported() {
		String items = """
				- id: share
				  type: allocation
				  text: Share the cost.
				  measure: cost
				  over: everyone
				""";
		assertThat(problemsOf(questionnaireWithItems(items))).containsExactly(
				problem(itemsLine(5), "sections[0].items[0].over", "must be \"partners\" (or give options instead)"));
	}

	@Test
	void an_allocation_over_options_loads_with_its_options() {
		String items = """
				- id: share
				  type: allocation
				  text: Share the benefit.
				  measure: benefit
				  total: 10
				  options: [Staff, Patients]
				""";
		Result result = read(FRAMEWORK, questionnaireWithItems(items));
		assertThat(result.problems()).isEmpty();
		assertThat(result.questionnaires().get(0).item("share").orElseThrow().spec()).isEqualTo(new ItemSpec.Allocation(
				"benefit", 10, List.of(new Option("staff", "Staff"), new Option("patients", "Patients"))));
	}

	// ---- show-if
	// ---------------------------------------------------------------------------

	@Test
	void a_show_if_naming_a_later_item_is_reported() {
		String items = """
				- id: why
				  type: free-text
				  text: Why?
				  showIf: {item: uses, equals: "yes"}
				- id: uses
				  type: single-choice
				  text: Do you use it?
				  options: [Yes, No]
				""";
		assertThat(problemsOf(questionnaireWithItems(items))).containsExactly(problem(itemsLine(4),
				"sections[0].items[0].showIf.item", "\"uses\" must be an item that comes before this one"));
	}

	@Test
	void a_show_if_naming_an_unknown_item_is_reported() {
		String items = """
				- id: uses
				  type: single-choice
				  text: Do you use it?
				  options: [Yes, No]
				- id: why
				  type: free-text
				  text: Why?
				  showIf:
				    item: used
				    equals: "yes"
				""";
		assertThat(problemsOf(questionnaireWithItems(items))).containsExactly(problem(itemsLine(9),
				"sections[0].items[1].showIf.item", "\"used\" must be an item that comes before this one"));
	}

	@Test
	void a_show_if_naming_an_earlier_item_with_problems_reports_only_that_items_problems() {
		String items = """
				- id: uses
				  type: single-choice
				  text: Do you use it?
				  options: [Yes, No]
				  required: sometimes
				- id: why
				  type: free-text
				  text: Why?
				  showIf: {item: uses, equals: "yes"}
				""";
		assertThat(problemsOf(questionnaireWithItems(items)))
			.containsExactly(problem(itemsLine(5), "sections[0].items[0].required", "must be true or false"));
	}

	@Test
	void a_show_if_value_the_item_can_never_have_is_reported_on_its_line() {
		String items = """
				- id: uses
				  type: single-choice
				  text: Do you use it?
				  options: [Yes, No]
				- id: why
				  type: free-text
				  text: Why?
				  showIf: {item: uses, equals: maybe}
				- id: how
				  type: free-text
				  text: How?
				  showIf:
				    item: uses
				    in:
				      - "yes"
				      - perhaps
				""";
		assertThat(problemsOf(questionnaireWithItems(items))).containsExactly(
				problem(itemsLine(8), "sections[0].items[1].showIf.equals",
						"\"maybe\" is not a possible answer of \"uses\" (possible: no, yes)"),
				problem(itemsLine(16), "sections[0].items[2].showIf.in[1]",
						"\"perhaps\" is not a possible answer of \"uses\" (possible: no, yes)"));
	}

	@Test
	void a_show_if_on_a_likert_item_may_test_its_answers_by_value() {
		String items = TWO_TECHNOLOGY_LIKERTS + """
				- id: why-not
				  type: free-text
				  text: What is missing?
				  showIf: {item: t1, in: ["1", "2", dont-know]}
				- id: why-so
				  type: free-text
				  text: What works?
				  showIf: {item: t1, equals: "6"}
				""";
		assertThat(problemsOf(questionnaireWithItems(items)))
			.containsExactly(problem(itemsLine(20), "sections[0].items[3].showIf.equals",
					"\"6\" is not a possible answer of \"t1\" (possible: 1, 2, 3, 4, 5, dont-know, not-applicable)"));
	}

	@Test
	void a_show_if_with_two_conditions_or_none_is_reported() {
		String items = """
				- id: uses
				  type: single-choice
				  text: Do you use it?
				  options: [Yes, No]
				- id: why
				  type: free-text
				  text: Why?
				  showIf: {item: uses, equals: "yes", in: ["no"]}
				- id: how
				  type: free-text
				  text: How?
				  showIf: {item: uses}
				""";
		assertThat(problemsOf(questionnaireWithItems(items))).containsExactly(
				problem(itemsLine(8), "sections[0].items[1].showIf",
						"needs exactly one of equals, in, atLeast, atMost"),
				problem(itemsLine(12), "sections[0].items[2].showIf",
						"needs exactly one of equals, in, atLeast, atMost"));
	}

	@Test
	void a_show_if_with_an_empty_in_list_is_reported() {
		String items = """
				- id: uses
				  type: single-choice
				  text: Do you use it?
				  options: [Yes, No]
				- id: why
				  type: free-text
				  text: Why?
				  showIf: {item: uses, in: []}
				""";
		assertThat(problemsOf(questionnaireWithItems(items)))
			.containsExactly(problem(itemsLine(8), "sections[0].items[1].showIf.in", "must not be empty"));
	}

	@Test
	void a_show_if_at_least_on_a_choice_item_is_reported() {
		String items = """
				- id: uses
				  type: single-choice
				  text: Do you use it?
				  options: [Yes, No]
				- id: why
				  type: free-text
				  text: Why?
				  showIf: {item: uses, atLeast: 2}
				""";
		assertThat(problemsOf(questionnaireWithItems(items)))
			.containsExactly(problem(itemsLine(8), "sections[0].items[1].showIf.item",
					"atLeast and atMost need a likert or number item, and \"uses\" is single-choice"));
	}

	@Test
	void a_show_if_testing_a_free_text_or_number_item_by_value_is_reported() {
		String items = """
				- id: partners
				  type: number
				  text: How many partners?
				  min: 0
				  max: 40
				- id: why
				  type: free-text
				  text: Why so many?
				  showIf: {item: partners, equals: "40"}
				""";
		assertThat(problemsOf(questionnaireWithItems(items)))
			.containsExactly(problem(itemsLine(9), "sections[0].items[1].showIf.item",
					"\"partners\" is a number item; show-if can test only likert and choice items by value"));
	}

	@Test
	void a_show_if_bound_outside_the_answers_of_its_item_is_reported() {
		String items = TWO_TECHNOLOGY_LIKERTS + """
				- id: partners
				  type: number
				  text: How many partners?
				  min: 0
				  max: 40
				- id: never
				  type: free-text
				  text: What is missing?
				  showIf: {item: t1, atLeast: 6}
				- id: always
				  type: free-text
				  text: Why so many?
				  showIf:
				    item: partners
				    atMost: 41
				- id: fine
				  type: free-text
				  text: Why so few?
				  showIf: {item: partners, atMost: 2.5}
				""";
		assertThat(problemsOf(questionnaireWithItems(items))).containsExactly(
				problem(itemsLine(21), "sections[0].items[3].showIf.atLeast",
						"6 is not a possible answer of \"t1\" (answers run from 1 to 5)"),
				problem(itemsLine(27), "sections[0].items[4].showIf.atMost",
						"41 is not a possible answer of \"partners\" (answers run from 0 to 40)"));
	}

	// ---- scales
	// ----------------------------------------------------------------------------

	@Test
	void a_dimension_with_a_single_likert_item_is_reported() {
		String items = """
				- id: t1
				  type: likert
				  text: Our systems connect.
				  dimension: technology
				  subdimension: T1
				  source: "001 §4 › A"
				""";
		assertThat(problemsOf(questionnaireWithItems(items))).containsExactly(
				problem(7, "sections", "dimension technology: needs at least two likert items to form a scale, has 1"));
	}

	@Test
	void the_scale_check_waits_until_the_items_themselves_read_cleanly() {
		// Only the typo: the broken item is not counted, and "has 1" would send the
		// author astray.
		String items = TWO_TECHNOLOGY_LIKERTS.replace("  source: \"001 §4 › B\"",
				"  source: \"001 §4 › B\"\n  revers: true");
		assertThat(problemsOf(questionnaireWithItems(items)))
			.containsExactly(problem(itemsLine(13), "sections[0].items[1].revers", "unknown field"));
	}

	// ---- across files
	// ----------------------------------------------------------------------

	@Test
	void a_questionnaire_id_defined_in_two_files_keeps_the_first_and_rejects_the_second() {
		String text = questionnaireWithItems(TWO_TECHNOLOGY_LIKERTS);
		Result result = new DefinitionReader().read(List.of(new SourceFile("fw.yaml", FRAMEWORK),
				new SourceFile(FILE, text), new SourceFile("staff-old.yaml", text.replace("Staff pulse", "Old"))));
		assertThat(result.problems())
			.containsExactly(new LoadProblem("staff-old.yaml", 2, "id", "\"staff\" is also defined in staff.yaml"));
		assertThat(result.questionnaires()).singleElement().satisfies((definition) -> {
			assertThat(definition.fileName()).isEqualTo(FILE);
			assertThat(definition.title()).isEqualTo("Staff pulse");
		});
	}

	@Test
	void a_broken_questionnaire_does_not_stop_the_other_files_loading() {
		String broken = questionnaireWithItems(TWO_TECHNOLOGY_LIKERTS).replace("id: staff\n", "id: broken\n")
			.replace("subdimension: T2", "subdimension: T99");
		Result result = new DefinitionReader()
			.read(List.of(new SourceFile("broken.yaml", broken), new SourceFile("fw.yaml", FRAMEWORK),
					new SourceFile(FILE, questionnaireWithItems(TWO_TECHNOLOGY_LIKERTS)),
					new SourceFile("actions.yaml", ACTIONS)));
		assertThat(result.problems()).containsExactly(new LoadProblem("broken.yaml", itemsLine(11),
				"sections[0].items[1].subdimension", "unknown sub-dimension \"T99\" (not in fw)"));
		assertThat(result.framework()).map(Framework::id).contains("fw");
		assertThat(result.questionnaires()).extracting(QuestionnaireDefinition::id).containsExactly("staff");
		assertThat(result.actionLibrary()).map(ActionLibrary::id).contains("actions");
	}

	@Test
	void without_a_framework_file_nothing_else_loads() {
		Result result = new DefinitionReader()
			.read(List.of(new SourceFile(FILE, questionnaireWithItems(TWO_TECHNOLOGY_LIKERTS)),
					new SourceFile("actions.yaml", ACTIONS)));
		assertThat(result.problems()).containsExactly(
				new LoadProblem("(questionnaires directory)", 0, "", "no framework file (kind: framework) was found"),
				new LoadProblem(FILE, 0, "", "not loaded because no valid framework file loaded (see its problems)"),
				new LoadProblem("actions.yaml", 0, "",
						"not loaded because no valid framework file loaded (see its problems)"));
		assertThat(result.framework()).isEmpty();
		assertThat(result.questionnaires()).isEmpty();
		assertThat(result.actionLibrary()).isEmpty();
	}

	@Test
	void with_a_broken_framework_nothing_else_loads_and_the_framework_says_why() {
		String framework = FRAMEWORK.replace("name: Relationships", "nmae: Relationships");
		Result result = new DefinitionReader().read(List.of(new SourceFile("fw.yaml", framework),
				new SourceFile(FILE, questionnaireWithItems(TWO_TECHNOLOGY_LIKERTS))));
		assertThat(result.problems()).containsExactly(
				new LoadProblem("fw.yaml", 11, "dimensions[1].name", "is required"),
				new LoadProblem("fw.yaml", 12, "dimensions[1].nmae", "unknown field"),
				new LoadProblem(FILE, 0, "", "not loaded because no valid framework file loaded (see its problems)"));
		assertThat(result.framework()).isEmpty();
		assertThat(result.questionnaires()).isEmpty();
	}

	@Test
	void a_second_framework_file_is_rejected_and_the_first_kept() {
		Result result = new DefinitionReader().read(List.of(new SourceFile("fw.yaml", FRAMEWORK),
				new SourceFile("fw2.yaml", FRAMEWORK.replace("id: fw\n", "id: fw-two\n"))));
		assertThat(result.problems())
			.containsExactly(new LoadProblem("fw2.yaml", 0, "", "a second framework file; only one may be loaded"));
		assertThat(result.framework()).map(Framework::id).contains("fw");
	}

	@Test
	void a_second_action_library_is_rejected_and_the_first_kept() {
		Result result = new DefinitionReader()
			.read(List.of(new SourceFile("fw.yaml", FRAMEWORK), new SourceFile("actions.yaml", ACTIONS),
					new SourceFile("more-actions.yaml", ACTIONS.replace("id: actions", "id: more-actions"))));
		assertThat(result.problems()).containsExactly(
				new LoadProblem("more-actions.yaml", 0, "", "a second action library; only one may be loaded"));
		assertThat(result.actionLibrary()).map(ActionLibrary::id).contains("actions");
	}

	// ---- the framework
	// ---------------------------------------------------------------------

	@Test
	void a_valid_framework_loads_with_its_subdimensions_in_file_order() {
		Result result = read(FRAMEWORK);
		assertThat(result.problems()).isEmpty();
		Framework framework = result.framework().orElseThrow();
		assertThat(framework.versionLabel()).isEqualTo("1");
		assertThat(framework.subdimensions()).extracting(SubDimension::id)
			.containsExactly("T1", "T2", "R1", "E1", "CR-commitment");
		assertThat(framework.subdimensionsOf(Dimension.TECHNOLOGY)).extracting(SubDimension::name)
			.containsExactly("Connected systems", "Standards");
		assertThat(framework.subdimension("R1").orElseThrow().sources()).containsExactly("001 §3 › C");
		assertThat(framework.dimensionDescriptions()).containsEntry(Dimension.CHANGE_READINESS, "Appetite for change.");
	}

	@Test
	void a_framework_missing_a_dimension_is_reported() {
		String framework = FRAMEWORK.substring(0, FRAMEWORK.indexOf("  - id: change-readiness"));
		assertThat(read(framework).problems())
			.containsExactly(new LoadProblem("fw.yaml", 4, "dimensions", "dimension change-readiness is missing"));
	}

	@Test
	void a_framework_with_an_unknown_dimension_is_reported() {
		String framework = FRAMEWORK.replace("- id: change-readiness", "- id: readiness");
		assertThat(read(framework).problems()).containsExactly(
				new LoadProblem("fw.yaml", 21, "dimensions[3].id",
						"unknown dimension \"readiness\"; expected one of technology, relationships, "
								+ "enabling-environment, change-readiness"),
				new LoadProblem("fw.yaml", 4, "dimensions", "dimension change-readiness is missing"));
	}

	@Test
	void a_framework_listing_a_dimension_twice_is_reported() {
		String framework = FRAMEWORK.replace("- id: change-readiness", "- id: relationships");
		assertThat(read(framework).problems()).containsExactly(
				new LoadProblem("fw.yaml", 21, "dimensions[3].id", "dimension relationships appears twice"),
				new LoadProblem("fw.yaml", 4, "dimensions", "dimension change-readiness is missing"));
	}

	@Test
	void a_framework_with_a_duplicate_subdimension_is_reported_with_the_line_of_the_first() {
		String framework = FRAMEWORK.replace("{id: R1,", "{id: T1,");
		assertThat(read(framework).problems()).containsExactly(new LoadProblem("fw.yaml", 15,
				"dimensions[1].subdimensions[0].id", "duplicate sub-dimension \"T1\" (first at line 9)"));
	}

	@Test
	void a_framework_subdimension_id_with_spaces_is_reported() {
		String framework = FRAMEWORK.replace("{id: R1,", "{id: R 1,");
		assertThat(read(framework).problems()).containsExactly(new LoadProblem("fw.yaml", 15,
				"dimensions[1].subdimensions[0].id", "may contain only letters, digits and '-'"));
	}

	@Test
	void a_framework_subdimension_without_sources_is_reported() {
		String missing = FRAMEWORK.replace("high: h, sources: [\"001 §3 › C\"]}", "high: h}");
		assertThat(read(missing).problems()).containsExactly(new LoadProblem("fw.yaml", 15,
				"dimensions[1].subdimensions[0].sources", "is required: at least one seed reference"));
		String empty = FRAMEWORK.replace("sources: [\"001 §3 › C\"]", "sources: []");
		assertThat(read(empty).problems()).containsExactly(new LoadProblem("fw.yaml", 15,
				"dimensions[1].subdimensions[0].sources", "must name at least one seed reference"));
	}

	@Test
	void a_framework_subdimension_missing_its_band_descriptors_is_reported() {
		String framework = FRAMEWORK.replace("{id: R1, name: Trust, description: d, low: l, high: h,",
				"{id: R1, name: Trust, description: d,");
		assertThat(read(framework).problems()).containsExactly(
				new LoadProblem("fw.yaml", 15, "dimensions[1].subdimensions[0].low", "is required"),
				new LoadProblem("fw.yaml", 15, "dimensions[1].subdimensions[0].high", "is required"));
	}

	// ---- the action library
	// ----------------------------------------------------------------

	@Test
	void a_valid_action_library_loads() {
		Result result = read(FRAMEWORK, ACTIONS);
		assertThat(result.problems()).isEmpty();
		ActionLibrary library = result.actionLibrary().orElseThrow();
		assertThat(library.actions()).hasSize(10);
		assertThat(library.forSubdimension("T1", 4)).singleElement().satisfies((action) -> {
			assertThat(action.id()).isEqualTo("T1-b");
			assertThat(action.bands()).containsExactlyInAnyOrder(3, 4, 5);
			assertThat(action.national()).isTrue();
		});
		assertThat(library.forSubdimension("T1", 1)).extracting(RecommendedAction::national).containsExactly(false);
	}

	@Test
	void an_action_band_outside_one_to_five_is_reported_for_each_band() {
		String actions = ACTIONS.replace("bands: [1, 2], title: Map logins",
				"bands: [0, 2, 6, two], title: Map logins");
		assertThat(read(FRAMEWORK, actions).problems()).containsExactly(
				new LoadProblem("actions.yaml", 5, "actions[0].bands[0]", "must be a band from 1 to 5"),
				new LoadProblem("actions.yaml", 5, "actions[0].bands[2]", "must be a band from 1 to 5"),
				new LoadProblem("actions.yaml", 5, "actions[0].bands[3]", "must be a band from 1 to 5"));
	}

	@Test
	void an_action_naming_an_unknown_subdimension_is_reported() {
		String actions = ACTIONS.replace("{id: T2-b, subdimension: T2,", "{id: T2-b, subdimension: T3,");
		assertThat(read(FRAMEWORK, actions).problems()).containsExactly(new LoadProblem("actions.yaml", 8,
				"actions[3].subdimension", "unknown sub-dimension \"T3\" (not in fw)"));
	}

	@Test
	void a_subdimension_with_fewer_than_two_actions_is_reported() {
		String one = ACTIONS.replaceAll("(?m)^.*id: T2-b.*\\n", "");
		assertThat(read(FRAMEWORK, one).problems()).containsExactly(
				new LoadProblem("actions.yaml", 4, "actions", "sub-dimension T2 has 1 action; at least 2 are needed"));
		String none = ACTIONS.replaceAll("(?m)^.*subdimension: R1.*\\n", "");
		assertThat(read(FRAMEWORK, none).problems()).containsExactly(
				new LoadProblem("actions.yaml", 4, "actions", "sub-dimension R1 has 0 actions; at least 2 are needed"));
	}

	@Test
	void an_action_with_a_scope_other_than_local_or_national_is_reported() {
		String actions = ACTIONS.replace("scope: national", "scope: regional");
		assertThat(read(FRAMEWORK, actions).problems())
			.containsExactly(new LoadProblem("actions.yaml", 6, "actions[1].scope", "must be local or national"));
	}

	@Test
	void a_duplicate_action_id_is_reported_with_the_line_of_the_first() {
		String actions = ACTIONS.replace("{id: T1-b,", "{id: T1-a,");
		assertThat(read(FRAMEWORK, actions).problems()).containsExactly(
				new LoadProblem("actions.yaml", 6, "actions[1].id", "duplicate id \"T1-a\" (first at line 5)"));
	}

	@Test
	void an_action_without_a_source_is_reported() {
		String actions = ACTIONS.replace("description: d, source: \"001 §4\"}", "description: d}");
		assertThat(read(FRAMEWORK, actions).problems())
			.containsExactly(new LoadProblem("actions.yaml", 5, "actions[0].source", "is required"));
	}

	// ---- versions and messages
	// -------------------------------------------------------------

	@Test
	void the_content_hash_is_the_sha_256_of_the_text() {
		assertThat(DefinitionReader.contentHash("abc"))
			.isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	}

	@Test
	void the_content_hash_is_stable_for_the_same_text_and_changes_with_any_edit() {
		String text = questionnaireWithItems(TWO_TECHNOLOGY_LIKERTS);
		QuestionnaireDefinition first = read(FRAMEWORK, text).questionnaires().get(0);
		QuestionnaireDefinition again = read(FRAMEWORK, text).questionnaires().get(0);
		QuestionnaireDefinition edited = read(FRAMEWORK, text.replace("Our systems connect.", "Our systems link up."))
			.questionnaires()
			.get(0);
		QuestionnaireDefinition commented = read(FRAMEWORK, "# reviewed\n" + text).questionnaires().get(0);
		assertThat(first.contentHash()).isEqualTo(DefinitionReader.contentHash(text))
			.isEqualTo(again.contentHash())
			.hasSize(64);
		assertThat(edited.contentHash()).isNotEqualTo(first.contentHash());
		assertThat(commented.contentHash()).isNotEqualTo(first.contentHash());
		assertThat(first.shortHash()).isEqualTo(first.contentHash().substring(0, 12));
		Framework framework = read(FRAMEWORK).framework().orElseThrow();
		assertThat(framework.contentHash()).isEqualTo(DefinitionReader.contentHash(FRAMEWORK));
	}

	@Test
	void a_problem_reads_file_colon_line_then_field_and_message() {
		String items = """
				- id: r1
				  type: likert
				  text: Partners keep their promises.
				  dimension: relationships
				  subdimension: R99
				  source: "001 §3 › C"
				""";
		assertThat(problemsOf(questionnaireWithItems(items))).extracting(LoadProblem::toString)
			.containsExactly(
					"staff.yaml:15 sections[0].items[0].subdimension: unknown sub-dimension \"R99\" (not in fw)");
		assertThat(new LoadProblem(FILE, 0, "", "the file is empty")).hasToString("staff.yaml the file is empty");
		assertThat(new LoadProblem(FILE, 3, "", "could not read YAML: oops"))
			.hasToString("staff.yaml:3 could not read YAML: oops");
	}

	// ---- helpers
	// ---------------------------------------------------------------------------

	/**
	 * The framework as fw.yaml, then each text as staff.yaml or, for an action library,
	 * actions.yaml.
	 */
	private static Result read(String... texts) {
		List<SourceFile> files = new ArrayList<>();
		for (String text : texts) {
			String name = text.startsWith("kind: framework") ? "fw.yaml"
					: text.startsWith("kind: action-library") ? "actions.yaml" : FILE;
			files.add(new SourceFile(name, text));
		}
		return new DefinitionReader().read(files);
	}

	/** The problems of reading the framework and {@code text} as staff.yaml. */
	private static List<LoadProblem> problemsOf(String text) {
		return read(FRAMEWORK, text).problems();
	}

	private static LoadProblem problem(int line, String field, String message) {
		return new LoadProblem(FILE, line, field, message);
	}

	/** A questionnaire whose sections start on line 8. */
	private static String questionnaireWithSections(String sections) {
		return HEADER + sections.indent(2);
	}

	/** A questionnaire with one section whose items start on line 11. */
	private static String questionnaireWithItems(String items) {
		return questionnaireWithSections("- id: s1\n  title: One\n  items:\n" + items.indent(4));
	}

	/**
	 * The file line of line {@code n} (from 1) of the sections given to
	 * {@link #questionnaireWithSections}.
	 */
	private static int sectionsLine(int n) {
		return 7 + n;
	}

	/**
	 * The file line of line {@code n} (from 1) of the items given to
	 * {@link #questionnaireWithItems}.
	 */
	private static int itemsLine(int n) {
		return 10 + n;
	}

	private static String options(int count) {
		return IntStream.rangeClosed(1, count).mapToObj((i) -> "Option " + i).collect(Collectors.joining(", "));
	}

}
