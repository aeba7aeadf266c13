package org.threefold.export.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.threefold.assessment.UkDates;
import org.threefold.export.SafeText;
import org.threefold.power.SaidAndDone;
import org.threefold.power.VoiceMaps;
import org.threefold.shared.PartnerId;
import org.threefold.workshop.CombinedRank;
import org.threefold.workshop.Stage;
import org.threefold.workshop.TurnOutcome;
import org.threefold.workshop.VoiceGrouping;
import org.threefold.workshop.WorkshopSnapshot;

/**
 * The workshop report in Word: who took part (by sector, partner, profession and
 * seniority, small groups withheld as on the voice maps), what each of the five stages
 * produced, the agreed actions, and who was heard. Built from the workshop without its
 * people ({@link WorkshopSnapshot#withoutPeople()}), so nobody is named; every piece of
 * participant text is written as text, and table cells are neutralised with
 * {@link SafeText}.
 */
public final class WorkshopReportWriter {

	private static final ZoneId UK = ZoneId.of("Europe/London");

	/** The attendance tables, in the order of the issue. */
	static final List<VoiceGrouping> ATTENDANCE = List.of(VoiceGrouping.SECTOR, VoiceGrouping.PARTNER,
			VoiceGrouping.PROFESSION, VoiceGrouping.SENIORITY);

	private WorkshopReportWriter() {
	}

	/**
	 * What the report is made of, all already suppressed or stripped of people.
	 *
	 * @param workshop the workshop without its people
	 * @param voice the voice maps of this workshop by each grouping shown
	 * @param said said and done for this workshop
	 * @param threshold the smallest group shown
	 * @param partners partner names by id, for the owners of agreed actions
	 */
	public record Input(String icsName, WorkshopSnapshot workshop, Map<VoiceGrouping, VoiceMaps.VoiceMap> voice,
			SaidAndDone.Result said, int threshold, Map<PartnerId, String> partners, Instant generatedAt) {
	}

	public static void write(Input input, RenderedCharts charts, OutputStream out) throws IOException {
		WorkshopSnapshot workshop = input.workshop();
		long people = input.voice().values().stream().mapToLong(VoiceMaps.VoiceMap::people).max().orElse(0);
		DocxReport report = new DocxReport();
		report.cover("Workshop report", workshop.title(),
				List.of(input.icsName(), workshop.mode().label() + ", " + held(workshop),
						ResultWords.count(people) + " people took part",
						"Generated " + MethodSection.GENERATED.format(input.generatedAt()),
						"Nobody is named in this report. Groups of fewer than " + input.threshold()
								+ " people are not shown. See \"About this report\"."));
		report.tableOfContents();
		report.pageBreak();
		attendance(report, input);
		report.pageBreak();
		stages(report, input);
		report.pageBreak();
		agreements(report, input);
		report.pageBreak();
		voice(report, input, charts);
		report.pageBreak();
		about(report, input);
		report.write(out);
	}

	private static String held(WorkshopSnapshot workshop) {
		if (workshop.plan().startsAt() != null) {
			return "held on " + workshop.plan().startsAt().format(UkDates.LONG);
		}
		return workshop.turns()
			.stream()
			.map(WorkshopSnapshot.Turn::start)
			.filter(java.util.Objects::nonNull)
			.min(Comparator.naturalOrder())
			.map((start) -> "held on " + LocalDate.ofInstant(start, UK).format(UkDates.LONG))
			.orElse("date not recorded");
	}

	private static void attendance(DocxReport report, Input input) {
		report.heading(1, "Who took part");
		report.paragraph("The mix of the room by sector, partner, profession and seniority. A group of fewer than "
				+ input.threshold() + " people is withheld, and so is any group that would let a withheld one be "
				+ "worked out from the others, as on the voice heatmaps.");
		for (VoiceGrouping grouping : ATTENDANCE) {
			VoiceMaps.VoiceMap map = input.voice().get(grouping);
			if (map == null) {
				continue;
			}
			report.heading(2, "By " + HeatmapWords.lowerFirst(grouping.label()));
			List<List<String>> rows = new ArrayList<>();
			for (VoiceMaps.GroupVoice group : map.groups()) {
				if (group.shown()) {
					rows.add(List.of(SafeText.cell(group.label()), Long.toString(group.people()),
							percent(group.roomShare()), ""));
				}
				else {
					rows.add(List.of(SafeText.cell(group.label()), "withheld", "withheld",
							SafeText.cell(HeatmapWords.withheldNote(group.withheld()))));
				}
			}
			report.table(
					"People by " + HeatmapWords.lowerFirst(grouping.label()) + "; groups of fewer than "
							+ input.threshold() + " are withheld",
					List.of(grouping.label(), "People", "Share of the room", "Note"), rows);
		}
	}

