package org.threefold.export;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import org.threefold.partner.IcsService;
import org.threefold.partner.IcsView;
import org.threefold.security.Role;
import org.threefold.security.SystemTask;
import org.threefold.shared.AssessmentId;
import org.threefold.shared.WorkshopId;
import org.threefold.support.RequiresLibreOffice;
import org.threefold.support.SignIn;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The board report and a workshop report open in another office suite: LibreOffice
 * converts them to PDF and poppler renders the board report's summary page to a PNG,
 * which is kept in {@code target/export-samples/} to look at.
 */
@RequiresLibreOffice
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:board-pdf-${random.uuid};DB_CLOSE_DELAY=-1",
				"threefold.demo.enabled=true", "threefold.scheduling.enabled=false" })
class BoardReportPdfTest {

	@Autowired
	ExportService exports;

	@Autowired
	IcsService icsService;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	WorkshopReportExport workshopReports;

	@Test
	void libre_office_converts_the_board_report_to_pdf_and_a_page_renders() throws Exception {
		IcsView demo = SystemTask
			.asAdministrator(() -> this.icsService.list().stream().filter(IcsView::demo).findFirst().orElseThrow());
		AssessmentId id = new AssessmentId(this.jdbc
			.queryForObject("select id from assessment where title = 'Partnership readiness 2026'", Long.class));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		SignIn.run(SignIn.as(Role.BOARD_VIEWER, demo.id(), null), () -> {
			try {
				return this.exports.write(id, ExportFormat.BOARD_REPORT, out, Progress.NONE);
			}
			catch (java.io.IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		});
		WorkshopId workshop = new WorkshopId(
				this.jdbc.queryForObject("select min(id) from workshop where status = 'FINISHED'", Long.class));
		ByteArrayOutputStream workshopOut = new ByteArrayOutputStream();
		SignIn.run(SignIn.as(Role.BOARD_VIEWER, demo.id(), null), () -> {
			try {
				this.workshopReports.write(workshop, workshopOut);
			}
			catch (java.io.IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		});
		Path directory = Files.createDirectories(Path.of("target", "export-samples", "pdf"));
		Path docx = directory.resolve("board-report.docx");
		Files.write(docx, out.toByteArray());
		Path workshopDocx = directory.resolve("workshop-report.docx");
		Files.write(workshopDocx, workshopOut.toByteArray());
		Path profile = Files.createTempDirectory("threefold-soffice");
		// One office start converts both files.
		run(List.of(RequiresLibreOffice.SOFFICE.toString(), "--headless", "-env:UserInstallation=" + profile.toUri(),
				"--convert-to", "pdf", "--outdir", directory.toString(), docx.toString(), workshopDocx.toString()));
		for (String name : List.of("board-report.pdf", "workshop-report.pdf")) {
			Path converted = directory.resolve(name);
			assertThat(converted).exists();
			assertThat(new String(Files.readAllBytes(converted), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
				.as(name)
				.isEqualTo("%PDF-");
		}
		Path pdf = directory.resolve("board-report.pdf");
		run(List.of(RequiresLibreOffice.PDFTOPPM.toString(), "-png", "-r", "60", "-f", "3", "-l", "3", pdf.toString(),
				directory.resolve("page").toString()));
		Path png = Files.list(directory)
			.filter((file) -> file.getFileName().toString().startsWith("page") && file.toString().endsWith(".png"))
			.findFirst()
			.orElseThrow();
		var image = ImageIO.read(png.toFile());
		assertThat(image.getWidth()).isGreaterThan(400);
		assertThat(image.getHeight()).isGreaterThan(image.getWidth());
		int dark = 0;
		for (int y = 0; y < image.getHeight(); y += 2) {
			for (int x = 0; x < image.getWidth(); x += 2) {
				int rgb = image.getRGB(x, y);
				if (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff) < 300) {
					dark++;
				}
			}
		}
		assertThat(dark).as("the page has text on it").isGreaterThan(500);
	}

	private static void run(List<String> command) throws Exception {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("%s finished", command.get(0)).isTrue();
		assertThat(process.exitValue()).as("%s: %s", command, output).isZero();
	}

}
