package org.threefold.questionnaire;

import java.util.List;

/** One page of the respondent form. */
public record Section(String id, String title, String intro, List<Item> items) {
}