	private static String percent(double share) {
		return Math.round(100 * share) + "%";
	}

	private static void stages(DocxReport report, Input input) {
		WorkshopSnapshot workshop = input.workshop();
		report.heading(1, "What each stage produced");
		report.heading(2, "1. " + Stage.CHECK_IN.title());
		rounds(report, workshop, Stage.CHECK_IN,
				"Each person in turn said who they are, how they are and what they are focused on. What was said "
						+ "is not recorded; the counts are.");
		report.heading(2, "2. " + Stage.INDIVIDUAL_THOUGHTS.title());
		postIts(report, workshop);
		report.heading(2, "3. " + Stage.TIME_TO_THINK.title());
		rounds(report, workshop, Stage.TIME_TO_THINK,
				"Each round had its own question and order; each person spoke or passed, and those who passed were "
						+ "asked again at the end of the round.");
		report.heading(2, "4. " + Stage.GROUPS.title());
		groups(report, workshop);
		report.heading(2, "5. " + Stage.AGREEMENT.title());
		rounds(report, workshop, Stage.AGREEMENT,
				"The final rounds before the room agreed its actions (listed in the next chapter).");
	}

	/** The rounds of one stage: question, turns spoken and passes. */
	private static void rounds(DocxReport report, WorkshopSnapshot workshop, Stage stage, String introduction) {
		report.paragraph(introduction);
		Map<Integer, String> questions = new TreeMap<>();
		workshop.asked()
			.stream()
			.filter((a) -> a.stage() == stage)
			.forEach((a) -> questions.put(a.number(), a.question()));
		Map<Integer, int[]> counts = new TreeMap<>();
		for (WorkshopSnapshot.Turn turn : workshop.turns()) {
			if (turn.stage() == stage) {
				int[] count = counts.computeIfAbsent(turn.round(), (r) -> new int[2]);
				if (turn.outcome() == TurnOutcome.SPOKE) {
					count[0]++;
				}
				else if (turn.outcome() == TurnOutcome.PASSED) {
					count[1]++;
				}
			}
		}
		counts.keySet().forEach((round) -> questions.putIfAbsent(round, "Question not recorded"));
		if (questions.isEmpty()) {
			report.paragraph("No rounds were run in this stage.");
			return;
		}
		List<List<String>> rows = new ArrayList<>();
		int spoke = 0;
		int passed = 0;
		for (Map.Entry<Integer, String> round : questions.entrySet()) {
			int[] count = counts.getOrDefault(round.getKey(), new int[2]);
			spoke += count[0];
			passed += count[1];
			rows.add(List.of(Integer.toString(round.getKey()), SafeText.cell(round.getValue()),
					Integer.toString(count[0]), Integer.toString(count[1])));
		}
		report.paragraph(plural(questions.size(), "round") + ": " + plural(spoke, "turn") + " spoken and "
				+ plural(passed, "pass") + ".");
		report.table(stage.label() + ": each round's question, turns spoken and passes",
				List.of("Round", "Question", "Turns spoken", "Passes"), rows);
	}

	static String plural(long count, String noun) {
		String many = noun.endsWith("s") ? noun + "es" : noun + "s";
		return count + " " + ((count == 1) ? noun : many);
	}

