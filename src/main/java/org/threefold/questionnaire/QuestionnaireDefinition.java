package org.threefold.questionnaire;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A validated instrument. Immutable; a changed file is a new definition with a new
 * {@code contentHash}.
 */
public record QuestionnaireDefinition(String id, String versionLabel, String contentHash, String fileName, String title,
		Audience audience, int estimatedMinutes, String description, List<Section> sections) {

	public Stream<Item> items() {
		return this.sections.stream().flatMap((section) -> section.items().stream());
	}

	public int itemCount() {
		return (int) items().count();
	}

	public Optional<Item> item(String itemId) {
		return items().filter((item) -> item.id().equals(itemId)).findFirst();
	}

	/** The first 12 characters of the hash: enough to tell versions apart on screen. */
	public String shortHash() {
		return this.contentHash.substring(0, 12);
	}

}
