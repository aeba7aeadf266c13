package org.threefold.export.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import org.threefold.assessment.AssessmentDetail;
import org.threefold.assessment.UkDates;
import org.threefold.export.ExportData;
import org.threefold.export.ReportDocument;
import org.threefold.export.ReportSection;
import org.threefold.questionnaire.QuestionnaireDefinition;

/**
 * Method and provenance, always last: which questionnaire versions, which dates, n and
 * the threshold behind each figure, how suppression works, the SHA-256 of the data and
 * when the report was made.
 */
@Component
class MethodSection implements ReportSection {

	static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm:ss z", Locale.UK)
		.withZone(ZoneId.of("Europe/London"));

	@Override
	public int order() {
		return 900;
	}

	@Override
	public void write(ReportDocument document, ExportData data) {
		AssessmentDetail assessment = data.assessment();
		document.heading(1, "Method and provenance");
		document.heading(2, "What was asked");
		List<String> asked = new ArrayList<>();
		for (QuestionnaireDefinition questionnaire : data.questionnaires()) {
			asked.add(questionnaire.title() + ", version " + questionnaire.versionLabel() + " (content hash "
					+ questionnaire.shortHash() + ", " + questionnaire.itemCount() + " questions, for "
					+ questionnaire.audience().label().toLowerCase(Locale.UK) + ")");
		}
		if (asked.isEmpty()) {
			asked.add("No questionnaire has been pinned: the assessment has not been opened.");
		}
		document.bullets(asked);
		document.paragraph("The assessment was open from " + assessment.opensOn().format(UkDates.LONG) + " to "
				+ assessment.closesOn().format(UkDates.LONG) + " and is "
				+ assessment.status().name().toLowerCase(Locale.UK) + ". "
				+ ResultWords.count(data.results().respondents()) + " people's scores are included.");
		document.heading(2, "How scores are worked out");
		document.paragraph("Each answer is placed on a scale from 0 to 100, and a person's score on a sub-dimension "
				+ "or dimension is the mean of their answers to it. A group's score is the mean of its members' "
				+ "scores, with a 95% confidence interval from Student's t distribution. Agreement (rwg) runs from "
				+ "0, answers as spread as random ones, to 1, everyone the same. Full details are in the "
				+ "Threefold scoring guide (docs/scoring.md).");
		document.heading(2, "How small groups are protected");
		document.paragraph("A group's result is shown only when at least " + assessment.scoreThreshold()
				+ " people in it have responded. A result with enough people is still withheld when showing it "
				+ "would let a withheld group be worked out by subtraction from other figures (complementary "
				+ "suppression). Withheld results carry no number anywhere in this report or its charts: cells say "
				+ "\"withheld\" and why. Free-text comments need at least " + assessment.textThreshold()
				+ " people and are not included in board packs. Organisation averages leave withheld partners out.");
		document.heading(2, "Figures in this report");
		List<List<String>> rows = new ArrayList<>();
		for (ReportDocument.Figure figure : document.figures()) {
			rows.add(List.of("Figure " + figure.number(), figure.facts().caption(),
					ResultWords.count(figure.facts().respondents()), Integer.toString(figure.facts().threshold()),
					Integer.toString(figure.facts().withheldCells())));
		}
		if (rows.isEmpty()) {
			document.paragraph("This report has no figures: too few people responded.");
		}
		else {
			document.table("What each figure rests on",
					List.of("Figure", "Shows", "People (n)", "Smallest group shown", "Values withheld"), rows);
		}
		document.heading(2, "Provenance");
		document.bullets(List.of("Generated " + GENERATED.format(data.generatedAt()) + " by Threefold.",
				"SHA-256 of the data this report was built from: " + data.dataHash()
						+ ". The workbook and CSV files built from the same data carry the same hash.",
				"Partnership: " + data.icsName() + ". Assessment: " + assessment.title() + " (series "
						+ assessment.series() + ")."));
	}

}
