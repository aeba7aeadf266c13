package org.threefold.export.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import org.threefold.chart.ChartImage;
import org.threefold.chart.HeatmapChart;
import org.threefold.chart.HeatmapData;
import org.threefold.chart.ProfileChart;
import org.threefold.chart.ProfileData;
import org.threefold.power.Heatmap;
import org.threefold.power.HeatmapPicture;

/**
 * Charts and heatmap pictures drawn for exports, kept by what they show: the key is the
 * chart's own data record (labels, every score and interval, withheld cells), so the same
 * picture is drawn once however many files, sections or people ask for it, and a changed
 * result is a different key, never a stale picture. Drawing and PNG encoding are most of
 * a board report's time; a few recent charts are kept (least recently used goes first).
 */
@Component
public class RenderedCharts {

	/**
	 * Enough for a board pack's figures (five from the results, four power heatmaps, six
	 * voice maps) and a workshop report's; a picture is 50–300 kB.
	 */
	static final int KEPT = 40;

	private final Map<Object, ChartImage> kept = new LinkedHashMap<>(32, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<Object, ChartImage> eldest) {
			return size() > KEPT;
		}

	};

	public ChartImage profile(ProfileData data) {
		return get(data, (d) -> ProfileChart.render((ProfileData) d));
	}

	public ChartImage heatmap(HeatmapData data) {
		return get(data, (d) -> HeatmapChart.render((HeatmapData) d));
	}

	/**
	 * A power or voice heatmap, drawn by the power module's {@link HeatmapPicture}; the
	 * key is the suppressed heatmap record itself.
	 */
	public ChartImage picture(Heatmap heatmap) {
		return get(heatmap, (d) -> HeatmapPicture.render((Heatmap) d));
	}

	private ChartImage get(Object data, Function<Object, ChartImage> draw) {
		synchronized (this.kept) {
			ChartImage image = this.kept.get(data);
			if (image != null) {
				return image;
			}
		}
		// Drawn outside the lock: two threads may draw the same chart once each, which is
		// harmless, rather than every export waiting on one drawing.
		ChartImage image = draw.apply(data);
		synchronized (this.kept) {
			this.kept.putIfAbsent(data, image);
		}
		return image;
	}

	/** Forgets everything kept (for benchmarks measuring a first export). */
	public void clear() {
		synchronized (this.kept) {
			this.kept.clear();
		}
	}

}
