package org.threefold.export.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import org.threefold.export.ExportData;
import org.threefold.export.ReportDocument;
import org.threefold.export.ReportSection;
import org.threefold.power.HeatCell;
import org.threefold.power.HeatmapPicture;
import org.threefold.power.PowerMaps;
import org.threefold.power.PowerService;
import org.threefold.power.RaterGrouping;

/**
 * The power heatmaps: how partners see each other's influence, respect and trust with
 * data, and who is seen to carry cost and risk and to benefit. Pictures come from the
 * power module's suppressed maps (read once per file, drawn once per pack by
 * {@link RenderedCharts}); each carries its alt text and a caption, and the withheld
 * cells are explained in words under it. Left out when the assessment asked no power
 * questions.
 */
@Component
class PowerSection implements ReportSection {

	static final String MEMO = "power-maps";

	private final PowerService power;

	private final RenderedCharts charts;

	PowerSection(PowerService power, RenderedCharts charts) {
		this.power = power;
		this.charts = charts;
	}

	@Override
	public int order() {
		return 300;
	}

	static PowerMaps maps(ExportData data, PowerService power) {
		return data.once(MEMO, () -> power.maps(data.assessment().id(), RaterGrouping.PARTNER));
	}

	@Override
	public boolean appliesTo(ExportData data) {
		PowerMaps maps = maps(data, this.power);
		return !maps.matrices().isEmpty() || maps.shares() != null;
	}

	@Override
	public void write(ReportDocument document, ExportData data) {
		PowerMaps maps = maps(data, this.power);
		document.heading(1, "Power dynamics");
		document.paragraph("How the partners see each other: whose influence counts in shared decisions, who is "
				+ "treated as a professional equal and trusted with shared data, and who is seen to carry the cost "
				+ "and risk of joint work and who gets the benefit. In the partner heatmaps each row is the "
				+ "organisation of the people rating, each column the partner rated (numbered; the key is under "
				+ "each picture), and the last row is everyone except the partner rated.");
		document.paragraph(HeatmapWords.NOT_A_VERDICT);
		if (!maps.anyShown()) {
			document.paragraph("No cell of these heatmaps can be shown yet: fewer than " + maps.threshold()
					+ " people rated each partner. The heatmaps appear once enough people have answered.");
			return;
		}
		for (PowerMaps.Matrix matrix : maps.matrices()) {
			document.heading(2, matrix.measure().title());
			document.figure(this.charts.picture(matrix.heatmap()),
					HeatmapWords.facts(matrix.heatmap(), maps.raters(), maps.threshold()));
			List<String> notes = new ArrayList<>(HeatmapWords.explained(matrix.heatmap()));
			if (!matrix.withheldRows().isEmpty()) {
				notes.add("Rated by groups with no cell that could be shown, left out of the picture: "
						+ String.join("; ", matrix.withheldRows()) + ".");
			}
			document.bullets(notes);
			List<String> gaps = new ArrayList<>();
			for (PowerMaps.SelfView view : matrix.selfViews()) {
				if (view.clear()) {
					gaps.add(view.partner() + " rates itself " + HeatmapPicture.describe(view.self(), "")
							+ "; the other partners rate it " + HeatmapPicture.describe(view.others(), "") + ".");
				}
			}
			matrix.asymmetries()
				.stream()
				.filter(PowerMaps.Asymmetry::clear)
				.limit(5)
				.forEach((a) -> gaps.add(a.a() + " rates " + a.b() + " " + score(a.aRatesB()) + "; " + a.b() + " rates "
						+ a.a() + " " + score(a.bRatesA()) + "."));
			if (!gaps.isEmpty()) {
				document.paragraph("Clear differences (the 95% intervals do not overlap) in "
						+ matrix.measure().shortLabel().toLowerCase(Locale.UK) + ":");
				document.bullets(gaps);
			}
		}
		if (maps.shares() != null) {
			document.heading(2, "Cost, risk and benefit");
			document.figure(this.charts.picture(maps.shares().heatmap()),
					HeatmapWords.facts(maps.shares().heatmap(), maps.raters(), maps.threshold()));
			document.bullets(HeatmapWords.explained(maps.shares().heatmap()));
		}
	}

	private static String score(HeatCell.Shown cell) {
		return HeatmapPicture.describe(cell, "");
	}

}
