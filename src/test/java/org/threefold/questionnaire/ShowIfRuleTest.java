package org.threefold.questionnaire;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * When an item is shown, from the canonical answers given so far
 * (docs/questionnaire-format.md, "Show-if conditions").
 */
class ShowIfRuleTest {

	private static final Item USES_SHARED_RECORD = item("uses-shared-record",
			new ItemSpec.Choice(false, options("yes", "no"), null), null);

	private static final Item CONFIDENCE = item("confidence",
			new ItemSpec.Likert(LikertScale.AGREEMENT, false, true, true), null);

	@Test
	void an_item_without_a_condition_is_always_shown() {
		assertThat(ShowIfRule.visible(CONFIDENCE, Map.of())).isTrue();
	}

	@Test
	void an_item_is_hidden_until_the_item_it_depends_on_is_answered() {
		Item recordIsUpToDate = followUp("record-up-to-date", equalTo("uses-shared-record", "yes"));

		assertThat(ShowIfRule.visible(recordIsUpToDate, Map.of())).isFalse();
		assertThat(ShowIfRule.visible(recordIsUpToDate, Map.of("uses-shared-record", "yes"))).isTrue();
		assertThat(ShowIfRule.visible(recordIsUpToDate, Map.of("uses-shared-record", "no"))).isFalse();
	}

	@Test
	void in_shows_the_item_for_any_of_the_listed_answers() {
		Item teamPractice = followUp("team-practice", in("role-level", "frontline", "team-leader"));

		assertThat(ShowIfRule.visible(teamPractice, Map.of("role-level", "frontline"))).isTrue();
		assertThat(ShowIfRule.visible(teamPractice, Map.of("role-level", "team-leader"))).isTrue();
		assertThat(ShowIfRule.visible(teamPractice, Map.of("role-level", "director"))).isFalse();
	}

	@Test
	void a_multiple_choice_answer_shows_the_item_when_any_chosen_value_is_listed() {
		Item communityHandover = followUp("community-handover", equalTo("services-worked-with", "community"));

		assertThat(ShowIfRule.visible(communityHandover, Map.of("services-worked-with", "gp\ncommunity"))).isTrue();
		assertThat(ShowIfRule.visible(communityHandover, Map.of("services-worked-with", "community"))).isTrue();
		assertThat(ShowIfRule.visible(communityHandover, Map.of("services-worked-with", "gp\nacute"))).isFalse();
	}

	@Test
	void a_multiple_choice_value_must_match_whole_not_as_part_of_another_value() {
		Item communityHandover = followUp("community-handover", equalTo("services-worked-with", "community"));

		assertThat(ShowIfRule.visible(communityHandover, Map.of("services-worked-with", "gp\ncommunity-care")))
			.isFalse();
	}

	@Test
	void at_least_compares_a_likert_answer_as_a_number() {
		Item whatHelps = followUp("what-helps", atLeast("confidence", 4));

		assertThat(ShowIfRule.visible(whatHelps, Map.of("confidence", "3"))).isFalse();
		assertThat(ShowIfRule.visible(whatHelps, Map.of("confidence", "4"))).isTrue();
		assertThat(ShowIfRule.visible(whatHelps, Map.of("confidence", "5"))).isTrue();
	}

	@Test
	void at_most_compares_a_number_answer_as_a_number_not_as_text() {
		Item whyLittleReKeying = followUp("why-little-re-keying", atMost("hours-on-re-keying", "9"));

		assertThat(ShowIfRule.visible(whyLittleReKeying, Map.of("hours-on-re-keying", "9"))).isTrue();
		assertThat(ShowIfRule.visible(whyLittleReKeying, Map.of("hours-on-re-keying", "3.5"))).isTrue();
		assertThat(ShowIfRule.visible(whyLittleReKeying, Map.of("hours-on-re-keying", "9.01"))).isFalse();
		// As text "10" sorts before "9".
		assertThat(ShowIfRule.visible(whyLittleReKeying, Map.of("hours-on-re-keying", "10"))).isFalse();
	}

	@Test
	void not_applicable_dont_know_or_unreadable_answers_hide_an_item_with_a_numeric_condition() {
		Item whatHelps = followUp("what-helps", atLeast("confidence", 1));

		assertThat(ShowIfRule.visible(whatHelps, Map.of("confidence", "not-applicable"))).isFalse();
		assertThat(ShowIfRule.visible(whatHelps, Map.of("confidence", "dont-know"))).isFalse();
		assertThat(ShowIfRule.visible(whatHelps, Map.of("confidence", "four"))).isFalse();
	}

