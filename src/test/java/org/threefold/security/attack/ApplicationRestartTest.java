package org.threefold.security.attack;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import org.threefold.ThreefoldApplication;
import org.threefold.assessment.AnswerKey;
import org.threefold.assessment.AssessmentPlan;
import org.threefold.assessment.AssessmentService;
import org.threefold.assessment.Receipt;
import org.threefold.assessment.RespondentProfile;
import org.threefold.assessment.RespondentService;
import org.threefold.assessment.ResponseState;
import org.threefold.assessment.StartedResponse;
import org.threefold.export.ExportFormat;
import org.threefold.export.ExportJob;
import org.threefold.export.ExportJobs;
import org.threefold.partner.Profession;
import org.threefold.partner.SeniorityBand;
import org.threefold.questionnaire.Item;
import org.threefold.questionnaire.ItemSpec;
import org.threefold.questionnaire.Section;
import org.threefold.security.Role;
import org.threefold.security.SignedInUser;
import org.threefold.shared.AssessmentId;
import org.threefold.shared.IcsId;
import org.threefold.shared.PartnerId;
import org.threefold.shared.ValidationException;
import org.threefold.support.SignIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Stops the whole application while a respondent is half-way through a survey and while
 * an export is being written, and starts it again on the same (file-based H2) database:
 * the respondent resumes with every answer kept, by the browser's secret and by the
 * resume code, and submits exactly once; the export that was cut leaves no file behind
 * and no audit entry, is unknown after the restart, and can simply be made again.
 */
class ApplicationRestartTest {

