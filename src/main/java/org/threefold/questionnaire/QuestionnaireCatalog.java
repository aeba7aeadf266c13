package org.threefold.questionnaire;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.annotation.security.RolesAllowed;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import org.threefold.ThreefoldProperties;
import org.threefold.questionnaire.internal.DefinitionVersionEntity;
import org.threefold.questionnaire.internal.DefinitionVersionRepository;
import org.threefold.security.Role;

/**
 * The loaded definitions. Reads {@code questionnaires/} once at start (and again when an
 * administrator asks), keeps what validated, stores each new version's full text, and
 * logs every problem with file, line and field. A broken file never stops the
 * application.
 */
@Service
public class QuestionnaireCatalog implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(QuestionnaireCatalog.class);

	private final Path directory;

	private final DefinitionVersionRepository versions;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final java.util.Map<Long, QuestionnaireDefinition> storedVersions = new java.util.concurrent.ConcurrentHashMap<>();

	/** Replaced as a whole on reload, so readers always see one consistent snapshot. */
	private volatile Snapshot snapshot;

	private record Snapshot(DefinitionReader.Result result, LoadReport report) {
	}

	QuestionnaireCatalog(ThreefoldProperties properties, DefinitionVersionRepository versions,
			TransactionTemplate transactions, Clock clock) {
		this.directory = properties.questionnaires().directory().toAbsolutePath().normalize();
		this.versions = versions;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public void afterSingletonsInstantiated() {
		this.snapshot = load();
	}

	/** Reads the directory again, e.g. after an administrator fixed a file. */
	@RolesAllowed(Role.ADMINISTRATOR_NAME)
	public LoadReport reload() {
		this.snapshot = load();
		return this.snapshot.report();
	}

	public LoadReport report() {
		return this.snapshot.report();
	}

	public List<QuestionnaireSummary> questionnaires() {
		return this.snapshot.result()
			.questionnaires()
			.stream()
			.sorted(Comparator.comparing(QuestionnaireDefinition::audience)
				.thenComparing(QuestionnaireDefinition::title))
			.map(QuestionnaireSummary::of)
			.toList();
	}

	public Optional<QuestionnaireDefinition> find(String id) {
		return this.snapshot.result().questionnaires().stream().filter((q) -> q.id().equals(id)).findFirst();
	}

	/**
	 * The stored version id of a loaded definition, which an assessment keeps so it goes
	 * on asking exactly these questions after the file changes.
	 */
	public long versionId(QuestionnaireDefinition definition) {
		return this.versions.findByDefinitionIdAndContentHash(definition.id(), definition.contentHash())
			.map(DefinitionVersionEntity::getId)
			.orElseThrow(() -> new IllegalStateException("Version of " + definition.id() + " was not stored"));
	}

	/**
	 * The questionnaire exactly as stored under a version id. A version still in the
	 * files is returned as loaded; an older one is read again from its stored text
	 * against the current framework (cached, since stored versions never change).
	 */
	public QuestionnaireDefinition definitionOfVersion(long versionId) {
		return this.storedVersions.computeIfAbsent(versionId, this::readStoredVersion);
	}

	private QuestionnaireDefinition readStoredVersion(long versionId) {
		DefinitionVersionEntity stored = this.versions.findById(versionId)
			.orElseThrow(() -> new IllegalStateException("No stored questionnaire version " + versionId));
		Optional<QuestionnaireDefinition> loaded = this.snapshot.result()
			.questionnaires()
			.stream()
			.filter((q) -> q.contentHash().equals(stored.getContentHash()) && q.id().equals(stored.getDefinitionId()))
			.findFirst();
		if (loaded.isPresent()) {
			return loaded.get();
		}
		Framework framework = framework().orElseThrow(() -> new IllegalStateException("No framework is loaded"));
		String frameworkText = this.versions.findByDefinitionIdAndContentHash(framework.id(), framework.contentHash())
			.map(DefinitionVersionEntity::getContent)
			.orElseThrow();
		DefinitionReader.Result result = new DefinitionReader()
			.read(List.of(new DefinitionReader.SourceFile("framework.yaml", frameworkText),
					new DefinitionReader.SourceFile(stored.getFileName(), stored.getContent())));
		return result.questionnaires()
			.stream()
			.findFirst()
			.orElseThrow(() -> new IllegalStateException(
					"Stored questionnaire version " + versionId + " no longer reads: " + result.problems()));
	}

	public Optional<Framework> framework() {
		return this.snapshot.result().framework();
	}

	public Optional<ActionLibrary> actionLibrary() {
		return this.snapshot.result().actionLibrary();
	}

	private Snapshot load() {
		List<DefinitionReader.SourceFile> files = new ArrayList<>();
		List<LoadProblem> readProblems = new ArrayList<>();
		if (!Files.isDirectory(this.directory)) {
			readProblems.add(new LoadProblem(this.directory.toString(), 0, "",
					"the questionnaires directory does not exist; set threefold.questionnaires.directory"));
		}
		else {
			try (Stream<Path> paths = Files.list(this.directory)) {
				for (Path path : paths.filter(QuestionnaireCatalog::isYaml).sorted().toList()) {
					readFile(path, files, readProblems);
				}
			}
			catch (IOException ex) {
				readProblems
					.add(new LoadProblem(this.directory.toString(), 0, "", "could not list: " + ex.getMessage()));
			}
		}
		DefinitionReader.Result result = new DefinitionReader().read(files);
		List<LoadProblem> problems = new ArrayList<>(readProblems);
		problems.addAll(result.problems());
		problems.forEach((problem) -> log.error("Questionnaire file problem: {}", problem));
		store(files, result);
		log.info("Loaded {} questionnaire(s), {} framework, {} action library from {} ({} problem(s))",
				result.questionnaires().size(), result.framework().isPresent() ? "a" : "no",
				result.actionLibrary().isPresent() ? "an" : "no", this.directory, problems.size());
		LoadReport report = new LoadReport(this.directory.toString(), this.clock.instant(),
				files.stream().map(DefinitionReader.SourceFile::name).toList(), List.copyOf(problems));
		return new Snapshot(result, report);
	}

	private static boolean isYaml(Path path) {
		String name = path.getFileName().toString();
		return Files.isRegularFile(path) && (name.endsWith(".yaml") || name.endsWith(".yml"));
	}

	private static void readFile(Path path, List<DefinitionReader.SourceFile> files, List<LoadProblem> problems) {
		String name = path.getFileName().toString();
		try {
			if (Files.size(path) > DefinitionReader.MAX_FILE_BYTES) {
				problems.add(new LoadProblem(name, 0, "", "the file is larger than 1 MB"));
				return;
			}
			files.add(new DefinitionReader.SourceFile(name, Files.readString(path, StandardCharsets.UTF_8)));
		}
		catch (CharacterCodingException ex) {
			problems.add(new LoadProblem(name, 0, "", "the file is not UTF-8 text"));
		}
		catch (IOException ex) {
			problems.add(new LoadProblem(name, 0, "", "could not read: " + ex.getMessage()));
		}
	}

	/** Stores the text of every definition version not seen before. */
	private void store(List<DefinitionReader.SourceFile> files, DefinitionReader.Result result) {
		List<DefinitionVersionEntity> fresh = new ArrayList<>();
		result.framework()
			.ifPresent((f) -> remember(fresh, f.id(), "framework", f.contentHash(), f.versionLabel(), files));
		result.actionLibrary()
			.ifPresent((a) -> remember(fresh, a.id(), "action-library", a.contentHash(), a.versionLabel(), files));
		result.questionnaires()
			.forEach((q) -> remember(fresh, q.id(), "questionnaire", q.contentHash(), q.versionLabel(), files));
		if (!fresh.isEmpty()) {
			this.transactions.executeWithoutResult((status) -> this.versions.saveAll(fresh));
		}
	}

	private void remember(List<DefinitionVersionEntity> fresh, String id, String kind, String hash, String label,
			List<DefinitionReader.SourceFile> files) {
		if (this.versions.findByDefinitionIdAndContentHash(id, hash).isPresent()) {
			return;
		}
		files.stream()
			.filter((file) -> DefinitionReader.contentHash(file.content()).equals(hash))
			.findFirst()
			.ifPresent((file) -> fresh.add(new DefinitionVersionEntity(id, kind, hash, label.isEmpty() ? null : label,
					file.name(), file.content(), this.clock.instant())));
	}

}
