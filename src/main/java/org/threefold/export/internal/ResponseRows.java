package org.threefold.export.internal;

import java.util.ArrayList;
import java.util.List;

import org.threefold.export.AnonymisedResponse;
import org.threefold.scoring.Scale;

/**
 * The columns of anonymised responses, shared by the workbook and responses.csv. A score
 * the respondent does not have (a question not asked of their audience) is "not asked".
 */
public final class ResponseRows {

	static final int FIRST_SCORE = 6;

	private ResponseRows() {
	}

	public static List<String> headings(List<Scale> scales) {
		List<String> headings = new ArrayList<>(
				List.of("Partner", "Sector", "Audience", "Profession", "Seniority", "Month submitted"));
		scales.forEach((scale) -> headings.add(scale.label() + " [" + scale.id() + "]"));
		return headings;
	}

	static List<Integer> widths(List<Scale> scales) {
		List<Integer> widths = new ArrayList<>(List.of(34, 24, 26, 26, 22, 16));
		scales.forEach((scale) -> widths.add(14));
		return widths;
	}

	public static List<Object> row(AnonymisedResponse response, List<Scale> scales) {
		List<Object> row = new ArrayList<>(List.of(response.partner(), response.sector(), response.audience(),
				response.profession(), response.seniority(), response.month()));
		for (Scale scale : scales) {
			Double score = response.scores().get(scale.key());
			row.add((score != null) ? score : "not asked");
		}
		return row;
	}

}
