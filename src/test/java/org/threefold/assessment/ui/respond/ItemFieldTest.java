package org.threefold.assessment.ui.respond;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.threefold.assessment.AnswerKey;
import org.threefold.assessment.PartnerChoice;
import org.threefold.questionnaire.Item;
import org.threefold.questionnaire.ItemSpec;
import org.threefold.questionnaire.LikertScale;
import org.threefold.questionnaire.Option;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.RadioButtonsKt.getItemLabels;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each kind of question rendered from hand-built records, without Spring or a browser:
 * what the person sees, and exactly what a change sends to the server (the canonical
 * forms of AnswerRules), so nothing is lost or mangled between the control and the
 * database.
 */
class ItemFieldTest {

	private static final List<PartnerChoice> PARTNERS = List.of(new PartnerChoice("11", "Riverside Hospital"),
			new PartnerChoice("12", "Northgate Pharmacy"));

	private final List<String> sent = new ArrayList<>();

	@BeforeEach
	void ui() {
		MockVaadin.setup();
	}

	@AfterEach
	void closeUi() {
		MockVaadin.tearDown();
	}

	@Test
	void a_likert_question_is_a_radio_group_of_five_words_plus_the_allowed_extras() {
		ItemField field = render(item("trust", new ItemSpec.Likert(LikertScale.AGREEMENT, false, true, true)),
				Map.of());
		RadioButtonGroup<String> group = radios(field);

		assertThat(group.getLabel()).isEqualTo("Question trust (optional)");
		assertThat(group.getHelperText()).isEqualTo("Help for trust");
		assertThat(getItemLabels(group)).containsExactly("Strongly disagree", "Disagree", "Neither agree nor disagree",
				"Agree", "Strongly agree", "Not applicable", "Don't know");
		_setValue(group, "4");
		_setValue(group, "not-applicable");
		assertThat(this.sent).containsExactly("trust||4", "trust||not-applicable");
	}

	@Test
	void a_likert_question_without_extras_offers_only_the_five_answers() {
		ItemField field = render(item("kit", new ItemSpec.Likert(LikertScale.FREQUENCY, true, false, false)), Map.of());
		assertThat(getItemLabels(radios(field))).containsExactly("Never", "Rarely", "Sometimes", "Often", "Always");
	}

	@Test
	void a_required_question_is_labelled_with_its_text_alone_and_marked_required() {
		Item item = new Item("kit", "Question kit", true, null, null, null, null, null, 0,
				new ItemSpec.Likert(LikertScale.AGREEMENT, false, false, false));
		RadioButtonGroup<String> group = radios(render(item, Map.of()));
		assertThat(group.getLabel()).isEqualTo("Question kit");
		assertThat(group.isRequiredIndicatorVisible()).isTrue();
	}

	@Test
	void a_saved_answer_is_shown_and_not_sent_again() {
		ItemField field = render(item("trust", new ItemSpec.Likert(LikertScale.AGREEMENT, false, true, true)),
				Map.of(AnswerKey.of("trust"), "2"));
		assertThat(radios(field).getValue()).isEqualTo("2");
		assertThat(this.sent).isEmpty();
	}

	@Test
	void a_single_choice_sends_the_option_value() {
		ItemField field = render(item("record", new ItemSpec.Choice(false, OPTIONS, null)), Map.of());
		RadioButtonGroup<String> group = radios(field);
		assertThat(getItemLabels(group)).containsExactly("Apples", "Bananas", "Cherries");
		_setValue(group, "b");
		assertThat(this.sent).containsExactly("record||b");
	}

	@Test
	@SuppressWarnings("unchecked")
	void a_multiple_choice_sends_the_chosen_values_in_option_order_one_a_line() {
		ItemField field = render(item("tools", new ItemSpec.Choice(true, OPTIONS, 2)), Map.of());
		CheckboxGroup<String> group = _get(field, CheckboxGroup.class);
		assertThat(group.getHelperText()).isEqualTo("Help for tools Choose up to 2.");
		_setValue(group, Set.of("c", "a"));
		_setValue(group, Set.of());
		assertThat(this.sent).containsExactly("tools||a\nc", "tools||");
	}