	/** Revealed post-its by question and theme, without their authors. */
	private static void postIts(DocxReport report, WorkshopSnapshot workshop) {
		report.paragraph("Everyone wrote their own thoughts on post-its before any discussion. Only the post-its "
				+ "the facilitator revealed to the room are listed, by theme and without their authors' names; "
				+ "those never revealed stay in the workshop.");
		Map<Long, String> themes = new LinkedHashMap<>();
		workshop.themes().forEach((theme) -> themes.put(theme.id(), theme.name()));
		List<String> prompts = workshop.plan().prompts(Stage.INDIVIDUAL_THOUGHTS);
		report.paragraph(
				plural(workshop.postIts().size(), "post-it") + " revealed, " + plural(themes.size(), "theme") + ".");
		for (int question = 0; question < prompts.size(); question++) {
			report.heading(3, "Question " + (question + 1) + ": " + prompts.get(question));
			if (!workshop.revealed().contains(question)) {
				report.paragraph("Not revealed in the workshop, so these post-its stay in the workshop.");
				continue;
			}
			int asked = question;
			List<WorkshopSnapshot.PostIt> notes = workshop.postIts()
				.stream()
				.filter((note) -> note.question() == asked)
				.sorted(Comparator
					.comparing((WorkshopSnapshot.PostIt note) -> (note.theme() == null) ? "\uffff"
							: themes.getOrDefault(note.theme(), "\uffff"))
					.thenComparingLong(WorkshopSnapshot.PostIt::id))
				.toList();
			if (notes.isEmpty()) {
				report.paragraph("No post-its were written for this question.");
				continue;
			}
			List<List<String>> rows = new ArrayList<>();
			for (WorkshopSnapshot.PostIt note : notes) {
				String theme = (note.theme() == null) ? "Not in a theme"
						: themes.getOrDefault(note.theme(), "Not in a theme");
				rows.add(List.of(SafeText.cell(theme), SafeText.cell(note.text())));
			}
			report.table("Post-its for question " + (question + 1) + ", by theme", List.of("Theme", "Post-it"), rows);
		}
	}

	/** The groups, each group's ranking and the combined ranking. */
	private static void groups(DocxReport report, WorkshopSnapshot workshop) {
		List<WorkshopSnapshot.Group> groups = workshop.groups();
		if (groups.isEmpty()) {
			report.paragraph("No groups were formed.");
		}
		else {
			int smallest = groups.stream().mapToInt((g) -> g.members().size()).min().orElse(0);
			int largest = groups.stream().mapToInt((g) -> g.members().size()).max().orElse(0);
			report.paragraph(plural(groups.size(), "group") + " of "
					+ ((smallest == largest) ? Integer.toString(smallest) : smallest + " to " + largest)
					+ " people, mixing partners and seniority, worked without the facilitator.");
		}
		if (workshop.ranking().isEmpty()) {
			report.paragraph("The groups did not rank themes.");
			return;
		}
		WorkshopSnapshot.RankingView ranking = workshop.ranking().get();
		Map<Integer, WorkshopSnapshot.Submission> submitted = new TreeMap<>(ranking.submissions());
		if (submitted.isEmpty()) {
			report.paragraph("No group submitted a ranking of the " + plural(ranking.themes().size(), "theme") + ".");
			return;
		}
		report.heading(3, "Each group's ranking");
		List<String> headings = new ArrayList<>(List.of("Place"));
		submitted.keySet().forEach((group) -> headings.add("Group " + group));
		List<List<String>> rows = new ArrayList<>();
		for (int place = 0; place < ranking.themes().size(); place++) {
			List<String> row = new ArrayList<>(List.of(Integer.toString(place + 1)));
			for (WorkshopSnapshot.Submission submission : submitted.values()) {
				row.add((place < submission.order().size()) ? SafeText.cell(submission.order().get(place)) : "");
			}
			rows.add(row);
		}
		report.table("The themes in the order each group gave them, most important first", headings, rows);
		List<String> notes = new ArrayList<>();
		submitted.forEach((group, submission) -> {
			if (submission.late()) {
				notes.add("Group " + group + " submitted after the timer ran out; a timer is a guide, so it counts.");
			}
		});
		groups.stream()
			.filter((g) -> !submitted.containsKey(g.number()))
			.forEach((g) -> notes.add(g.name() + " did not submit a ranking."));
		if (!notes.isEmpty()) {
			report.bullets(notes);
		}
		report.heading(3, "Combined ranking");
		List<CombinedRank> combined = ranking.combined();
		report.paragraph("Combined by Borda count over " + plural(submitted.size(), "group ranking") + ": in a list of "
				+ ranking.themes().size() + " themes a group's first choice earns " + (ranking.themes().size() - 1)
				+ " points and its last none. Ties in points are broken by the mean place. The spread is the "
				+ "standard deviation of the places the groups gave (0 when they all agreed); \"yes\" under "
				+ "\"Groups disagreed\" marks places at least half the list apart, worth discussing rather than "
				+ "averaging away.");
		List<List<String>> combinedRows = new ArrayList<>();
		for (CombinedRank rank : combined) {
			combinedRows.add(List.of(Integer.toString(rank.place()), SafeText.cell(rank.theme()),
					Integer.toString(rank.points()), String.format(Locale.UK, "%.1f", rank.meanRank()),
					rank.bestRank() + " to " + rank.worstRank(), String.format(Locale.UK, "%.2f", rank.spread()),
					rank.disputed(ranking.themes().size()) ? "yes" : "no"));
		}
		report.table("Combined ranking of the themes",
				List.of("Place", "Theme", "Borda points", "Mean place", "Best to worst", "Spread", "Groups disagreed"),
				combinedRows);
	}

