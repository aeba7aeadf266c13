package org.threefold.scoring.ui;

import java.io.ByteArrayInputStream;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import org.threefold.chart.ChartImage;

/**
 * A chart on screen: the PNG with its alt text, and a link to download the same picture
 * for a slide or a paper. The bytes are rendered once, when the section is built, and
 * served from memory.
 */
final class ChartPicture extends Div {

	ChartPicture(ChartImage chart, String fileName) {
		this(chart, fileName, false);
	}

	/**
	 * @param wide true for a picture too detailed to shrink to the page, such as a
	 * heatmap: it keeps its size and the frame scrolls sideways, and can be scrolled from
	 * the keyboard
	 */
	ChartPicture(ChartImage chart, String fileName, boolean wide) {
		addClassName("tf-chart");
		byte[] png = chart.png();
		Image image = new Image(DownloadHandler.fromInputStream(
				(event) -> new DownloadResponse(new ByteArrayInputStream(png), fileName, "image/png", png.length)),
				chart.altText());
		image.setWidth(chart.width() + "px");
		Anchor download = new Anchor(DownloadHandler.fromInputStream(
				(event) -> new DownloadResponse(new ByteArrayInputStream(png), fileName, "image/png", png.length)),
				"Download this chart (PNG)");
		download.addClassName("tf-chart-download");
		if (wide) {
			Div frame = new Div(image);
			frame.addClassName("tf-chart-scroll");
			frame.getElement().setAttribute("tabindex", "0");
			frame.getElement().setAttribute("role", "region");
			frame.getElement().setAttribute("aria-label", "Chart, scrolls sideways");
			add(frame, download);
		}
		else {
			add(image, download);
		}
	}

}