	@Test
	void free_text_has_a_limit_and_a_counter_and_sends_what_was_typed() {
		ItemField field = render(item("one-thing", new ItemSpec.FreeText(1000)),
				Map.of(AnswerKey.of("one-thing"), "Hi"));
		TextArea area = _get(field, TextArea.class);
		assertThat(area.getMaxLength()).isEqualTo(1000);
		assertThat(_get(field, Span.class, (spec) -> spec.withClasses("tf-counter")).getText())
			.isEqualTo("2 of 1000 characters used");
		_setValue(area, "Shared records, please");
		assertThat(this.sent).containsExactly("one-thing||Shared records, please");
		assertThat(_get(field, Span.class, (spec) -> spec.withClasses("tf-counter")).getText())
			.isEqualTo("22 of 1000 characters used");
	}

	@Test
	void a_whole_number_has_its_range_and_unit_and_sends_digits_or_a_clear() {
		ItemField field = render(
				item("years", new ItemSpec.NumberInput(BigDecimal.ZERO, BigDecimal.valueOf(50), true, "years")),
				Map.of());
		IntegerField number = _get(field, IntegerField.class);
		assertThat(number.getMin()).isEqualTo(0);
		assertThat(number.getMax()).isEqualTo(50);
		assertThat(number.getHelperText()).endsWith("Enter a number from 0 to 50 years.");
		_setValue(number, 12);
		_setValue(number, null);
		assertThat(this.sent).containsExactly("years||12", "years||");
	}

	@Test
	void a_decimal_number_is_sent_exactly() {
		ItemField field = render(item("hours", new ItemSpec.NumberInput(BigDecimal.ZERO, BigDecimal.TEN, false, null)),
				Map.of());
		_setValue(_get(field, BigDecimalField.class), new BigDecimal("2.50"));
		assertThat(this.sent).containsExactly("hours||2.50");
	}

	@Test
	void a_ranking_moves_with_buttons_and_sends_the_whole_order() {
		RankingField field = (RankingField) render(item("priorities", new ItemSpec.Ranking(OPTIONS, null)), Map.of());
		assertThat(field.order()).containsExactly("a", "b", "c");

		_click(_get(field, Button.class, (spec) -> spec.withAttribute("aria-label", "Move up: Cherries")));
		assertThat(field.order()).containsExactly("a", "c", "b");
		assertThat(this.sent).containsExactly("priorities||a\nc\nb");
	}

	@Test
	void an_untouched_ranking_can_be_kept_as_shown() {
		render(item("priorities", new ItemSpec.Ranking(OPTIONS, null)), Map.of());
		_click(_get(Button.class, (spec) -> spec.withText("Use this order")));
		assertThat(this.sent).containsExactly("priorities||a\nb\nc");
	}

	@Test
	void a_top_two_ranking_restores_the_saved_order_and_sends_only_the_top_two() {
		RankingField field = (RankingField) render(item("priorities", new ItemSpec.Ranking(OPTIONS, 2)),
				Map.of(AnswerKey.of("priorities"), "c\na"));
		assertThat(field.order()).containsExactly("c", "a", "b");
		_assertNone(field, Button.class, (spec) -> spec.withText("Use this order"));

		_click(_get(field, Button.class, (spec) -> spec.withAttribute("aria-label", "Move up: Bananas")));
		assertThat(this.sent).containsExactly("priorities||c\nb");
	}

