package org.threefold.security.attack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.threefold.questionnaire.DefinitionReader;
import org.threefold.questionnaire.DefinitionReader.SourceFile;
import org.threefold.questionnaire.LoadProblem;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property-based fuzzing of the questionnaire loader: random text and randomly damaged
 * copies of the shipped files must each end in a clear list of problems naming the file,
 * never an exception, and a damaged file is left out whole rather than loaded in part.
 */
class DefinitionReaderFuzzTest {

	private static final DefinitionReader READER = new DefinitionReader();

	private static final SourceFile FRAMEWORK = shipped("framework.yaml");

	private static final SourceFile PULSE = shipped("staff-pulse.yaml");

	private static SourceFile shipped(String name) {
		try {
			return new SourceFile(name, Files.readString(Path.of("questionnaires", name)));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Property(tries = 300)
	void random_text_as_a_questionnaire_is_reported_never_thrown(@ForAll("yamlish") String text) {
		DefinitionReader.Result result = READER.read(List.of(FRAMEWORK, new SourceFile("fuzz.yaml", text)));
		assertThat(result.framework()).isPresent();
		assertClear(result, "fuzz.yaml");
	}

	@Property(tries = 300)
	void a_damaged_questionnaire_loads_whole_or_not_at_all(@ForAll long seed) {
		String damaged = Mutations.mutate(PULSE.content(), seed, 1 + (int) Math.floorMod(seed, 4L));
		DefinitionReader.Result result = READER.read(List.of(FRAMEWORK, new SourceFile(PULSE.name(), damaged)));
		assertClear(result, PULSE.name());
		boolean reported = result.problems().stream().anyMatch((p) -> PULSE.name().equals(p.file()));
		if (reported) {
			assertThat(result.questionnaires()).as("a file with problems is left out whole").isEmpty();
		}
		else {
			assertThat(result.questionnaires()).hasSize(1);
		}
	}

	@Property(tries = 200)
	void a_damaged_framework_never_throws(@ForAll long seed) {
		String damaged = Mutations.mutate(FRAMEWORK.content(), seed, 1 + (int) Math.floorMod(seed, 3L));
		DefinitionReader.Result result = READER.read(List.of(new SourceFile(FRAMEWORK.name(), damaged), PULSE));
		assertClear(result, FRAMEWORK.name());
		if (result.framework().isEmpty()) {
			assertThat(result.questionnaires()).isEmpty();
		}
	}

	@Example
	void an_alias_bomb_is_refused_quickly() {
		StringBuilder bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
		for (char c = 'b'; c <= 'j'; c++) {
			char previous = (char) (c - 1);
			bomb.append(c)
				.append(": &")
				.append(c)
				.append(" [")
				.append(("*" + previous + ",").repeat(8))
				.append("*")
				.append(previous)
				.append("]\n");
		}
		long started = System.nanoTime();
		DefinitionReader.Result result = READER.read(List.of(FRAMEWORK, new SourceFile("bomb.yaml", bomb.toString())));
		assertThat(result.problems()).anyMatch((p) -> "bomb.yaml".equals(p.file()));
		assertThat((System.nanoTime() - started) / 1_000_000).as("milliseconds").isLessThan(5_000);
	}

	@Example
	void a_file_over_the_size_limit_is_refused() {
		String huge = "kind: questionnaire\n# " + "x".repeat(DefinitionReader.MAX_FILE_BYTES + 10) + "\n";
		DefinitionReader.Result result = READER.read(List.of(FRAMEWORK, new SourceFile("huge.yaml", huge)));
		assertThat(result.problems()).anyMatch((p) -> "huge.yaml".equals(p.file()));
	}

	private static void assertClear(DefinitionReader.Result result, String file) {
		for (LoadProblem problem : result.problems()) {
			assertThat(problem.file()).isNotBlank();
			assertThat(problem.message()).isNotBlank().doesNotContain("Exception").doesNotContain("\tat ");
		}
	}

	@Provide
	Arbitrary<String> yamlish() {
		Arbitrary<String> fragments = Arbitraries.of("kind: questionnaire\n", "id: fuzz\n", "version: 1\n",
				"title: Fuzz\n", "sections:\n", "  - id: s\n", "    items:\n", "      - id: i\n",
				"        type: likert\n", "        type: free-text\n", "        maxLength: -1\n",
				"        options: [a, a]\n", "showIf: {item: i}\n", "&x a\n", "*x\n", "!!java.lang.Runtime {}\n",
				"? [a]\n", ": :\n", "\t\n", "- - -\n", "'\n", "\"\\u\"\n", "audience: staff\n", "subdimension: nope\n",
				"dimension: technology\n", "%YAML 9.9\n", "---\n", "...\n");
		Arbitrary<String> structured = fragments.list().ofMaxSize(40).map((parts) -> String.join("", parts));
		return Arbitraries.oneOf(structured, Arbitraries.strings().ofMaxLength(400));
	}

}
