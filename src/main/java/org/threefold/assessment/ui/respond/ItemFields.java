package org.threefold.assessment.ui.respond;

import java.util.List;
import java.util.Map;

import org.threefold.assessment.AnswerKey;
import org.threefold.assessment.PartnerChoice;
import org.threefold.questionnaire.Item;
import org.threefold.questionnaire.ItemSpec;

/**
 * Picks the control for each kind of question. Plain Java and records in, a component
 * out, so every kind can be rendered and exercised in a test without Spring or a browser.
 */
public final class ItemFields {

	private ItemFields() {
	}

	/**
	 * @param partners the partners a matrix or allocation is over, in the order shown
	 * @param answers the answers saved so far, used to fill the control in
	 */
	public static ItemField create(Item item, List<PartnerChoice> partners, Map<AnswerKey, String> answers) {
		return switch (item.spec()) {
			case ItemSpec.Likert likert -> new LikertField(item, likert, answers);
			case ItemSpec.Choice choice -> new ChoiceField(item, choice, answers);
			case ItemSpec.FreeText text -> new FreeTextField(item, text, answers);
			case ItemSpec.NumberInput number -> new NumberItemField(item, number, answers);
			case ItemSpec.Ranking ranking -> new RankingField(item, ranking, answers);
			case ItemSpec.PartnerMatrix matrix -> new PartnerMatrixField(item, matrix, partners, answers);
			case ItemSpec.Allocation allocation -> new AllocationField(item, allocation, partners, answers);
		};
	}

}