	private static void agreements(DocxReport report, Input input) {
		List<WorkshopSnapshot.Agreement> agreements = input.workshop().agreements();
		report.heading(1, "Agreed actions");
		if (agreements.isEmpty()) {
			report.paragraph("The room agreed no actions.");
			return;
		}
		report.paragraph("The room agreed " + plural(agreements.size(), "action")
				+ ", each with an owner, a due date and the sub-dimension it addresses. They went to the ICS action "
				+ "plan, where their progress is followed.");
		List<List<String>> rows = new ArrayList<>();
		for (WorkshopSnapshot.Agreement agreement : agreements) {
			rows.add(List.of(SafeText.cell(agreement.title()),
					SafeText.cell((agreement.owner() == null) ? "No owner yet"
							: input.partners().getOrDefault(agreement.owner(), "Partner no longer listed")),
					(agreement.due() == null) ? "No date" : agreement.due().format(UkDates.LONG),
					(agreement.subDimension() == null) ? "Not linked" : SafeText.cell(agreement.subDimension()),
					LocalDate.ofInstant(agreement.at(), UK).format(UkDates.LONG)));
		}
		report.table("Actions agreed in stage five", List.of("Action", "Owner", "Due", "Sub-dimension", "Agreed on"),
				rows);
	}

	private static void voice(DocxReport report, Input input, RenderedCharts charts) {
		report.heading(1, "Who was heard");
		report.paragraph("Each voice heatmap sets a group's share of the turns spoken, speaking time, passes and "
				+ "post-its against its share of the room: purple is heard more than its share, orange less. Groups "
				+ "of fewer than " + input.threshold() + " people are withheld. Nobody is shown on their own.");
		report.paragraph(HeatmapWords.NOT_A_VERDICT);
		Map<VoiceGrouping, VoiceMaps.VoiceMap> maps = new EnumMap<>(VoiceGrouping.class);
		maps.putAll(input.voice());
		maps.forEach((grouping, map) -> {
			report.heading(2, "By " + HeatmapWords.lowerFirst(grouping.label()));
			WorkshopsSection.figure(report, charts, map, input.threshold());
		});
		long people = input.voice().values().stream().mapToLong(VoiceMaps.VoiceMap::people).max().orElse(0);
		WorkshopsSection.saidAndDone(report, charts, input.said(), people, input.threshold(), "this workshop");
	}

	private static void about(DocxReport report, Input input) {
		report.heading(1, "About this report");
		report.bullets(List.of(
				"Nobody is named: the report counts people by sector, partner, profession and seniority, as the "
						+ "notice participants read before joining promised.",
				"A group of fewer than " + input.threshold() + " people is withheld everywhere in this report, and "
						+ "so is a group that would let a withheld one be worked out from the whole room. The "
						+ "threshold is that of the partnership's latest closed assessment.",
				"Post-its appear only once the facilitator revealed them to the room, without their authors.",
				"What participants wrote is shown exactly as written, as text. A table cell that begins with =, +, -"
						+ " or @ starts with an apostrophe, so a spreadsheet it is pasted into shows it as text "
						+ "rather than running it.",
				"Generated " + MethodSection.GENERATED.format(input.generatedAt()) + " by Threefold for "
						+ input.icsName() + "."));
	}

}
