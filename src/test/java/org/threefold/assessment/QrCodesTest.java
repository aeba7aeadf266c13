package org.threefold.assessment;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * QR codes for invitation links. Decoding the code back needs zxing's javase module,
 * which we do not ship, so these check what a broken renderer would get wrong: a PNG that
 * does not open, the wrong size, a blank square, and an unscannable flood of text.
 */
class QrCodesTest {

	private static final String RIVERSIDE_STAFF_LINK = "https://threefold.example.nhs.uk/r/k3Jd9sPq2LmX0aBc";

	@Test
	void a_link_becomes_a_png_of_the_requested_size() throws IOException {
		BufferedImage image = read(QrCodes.png(RIVERSIDE_STAFF_LINK, 320));

		assertThat(image.getWidth()).isEqualTo(320);
		assertThat(image.getHeight()).isEqualTo(320);
	}

	@Test
	void the_code_has_dark_modules_inside_a_white_quiet_zone() throws IOException {
		BufferedImage image = read(QrCodes.png(RIVERSIDE_STAFF_LINK, 320));

		int black = 0;
		int white = 0;
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				if ((image.getRGB(x, y) & 0xFFFFFF) == 0) {
					black++;
				}
				else {
					white++;
				}
			}
		}
		assertThat(black).isPositive();
		assertThat(white).isPositive();
		assertThat(image.getRGB(0, 0) & 0xFFFFFF).as("corner, inside the quiet zone").isEqualTo(0xFFFFFF);
		assertThat(image.getRGB(319, 319) & 0xFFFFFF).as("opposite corner").isEqualTo(0xFFFFFF);
	}

	@Test
	void a_poster_sized_code_is_drawn_as_large_as_asked() throws IOException {
		assertThat(read(QrCodes.png(RIVERSIDE_STAFF_LINK, 1024)).getWidth()).isEqualTo(1024);
	}

	@Test
	void text_over_a_thousand_characters_is_refused() {
		String tooLong = "https://threefold.example.nhs.uk/r/" + "x".repeat(1000);

		assertThatIllegalArgumentException().isThrownBy(() -> QrCodes.png(tooLong, 320)).withMessageContaining("1000");
	}

	@Test
	void a_thousand_characters_still_fit_on_a_small_code() throws IOException {
		String longest = "x".repeat(QrCodes.MAX_TEXT_LENGTH);

		assertThat(read(QrCodes.png(longest, 256)).getWidth()).isEqualTo(256);
	}

	@Test
	void empty_text_and_silly_sizes_are_refused() {
		assertThatIllegalArgumentException().isThrownBy(() -> QrCodes.png(" ", 320));
		assertThatIllegalArgumentException().isThrownBy(() -> QrCodes.png(RIVERSIDE_STAFF_LINK, 16));
		assertThatIllegalArgumentException().isThrownBy(() -> QrCodes.png(RIVERSIDE_STAFF_LINK, 10_000));
	}

	private static BufferedImage read(byte[] png) throws IOException {
		assertThat(png).startsWith(0x89, 'P', 'N', 'G');
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		assertThat(image).as("a readable PNG").isNotNull();
		return image;
	}

}
