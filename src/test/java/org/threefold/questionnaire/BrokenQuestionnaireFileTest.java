package org.threefold.questionnaire;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.threefold.security.SystemTask;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A broken questionnaire file must not stop the application: it starts, the good files
 * load, and the problem is reported with file, line and field; fixing the file and
 * reading again brings it in.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:broken-${random.uuid};DB_CLOSE_DELAY=-1",
		"threefold.demo.enabled=false" })
class BrokenQuestionnaireFileTest {

	private static final Path DIRECTORY = copyOfShippedFilesWithOneBroken();

	@Autowired
	QuestionnaireCatalog catalog;

	@DynamicPropertySource
	static void questionnaires(DynamicPropertyRegistry registry) {
		registry.add("threefold.questionnaires.directory", DIRECTORY::toString);
	}

	@Test
	void the_application_starts_with_the_good_files_and_reports_the_broken_one() throws IOException {
		assertThat(this.catalog.find("partnership-assessment")).isPresent();
		assertThat(this.catalog.find("change-readiness")).isPresent();
		assertThat(this.catalog.find("staff-pulse")).isEmpty();
		assertThat(this.catalog.report().problems()).singleElement().satisfies((problem) -> {
			assertThat(problem.file()).isEqualTo("staff-pulse.yaml");
			assertThat(problem.field()).endsWith(".subdimension");
			assertThat(problem.message()).contains("unknown sub-dimension \"NOPE\"");
			assertThat(Files.readAllLines(DIRECTORY.resolve("staff-pulse.yaml")).get(problem.line() - 1))
				.contains("NOPE");
		});

		Files.copy(Path.of("questionnaires", "staff-pulse.yaml"), DIRECTORY.resolve("staff-pulse.yaml"),
				java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		LoadReport again = SystemTask.asAdministrator(this.catalog::reload);
		assertThat(again.clean()).isTrue();
		assertThat(this.catalog.find("staff-pulse")).isPresent();
	}

	private static Path copyOfShippedFilesWithOneBroken() {
		try {
			Path directory = Files.createTempDirectory("questionnaires");
			try (var files = Files.list(Path.of("questionnaires"))) {
				for (Path file : files.toList()) {
					Files.copy(file, directory.resolve(file.getFileName()));
				}
			}
			Path pulse = directory.resolve("staff-pulse.yaml");
			String text = Files.readString(pulse);
			int at = text.indexOf("subdimension: ");
			int end = text.indexOf('\n', at);
			Files.writeString(pulse, text.substring(0, at) + "subdimension: NOPE" + text.substring(end));
			return directory;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
