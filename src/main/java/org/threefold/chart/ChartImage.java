package org.threefold.chart;

import java.util.Arrays;
import java.util.Objects;

/**
 * A rendered chart: PNG bytes and the same content in words, for the {@code alt}
 * attribute of a screen image or the description of a picture in a Word report. A chart
 * without its alt text is unreadable to a screen-reader user, so they travel together.
 */
public record ChartImage(byte[] png, String altText, int width, int height) {

	public ChartImage {
		Objects.requireNonNull(png, "png");
		Objects.requireNonNull(altText, "altText");
		png = png.clone();
	}

	/** A copy, so that no caller can change the picture another caller sees. */
	@Override
	public byte[] png() {
		return this.png.clone();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ChartImage image && Arrays.equals(this.png, image.png)
				&& this.altText.equals(image.altText) && this.width == image.width && this.height == image.height;
	}

	@Override
	public int hashCode() {
		return 31 * Arrays.hashCode(this.png) + this.altText.hashCode();
	}

	@Override
	public String toString() {
		return "ChartImage[" + this.width + "×" + this.height + ", " + this.png.length + " bytes, " + this.altText
				+ "]";
	}

}
