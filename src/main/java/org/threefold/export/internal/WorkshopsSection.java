package org.threefold.export.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

import org.threefold.export.ExportData;
import org.threefold.export.ReportDocument;
import org.threefold.export.ReportSection;
import org.threefold.power.SaidAndDone;
import org.threefold.power.VoiceMaps;
import org.threefold.power.VoicePowerService;
import org.threefold.workshop.VoiceGrouping;
import org.threefold.workshop.WorkshopSummary;

/**
 * Who was heard in the ICS's finished workshops: the voice heatmaps by sector, partner,
 * NHS status, profession and seniority (groups below the threshold withheld by the power
 * module) and "said and done", each a picture with alt text and caption, withheld groups
 * explained. Left out until a workshop has finished.
 */
@Component
class WorkshopsSection implements ReportSection {

	private final VoicePowerService voice;

	private final RenderedCharts charts;

	WorkshopsSection(VoicePowerService voice, RenderedCharts charts) {
		this.voice = voice;
		this.charts = charts;
	}

	@Override
	public int order() {
		return 500;
	}

	private List<WorkshopSummary> finished(ExportData data) {
		return data.once("finished-workshops", this.voice::finishedWorkshops);
	}

	@Override
	public boolean appliesTo(ExportData data) {
		return !finished(data).isEmpty();
	}

	@Override
	public void write(ReportDocument document, ExportData data) {
		List<WorkshopSummary> finished = finished(data);
		int threshold = this.voice.threshold();
		document.heading(1, "Workshops");
		document
			.paragraph(finished.size() + " generative dialogue workshop" + ((finished.size() == 1) ? " has" : "s have")
					+ " finished. Each workshop's own report (Word) gives its outputs stage by stage.");
		document.bullets(finished.stream()
			.map((w) -> w.title() + " (" + w.mode().label().toLowerCase(Locale.UK) + ", " + w.participants()
					+ " people)")
			.toList());
		document.heading(2, "Who was heard");
		document.paragraph("Each voice heatmap sets a group's share of the turns spoken, speaking time, passes and "
				+ "post-its against its share of the room. Groups of fewer than " + threshold
				+ " people are withheld, and so is any group that would let a withheld one be worked out. "
				+ "Nobody is shown on their own.");
		document.paragraph(HeatmapWords.NOT_A_VERDICT);
		for (VoiceGrouping grouping : VoicePowerService.GROUPINGS) {
			VoiceMaps.VoiceMap map = this.voice.voiceMap(Optional.empty(), grouping);
			document.heading(3, "By " + HeatmapWords.lowerFirst(grouping.label()));
			figure(document, this.charts, map, threshold);
		}
		saidAndDone(document, this.charts, this.voice.saidAndDone(Optional.empty()),
				finished.stream().mapToLong(WorkshopSummary::participants).sum(), threshold, "the workshops");
	}

	/**
	 * "Said and done" as a figure, with the diverging partners and the withheld cells in
	 * words, for the board report and the workshop report.
	 * @param where "the workshops" or "this workshop"
	 */
	static void saidAndDone(ReportDocument document, RenderedCharts charts, SaidAndDone.Result said, long people,
			int threshold, String where) {
		document.heading(2, "Said and done");
		document.paragraph("Each partner's view of its own influence over shared decisions (from the latest closed "
				+ "assessment) beside how much it was heard in " + where + ".");
		document.figure(charts.picture(said.heatmap()), HeatmapWords.facts(said.heatmap(), people, threshold));
		List<String> flags = new ArrayList<>();
		said.flagged().forEach((row) -> flags.add(row.partner() + ": " + row.divergence().text() + "."));
		if (flags.isEmpty()) {
			flags.add("No partner's survey view and workshop voice point opposite ways.");
		}
		flags.addAll(HeatmapWords.explained(said.heatmap()));
		document.bullets(flags);
	}

	/**
	 * A voice map as a figure, with its withheld groups named and why, for the board
	 * report and the workshop report.
	 */
	static void figure(ReportDocument document, RenderedCharts charts, VoiceMaps.VoiceMap map, int threshold) {
		document.figure(charts.picture(map.heatmap()), HeatmapWords.facts(map.heatmap(), map.people(), threshold));
		List<String> notes = new ArrayList<>();
		for (VoiceMaps.GroupVoice group : map.groups()) {
			if (!group.shown()) {
				notes.add(group.label() + ": " + HeatmapWords.withheldNote(group.withheld()) + ".");
			}
		}
		if (notes.isEmpty()) {
			notes.add("Every group is shown.");
		}
		document.bullets(notes);
	}

}
