package org.threefold.assessment.ui;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import org.threefold.assessment.AssessmentDetail;
import org.threefold.assessment.UkDates;

/**
 * An assessment's plan as label–value pairs, in words: UK dates, thresholds as numbers of
 * people, and "None" rather than a blank where a questionnaire is not used.
 */
class PlanFacts extends DescriptionList {

	PlanFacts(AssessmentDetail detail) {
		addClassName("tf-definition-list");
		fact("Status", detail.status().label());
		fact("Series", detail.series());
		fact("Opens on", detail.opensOn().format(UkDates.LONG));
		fact("Closes on", detail.closesOn().format(UkDates.LONG) + " (at the end of the day)");
		fact("Scores shown for groups of at least", people(detail.scoreThreshold()));
		fact("Written comments shown for groups of at least", people(detail.textThreshold()));
		fact("Asks profession", detail.askProfession() ? "Yes" : "No");
		fact("Asks seniority", detail.askSeniority() ? "Yes" : "No");
		fact("Questionnaire for partner leads",
				(detail.leadsQuestionnaire() == null) ? "None" : detail.leadsQuestionnaire());
		fact("Questionnaire for staff", (detail.staffQuestionnaire() == null) ? "None" : detail.staffQuestionnaire());
		UnorderedList names = new UnorderedList();
		detail.partnerNames().stream().sorted().forEach((name) -> names.add(new ListItem(name)));
		add(new Term("Partners taking part (" + detail.partners().size() + ")"),
				new Description(detail.partners().isEmpty() ? new Span("None chosen yet") : names));
	}

	private void fact(String term, String value) {
		add(new Term(term), new Description(value));
	}

	private static String people(int count) {
		return count + " people";
	}

}
