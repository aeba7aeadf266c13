package org.threefold.questionnaire;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The files we ship in {@code questionnaires/} load without a single problem and still
 * hold what the rest of the application and the seed documents rely on.
 */
class ShippedQuestionnairesTest {

	/** Maven runs tests with the project root as the working directory. */
	private static final Path DIRECTORY = Path.of("questionnaires");

	private static List<DefinitionReader.SourceFile> files;

	private static DefinitionReader.Result result;

	@BeforeAll
	static void readShippedFiles() throws IOException {
		try (Stream<Path> paths = Files.list(DIRECTORY)) {
			files = paths.filter((path) -> path.getFileName().toString().matches(".*\\.ya?ml"))
				.sorted()
				.map(ShippedQuestionnairesTest::sourceFile)
				.toList();
		}
		result = new DefinitionReader().read(files);
	}

	private static DefinitionReader.SourceFile sourceFile(Path path) {
		try {
			return new DefinitionReader.SourceFile(path.getFileName().toString(),
					Files.readString(path, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not read " + path, ex);
		}
	}

	@Test
	void every_shipped_file_is_read() {
		assertThat(files).extracting(DefinitionReader.SourceFile::name)
			.contains("framework.yaml", "partnership-assessment.yaml", "staff-pulse.yaml", "change-readiness.yaml",
					"action-library.yaml");
	}

	@Test
	void the_shipped_files_load_without_any_problem() {
		assertThat(result.problems()).extracting(LoadProblem::toString).isEmpty();
		assertThat(result.framework()).isPresent();
		assertThat(result.actionLibrary()).isPresent();
		assertThat(result.questionnaires()).extracting(QuestionnaireDefinition::id)
			.containsExactlyInAnyOrder("partnership-assessment", "staff-pulse", "change-readiness");
	}

	@Test
	void the_framework_has_six_to_ten_subdimensions_for_each_overall_dimension() {
		Framework framework = framework();
		for (Dimension dimension : List.of(Dimension.TECHNOLOGY, Dimension.RELATIONSHIPS,
				Dimension.ENABLING_ENVIRONMENT)) {
			assertThat(framework.subdimensionsOf(dimension)).as(dimension.code()).hasSizeBetween(6, 10);
		}
		assertThat(framework.dimensionDescriptions()).containsOnlyKeys(Dimension.values());
	}

	@Test
	void change_readiness_has_exactly_commitment_and_efficacy() {
		assertThat(framework().subdimensionsOf(Dimension.CHANGE_READINESS)).extracting(SubDimension::id)
			.containsExactly("CR-commitment", "CR-efficacy");
	}

	@Test
	void every_subdimension_has_descriptors_and_sources() {
		assertThat(framework().subdimensions()).allSatisfy((subdimension) -> {
			assertThat(subdimension.low()).as(subdimension.id()).isNotBlank();
			assertThat(subdimension.high()).as(subdimension.id()).isNotBlank();
			assertThat(subdimension.sources()).as(subdimension.id()).isNotEmpty();
		});
	}

	@Test
	void the_partnership_assessment_is_for_leads_and_has_fifty_to_seventy_items() {
		QuestionnaireDefinition assessment = questionnaire("partnership-assessment");
		assertThat(assessment.audience()).isEqualTo(Audience.LEADS);
		assertThat(assessment.itemCount()).isBetween(50, 70);
	}

	@Test
	void the_partnership_assessment_has_at_least_two_likert_items_for_every_overall_subdimension() {
		Map<String, Long> likertCounts = likertCountsBySubdimension(questionnaire("partnership-assessment"));
		for (Dimension dimension : List.of(Dimension.TECHNOLOGY, Dimension.RELATIONSHIPS,
				Dimension.ENABLING_ENVIRONMENT)) {
			for (SubDimension subdimension : framework().subdimensionsOf(dimension)) {
				assertThat(likertCounts.getOrDefault(subdimension.id(), 0L)).as(subdimension.id())
					.isGreaterThanOrEqualTo(2);
			}
		}
	}

	@Test
	void the_partnership_assessment_measures_power_with_matrices_and_allocations() {
		QuestionnaireDefinition assessment = questionnaire("partnership-assessment");
		Set<String> matrices = assessment.items()
			.map(Item::spec)
			.filter(ItemSpec.PartnerMatrix.class::isInstance)
			.map((spec) -> ((ItemSpec.PartnerMatrix) spec).measure())
			.collect(Collectors.toSet());
		Set<String> allocations = assessment.items()
			.map(Item::spec)
			.filter(ItemSpec.Allocation.class::isInstance)
			.map((spec) -> ((ItemSpec.Allocation) spec).measure())
			.collect(Collectors.toSet());
		assertThat(matrices).contains("influence", "respect", "data-trust");
		assertThat(allocations).contains("cost", "risk", "benefit");
	}

	@Test
	void the_staff_pulse_is_short() {
		QuestionnaireDefinition pulse = questionnaire("staff-pulse");
		assertThat(pulse.itemCount()).isLessThanOrEqualTo(20);
		assertThat(pulse.estimatedMinutes()).isLessThanOrEqualTo(5);
	}

	@Test
	void the_change_readiness_questionnaire_measures_commitment_and_efficacy() {
		Map<String, Long> likertCounts = likertCountsBySubdimension(questionnaire("change-readiness"));
		assertThat(likertCounts).containsKeys("CR-commitment", "CR-efficacy");
	}

	@Test
	void the_action_library_has_at_least_two_actions_for_every_subdimension() {
		ActionLibrary library = result.actionLibrary().orElseThrow();
		Map<String, Long> counts = library.actions()
			.stream()
			.collect(Collectors.groupingBy(RecommendedAction::subdimension, Collectors.counting()));
		assertThat(framework().subdimensions())
			.allSatisfy((subdimension) -> assertThat(counts.getOrDefault(subdimension.id(), 0L)).as(subdimension.id())
				.isGreaterThanOrEqualTo(2));
	}

	@Test
	void every_action_names_bands_from_one_to_five() {
		ActionLibrary library = result.actionLibrary().orElseThrow();
		assertThat(library.actions()).allSatisfy((action) -> assertThat(action.bands()).as(action.id())
			.isNotEmpty()
			.allSatisfy((band) -> assertThat(band).isBetween(1, 5)));
	}

	private static Framework framework() {
		return result.framework().orElseThrow();
	}

	private static QuestionnaireDefinition questionnaire(String id) {
		return result.questionnaires()
			.stream()
			.filter((definition) -> definition.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new AssertionError("questionnaire " + id + " did not load: " + result.problems()));
	}

	private static Map<String, Long> likertCountsBySubdimension(QuestionnaireDefinition definition) {
		return definition.items()
			.filter((item) -> item.spec() instanceof ItemSpec.Likert)
			.filter((item) -> item.subdimension() != null)
			.collect(Collectors.groupingBy(Item::subdimension, Collectors.counting()));
	}

}