	@Test
	void a_partner_matrix_asks_about_each_partner_and_sends_under_its_key() {
		PartnerMatrixField field = (PartnerMatrixField) render(
				item("influence", new ItemSpec.PartnerMatrix("influence", true, LikertScale.EXTENT)),
				Map.of(new AnswerKey("influence", "11"), "3"));
		List<RadioButtonGroup<String>> groups = field.groups();
		assertThat(groups).extracting(RadioButtonGroup::getLabel)
			.containsExactly("Riverside Hospital", "Northgate Pharmacy");
		assertThat(groups.get(0).getValue()).isEqualTo("3");
		assertThat(getItemLabels(groups.get(1))).contains("Not at all", "Completely", "Not applicable", "Don't know");

		_setValue(groups.get(1), "dont-know");
		assertThat(this.sent).containsExactly("influence|12|dont-know");
	}

	@Test
	void an_allocation_shows_a_running_total_and_sends_each_share_under_its_key() {
		AllocationField field = (AllocationField) render(item("cost", new ItemSpec.Allocation("cost", 100, List.of())),
				Map.of(new AnswerKey("cost", "11"), "80"));
		assertThat(field.totalText()).isEqualTo("You have given 80 of 100 points.");

		_setValue(field.fields().get(1), 30);
		assertThat(field.totalText()).isEqualTo("You have given 110 of 100 points, which is 10 too many.");
		_setValue(field.fields().get(0), null);
		assertThat(this.sent).containsExactly("cost|12|30", "cost|11|");
		assertThat(field.totalText()).isEqualTo("You have given 30 of 100 points.");
	}

	@Test
	void an_allocation_over_options_uses_the_option_values_as_keys() {
		AllocationField field = (AllocationField) render(item("split", new ItemSpec.Allocation("cost", 10, OPTIONS)),
				Map.of());
		assertThat(field.fields()).extracting(IntegerField::getLabel).containsExactly("Apples", "Bananas", "Cherries");
		_setValue(field.fields().get(2), 10);
		assertThat(this.sent).containsExactly("split|c|10");
	}

	@Test
	void a_refused_answer_is_explained_beside_the_question_and_kept_as_given() {
		ItemField likert = render(item("trust", new ItemSpec.Likert(LikertScale.AGREEMENT, false, false, false)),
				Map.of());
		_setValue(radios(likert), "5");
		likert.showProblem("This assessment has closed");
		assertThat(radios(likert).isInvalid()).isTrue();
		assertThat(radios(likert).getErrorMessage()).isEqualTo("This assessment has closed");
		assertThat(radios(likert).getValue()).isEqualTo("5");
		likert.clearProblem();
		assertThat(likert.problemText()).isNull();

		ItemField matrix = render(item("respect", new ItemSpec.PartnerMatrix("respect", true, LikertScale.EXTENT)),
				Map.of());
		matrix.showProblem("That partner is not part of this assessment");
		assertThat(matrix.problemText()).isEqualTo("Error: That partner is not part of this assessment");
	}

	@Test
	void a_read_only_question_cannot_be_changed() {
		ItemField field = render(item("trust", new ItemSpec.Likert(LikertScale.AGREEMENT, false, false, false)),
				Map.of());
		field.setReadOnly(true);
		assertThat(radios(field).isReadOnly()).isTrue();
	}

	private static final List<Option> OPTIONS = List.of(new Option("a", "Apples"), new Option("b", "Bananas"),
			new Option("c", "Cherries"));

	private ItemField render(Item item, Map<AnswerKey, String> answers) {
		ItemField field = ItemFields.create(item, PARTNERS, answers);
		field.onAnswer((source, key, raw) -> this.sent.add(key.itemId() + "|" + key.subKey() + "|" + raw));
		UI.getCurrent().add(field);
		return field;
	}

	@SuppressWarnings("unchecked")
	private static RadioButtonGroup<String> radios(ItemField field) {
		return _get(field, RadioButtonGroup.class);
	}

	private static Item item(String id, ItemSpec spec) {
		return new Item(id, "Question " + id, false, "Help for " + id, null, null, null, null, 0, spec);
	}

}
