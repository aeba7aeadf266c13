package org.threefold.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.threefold.questionnaire.Audience;
import org.threefold.questionnaire.Item;
import org.threefold.questionnaire.ItemSpec;
import org.threefold.questionnaire.LikertScale;
import org.threefold.questionnaire.QuestionnaireDefinition;
import org.threefold.questionnaire.Section;

import static org.assertj.core.api.Assertions.assertThat;

class ResponseStateTest {

	private static final List<PartnerChoice> PARTNERS = List.of(new PartnerChoice("1", "Castle Practice"),
			new PartnerChoice("2", "Riverside Pharmacy"), new PartnerChoice("3", "Vale Council"));

	@Test
	void a_matrix_without_self_leaves_out_the_respondents_own_organisation() {
		Item withoutSelf = matrix("influence-others", false);
		Item withSelf = matrix("influence-all", true);
		ResponseState state = state(List.of(withoutSelf, withSelf),
				Map.of(new AnswerKey("influence-others", "1"), "4", new AnswerKey("influence-others", "3"), "2"));
		assertThat(state.partnersFor(withoutSelf)).extracting(PartnerChoice::name)
			.containsExactly("Castle Practice", "Vale Council");
		assertThat(state.partnersFor(withSelf)).hasSize(3);
		// Both other partners rated: complete, though the own organisation was never
		// asked about.
		assertThat(state.answered(withoutSelf)).isTrue();
		assertThat(state.answered(withSelf)).isFalse();
	}

	private static ResponseState state(List<Item> items, Map<AnswerKey, String> answers) {
		QuestionnaireDefinition questionnaire = new QuestionnaireDefinition("q", "1", "0".repeat(64), "q.yaml",
				"Perceptions", Audience.LEADS, 5, "", List.of(new Section("s", "Partners", null, items)));
		return new ResponseState("Readiness", "Riverside Pharmacy", Audience.LEADS, questionnaire, PARTNERS, answers,
				true, LocalDate.of(2027, 3, 1), false, null, 5, 10);
	}

	private static Item matrix(String id, boolean includeSelf) {
		return new Item(id, "How much influence does each partner have?", true, null, null, null, null, null, 0,
				new ItemSpec.PartnerMatrix("influence", includeSelf, LikertScale.EXTENT));
	}

}
