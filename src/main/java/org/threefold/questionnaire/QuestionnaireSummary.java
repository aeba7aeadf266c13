package org.threefold.questionnaire;

import java.util.Map;

/** A loaded questionnaire at a glance, for lists. */
public record QuestionnaireSummary(String id, String title, Audience audience, int estimatedMinutes, String description,
		int itemCount, Map<Dimension, Long> likertItemsByDimension, String versionLabel, String shortHash,
		String fileName) {

	static QuestionnaireSummary of(QuestionnaireDefinition definition) {
		Map<Dimension, Long> byDimension = new java.util.EnumMap<>(Dimension.class);
		definition.items().filter(Item::scored).forEach((item) -> byDimension.merge(item.dimension(), 1L, Long::sum));
		return new QuestionnaireSummary(definition.id(), definition.title(), definition.audience(),
				definition.estimatedMinutes(), definition.description(), definition.itemCount(), byDimension,
				definition.versionLabel(), definition.shortHash(), definition.fileName());
	}

}