	@Test
	void an_answer_left_behind_on_a_hidden_item_does_not_reveal_the_items_after_it() {
		Item recordIsUpToDate = followUp("record-up-to-date", equalTo("uses-shared-record", "yes"));
		Item whatMakesItCurrent = followUp("what-makes-it-current", atLeast("record-up-to-date", 4));
		QuestionnaireDefinition pulse = questionnaire(USES_SHARED_RECORD, recordIsUpToDate, whatMakesItCurrent);
		// Said yes, answered the follow-up, then changed their mind to no.
		Map<String, String> changedTheirMind = Map.of("uses-shared-record", "no", "record-up-to-date", "5");

		assertThat(ShowIfRule.visible(whatMakesItCurrent, changedTheirMind)).isTrue();
		assertThat(ShowIfRule.visibleWithChain(pulse, whatMakesItCurrent, changedTheirMind)).isFalse();
		assertThat(ShowIfRule.visibleWithChain(pulse, recordIsUpToDate, changedTheirMind)).isFalse();
	}

	@Test
	void the_chain_is_followed_through_every_level() {
		Item recordIsUpToDate = followUp("record-up-to-date", equalTo("uses-shared-record", "yes"));
		Item whatMakesItCurrent = followUp("what-makes-it-current", atLeast("record-up-to-date", 4));
		Item whoKeepsItCurrent = followUp("who-keeps-it-current", in("what-makes-it-current", "a-named-owner"));
		QuestionnaireDefinition pulse = questionnaire(USES_SHARED_RECORD, recordIsUpToDate, whatMakesItCurrent,
				whoKeepsItCurrent);
		Map<String, String> allTheWay = Map.of("uses-shared-record", "yes", "record-up-to-date", "5",
				"what-makes-it-current", "a-named-owner");
		Map<String, String> brokenAtTheTop = Map.of("uses-shared-record", "no", "record-up-to-date", "5",
				"what-makes-it-current", "a-named-owner");

		assertThat(ShowIfRule.visibleWithChain(pulse, whoKeepsItCurrent, allTheWay)).isTrue();
		assertThat(ShowIfRule.visibleWithChain(pulse, whoKeepsItCurrent, brokenAtTheTop)).isFalse();
	}

	@Test
	void an_item_without_a_condition_is_shown_in_the_chain_too() {
		assertThat(ShowIfRule.visibleWithChain(questionnaire(CONFIDENCE), CONFIDENCE, Map.of())).isTrue();
	}

	@Test
	void a_condition_naming_an_item_not_in_the_questionnaire_is_refused() {
		Item orphan = followUp("orphan", equalTo("no-such-item", "yes"));

		assertThatIllegalArgumentException()
			.isThrownBy(() -> ShowIfRule.visibleWithChain(questionnaire(orphan), orphan, Map.of("no-such-item", "yes")))
			.withMessageContaining("\"orphan\"")
			.withMessageContaining("\"no-such-item\"");
	}

	@Test
	void a_condition_that_tests_nothing_is_refused() {
		Item untested = followUp("untested", new ShowIf("confidence", List.of(), null, null));

		assertThatIllegalArgumentException().isThrownBy(() -> ShowIfRule.visible(untested, Map.of("confidence", "3")))
			.withMessageContaining("\"untested\"");
	}

	private static Item followUp(String id, ShowIf showIf) {
		return item(id, new ItemSpec.Likert(LikertScale.AGREEMENT, false, true, true), showIf);
	}

	private static Item item(String id, ItemSpec spec, ShowIf showIf) {
		return new Item(id, "Question " + id, false, null, null, null, null, showIf, 0, spec);
	}

	private static List<Option> options(String... values) {
		return Arrays.stream(values).map((value) -> new Option(value, value)).toList();
	}

	private static ShowIf equalTo(String item, String value) {
		return new ShowIf(item, List.of(value), null, null);
	}

	private static ShowIf in(String item, String... values) {
		return new ShowIf(item, List.of(values), null, null);
	}

	private static ShowIf atLeast(String item, int bound) {
		return new ShowIf(item, List.of(), BigDecimal.valueOf(bound), null);
	}

	private static ShowIf atMost(String item, String bound) {
		return new ShowIf(item, List.of(), null, new BigDecimal(bound));
	}

	private static QuestionnaireDefinition questionnaire(Item... items) {
		return new QuestionnaireDefinition("staff-pulse", "1", "0".repeat(64), "staff-pulse.yaml", "Staff pulse",
				Audience.ANY, 5, "A short check.", List.of(new Section("only", "Only", null, List.of(items))));
	}

}