	@Test
	void a_restart_mid_answering_and_mid_export_loses_no_answer_and_leaves_no_half_export() throws Exception {
		Path directory = Files.createTempDirectory("threefold-restart");
		String url = "jdbc:h2:file:" + directory.resolve("db-" + UUID.randomUUID()) + ";AUTO_SERVER=FALSE";
		SignedInUser leader;
		AssessmentId open;
		AssessmentId closed;
		StartedResponse started;
		Map<AnswerKey, String> before;
		UUID cutJob;
		Set<String> exportFilesBefore = exportFiles();
		try (ConfigurableApplicationContext first = start(url)) {
			JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
			IcsId ics = new IcsId(jdbc.queryForObject("select id from ics where code = 'NORTH-VALE'", Long.class));
			List<PartnerId> partners = jdbc
				.queryForList("select id from partner where ics_id = ? order by id", Long.class, ics.value())
				.stream()
				.map(PartnerId::new)
				.toList();
			leader = SignIn.as(Role.ICS_LEADER, ics, null);
			AssessmentService assessments = first.getBean(AssessmentService.class);
			RespondentService respondents = first.getBean(RespondentService.class);
			open = SignIn.run(leader, () -> {
				AssessmentId created = assessments
					.createDraft(new AssessmentPlan("Restart pulse", "Restart pulse", LocalDate.now().minusDays(1),
							LocalDate.now().plusDays(30), 5, 10, true, true, null, "staff-pulse",
							Set.of(partners.get(0), partners.get(1))))
					.id();
				assessments.open(created);
				return created;
			});
			String link = SignIn.run(leader, () -> assessments.links(open)).get(0).url();
			started = respondents.startFromLink(link.substring(link.lastIndexOf('/') + 1),
					new RespondentProfile(Profession.NURSE, SeniorityBand.FRONTLINE));
			before = answerFirstSection(respondents, started.deviceSecret());
			assertThat(before).isNotEmpty();

			// An export is being written (held at its first step) when the server stops.
			closed = new AssessmentId(jdbc.queryForObject(
					"select min(id) from assessment where ics_id = ? and status = 'CLOSED'", Long.class, ics.value()));
			ExportJobs jobs = first.getBean(ExportJobs.class);
			CountDownLatch writing = new CountDownLatch(1);
			CountDownLatch never = new CountDownLatch(1);
			AtomicReference<ExportJob> last = new AtomicReference<>();
			cutJob = SignIn.run(leader, () -> jobs.start(closed, ExportFormat.BOARD_REPORT, (job) -> {
				last.set(job);
				if (job.status() == ExportJob.Status.RUNNING) {
					writing.countDown();
					try {
						never.await();
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
						throw new IllegalStateException("stopped with the application", ex);
					}
				}
			})).id();
			assertThat(writing.await(60, TimeUnit.SECONDS)).as("the export started writing").isTrue();
			assertThat(exportFiles().stream().filter((f) -> !exportFilesBefore.contains(f)))
				.as("the half-written file exists while the export runs")
				.hasSize(1);
		}
		// Stopped: the export's half-written file is gone and nothing recorded it as
		// made.
		assertThat(exportFiles()).isSubsetOf(exportFilesBefore);

		try (ConfigurableApplicationContext second = start(url)) {
			JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
			RespondentService respondents = second.getBean(RespondentService.class);
			ExportJobs jobs = second.getBean(ExportJobs.class);
			assertThat(jdbc.queryForObject("select count(*) from audit_event where action = ?", Long.class,
					ExportFormat.BOARD_REPORT.auditAction()))
				.as("no export recorded for the cut job")
				.isZero();

			// The respondent comes back on the same device, and on another with the code.
			ResponseState resumed = respondents.resume(started.deviceSecret()).orElseThrow();
			assertThat(resumed.submitted()).isFalse();
			assertThat(resumed.answers()).isEqualTo(before);
			String fromCode = respondents.checkResumeCode(started.resumeCode()).orElseThrow();
			assertThat(respondents.resume(fromCode).orElseThrow().answers()).isEqualTo(before);

			TwoPartnerships.answerEverything(respondents, started.deviceSecret(), "Kept after a restart");
			Map<AnswerKey, String> all = respondents.resume(started.deviceSecret()).orElseThrow().answers();
			assertThat(all).containsAllEntriesOf(before).hasSizeGreaterThan(before.size());
			Receipt receipt = respondents.submit(started.deviceSecret());
			assertThat(receipt.firstTime()).isTrue();
			// Exactly once: a repeat (a second tab, a double click) gets the same receipt
			// and writes nothing; a change after submitting is refused in words.
			Receipt again = respondents.submit(started.deviceSecret());
			assertThat(again.firstTime()).isFalse();
			assertThat(again.code()).isEqualTo(receipt.code());
			long response = jdbc.queryForObject("select id from response where assessment_id = ?", Long.class,
					open.value());
			assertThat(jdbc.queryForObject(
					"select count(*) from respondent_score where response_id = ? and scale_kind = 'OVERALL'",
					Long.class, response))
				.isEqualTo(1);
			AnswerKey some = before.keySet().iterator().next();
			assertThatThrownBy(() -> respondents.saveAnswer(started.deviceSecret(), some, before.get(some)))
				.isInstanceOf(ValidationException.class)
				.hasMessageContaining("has been submitted and can no longer be changed");
			assertThat(respondents.resume(started.deviceSecret()).orElseThrow().answers()).isEqualTo(all);

			// The cut export is unknown after the restart (the screen that showed it is
			// gone
			// with the old session); making it again works and is recorded once.
			assertThat(SignIn.run(leader, () -> jobs.get(cutJob))).isEmpty();
			AtomicReference<ExportJob> done = new AtomicReference<>();
			CountDownLatch finished = new CountDownLatch(1);
			UUID remade = SignIn.run(leader, () -> jobs.start(closed, ExportFormat.BOARD_REPORT, (job) -> {
				if (job.finished()) {
					done.set(job);
					finished.countDown();
				}
			})).id();
			assertThat(finished.await(120, TimeUnit.SECONDS)).isTrue();
			assertThat(done.get().status()).isEqualTo(ExportJob.Status.DONE);
			try (InputStream file = SignIn.run(leader, () -> jobs.open(remade));
					XWPFDocument document = new XWPFDocument(file);
					XWPFWordExtractor text = new XWPFWordExtractor(document)) {
				assertThat(text.getText()).contains(
						jdbc.queryForObject("select title from assessment where id = ?", String.class, closed.value()));
			}
			assertThat(jdbc.queryForObject("select count(*) from audit_event where action = ?", Long.class,
					ExportFormat.BOARD_REPORT.auditAction()))
				.isEqualTo(1);
		}
	}

	/** Answers the questions of the first section only, as someone who then stops. */
	private static Map<AnswerKey, String> answerFirstSection(RespondentService respondents, String secret) {
		ResponseState state = respondents.resume(secret).orElseThrow();
		Section first = state.questionnaire().sections().get(0);
		for (Item item : first.items()) {
			if (state.visible(item) && item.spec() instanceof ItemSpec.Likert) {
				// The value answerEverything gives later, so finishing changes none of
				// these.
				state = respondents.saveAnswer(secret, AnswerKey.of(item.id()),
						String.valueOf(2 + Math.floorMod(item.id().hashCode(), 4)));
			}
		}
		return respondents.resume(secret).orElseThrow().answers();
	}

	/** Export files in the temporary directory, where {@link ExportJobs} writes them. */
	private static Set<String> exportFiles() throws Exception {
		try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
			return files.map((f) -> f.getFileName().toString())
				.filter((name) -> name.startsWith("threefold-export-"))
				.collect(java.util.stream.Collectors.toCollection(TreeSet::new));
		}
	}

	private static ConfigurableApplicationContext start(String url) {
		return new SpringApplicationBuilder(ThreefoldApplication.class)
			.properties("spring.datasource.url=" + url, "server.port=0", "threefold.demo.enabled=true",
					"threefold.scheduling.enabled=false", "vaadin.devmode.devTools.enabled=false")
			.run();
	}

}
