package org.threefold.assessment;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * QR codes for invitation links, so a partner can put its link on a poster or a slide and
 * staff can open the survey from a phone. Plain Java: zxing draws the modules, the JDK
 * writes the PNG.
 * <p>
 * Error correction level M (about 15% of the code may be damaged or covered) is the usual
 * choice for printed posters; the four-module quiet zone is the margin the QR standard
 * requires for reliable scanning.
 */
public final class QrCodes {

	/** Far longer than any invitation link; refusing more keeps codes scannable. */
	public static final int MAX_TEXT_LENGTH = 1000;

	public static final int MIN_SIZE = 128;

	public static final int MAX_SIZE = 2048;

	private static final int QUIET_ZONE_MODULES = 4;

	private static final int BLACK = 0x000000;

	private static final int WHITE = 0xFFFFFF;

	private QrCodes() {
	}

	/**
	 * A square PNG of {@code size} pixels encoding {@code text}.
	 * @throws IllegalArgumentException if the text is empty or longer than
	 * {@value #MAX_TEXT_LENGTH} characters, or the size is outside {@value #MIN_SIZE} to
	 * {@value #MAX_SIZE} pixels or too small for the text
	 */
	public static byte[] png(String text, int size) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("A QR code needs some text");
		}
		if (text.length() > MAX_TEXT_LENGTH) {
			throw new IllegalArgumentException(
					"QR codes are limited to " + MAX_TEXT_LENGTH + " characters, this text has " + text.length());
		}
		if (size < MIN_SIZE || size > MAX_SIZE) {
			throw new IllegalArgumentException(
					"QR code size must be " + MIN_SIZE + " to " + MAX_SIZE + " pixels, was " + size);
		}
		BitMatrix matrix = encode(text, size);
		if (matrix.getWidth() > size || matrix.getHeight() > size) {
			// zxing never draws a module smaller than a pixel: the image would grow.
			throw new IllegalArgumentException(size + " pixels is too small for a QR code of this text");
		}
		BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
		for (int y = 0; y < size; y++) {
			for (int x = 0; x < size; x++) {
				image.setRGB(x, y, matrix.get(x, y) ? BLACK : WHITE);
			}
		}
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", png);
		}
		catch (IOException ex) {
			// Writing to memory cannot fail for I/O reasons.
			throw new UncheckedIOException(ex);
		}
		return png.toByteArray();
	}

	private static BitMatrix encode(String text, int size) {
		Map<EncodeHintType, Object> hints = Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
				EncodeHintType.MARGIN, QUIET_ZONE_MODULES, EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
		try {
			return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, size, size, hints);
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("This text cannot be made into a QR code: " + ex.getMessage(), ex);
		}
	}

}
