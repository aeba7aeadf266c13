package org.threefold.power.ui;

import java.io.ByteArrayInputStream;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import org.threefold.chart.ChartImage;
import org.threefold.power.HeatCell;
import org.threefold.power.Heatmap;
import org.threefold.power.HeatmapPicture;

/**
 * A heatmap on screen: the picture (scrolling sideways when wide), a download link, and
 * the same figures as a text table, which is the text alternative for anyone who cannot
 * see the picture. Reusable for any {@link Heatmap}, such as the workshop voice maps.
 */
public class HeatmapFigure extends Div {

	public HeatmapFigure(Heatmap heatmap, String fileName) {
		addClassName("tf-heatmap-figure");
		ChartImage chart = HeatmapPicture.render(heatmap);
		byte[] png = chart.png();
		Image image = new Image(DownloadHandler.fromInputStream(
				(event) -> new DownloadResponse(new ByteArrayInputStream(png), fileName, "image/png", png.length)),
				heatmap.title() + ": the figures are in the table below the picture.");
		image.setWidth(chart.width() + "px");
		Div frame = new Div(image);
		frame.addClassName("tf-chart-scroll");
		frame.getElement().setAttribute("tabindex", "0");
		frame.getElement().setAttribute("role", "region");
		frame.getElement().setAttribute("aria-label", heatmap.title() + ", picture, scrolls sideways");
		Anchor download = new Anchor(DownloadHandler.fromInputStream(
				(event) -> new DownloadResponse(new ByteArrayInputStream(png), fileName, "image/png", png.length)),
				"Download this heatmap (PNG)");
		download.addClassName("tf-chart-download");
		Details table = new Details("The figures as a table", table(heatmap));
		table.addClassName("tf-heatmap-table");
		add(frame, download, table);
	}

	static NativeTable table(Heatmap heatmap) {
		NativeTable table = new NativeTable();
		table.setCaptionText(heatmap.title() + " (n: how many people a figure rests on)");
		NativeTableRow head = new NativeTableRow();
		head.addHeaderCell().setText(heatmap.rowHeading());
		for (int column = 0; column < heatmap.columns().size(); column++) {
			head.addHeaderCell().setText(heatmap.columns().get(column) + " " + heatmap.columnKey().get(column));
		}
		table.getHead().add(head);
		for (int row = 0; row < heatmap.rows().size(); row++) {
			NativeTableRow line = new NativeTableRow();
			line.addHeaderCell().setText(heatmap.rows().get(row));
			for (int column = 0; column < heatmap.columns().size(); column++) {
				HeatCell cell = heatmap.cell(row, column);
				NativeTableCell data = line.addDataCell();
				data.setText((cell instanceof HeatCell.Withheld withheld) ? "Withheld: " + withheld.reason()
						: HeatmapPicture.describe(cell, heatmap.unit()));
			}
			table.getBody().add(line);
		}
		return table;
	}

}
