package org.threefold.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import org.threefold.partner.IcsService;
import org.threefold.partner.IcsView;
import org.threefold.partner.Profession;
import org.threefold.partner.SeniorityBand;
import org.threefold.security.Role;
import org.threefold.security.SignedInUser;
import org.threefold.security.SystemTask;
import org.threefold.shared.NotFoundException;
import org.threefold.shared.PartnerId;
import org.threefold.shared.ValidationException;
import org.threefold.shared.WorkshopId;
import org.threefold.support.SignIn;
import org.threefold.workshop.ActionDraft;
import org.threefold.workshop.JoinRequest;
import org.threefold.workshop.Joined;
import org.threefold.workshop.Stage;
import org.threefold.workshop.TurnOutcome;
import org.threefold.workshop.WorkshopMode;
import org.threefold.workshop.WorkshopParticipation;
import org.threefold.workshop.WorkshopPlan;
import org.threefold.workshop.WorkshopService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The workshop report, written through the service and opened again with POI: the demo's
 * finished workshop has every chapter in order, voice heatmaps with alt text and withheld
 * groups explained; a workshop run here with formulas typed as post-its, a theme, an
 * action, a partner's name and a participant's name shows the text literally and
 * neutralised, and names nobody. Shares the Spring context (same properties and imports)
 * of {@link ExportFilesTest}, whose partner rename it repeats.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:export-files-${random.uuid};DB_CLOSE_DELAY=-1",
				"threefold.demo.enabled=true", "threefold.scheduling.enabled=false" })
@Import(ExportAuditEvents.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkshopReportTest {

	static final List<String> POST_ITS = List.of("=HYPERLINK(\"http://evil.example\",\"Post-it\")",
			"+cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0");

	static final String PARTICIPANT = "@SUM(A1:A2) Ann Nobody";

	static final String ACTION = "-1+cmd|' /C calc'!A0 share one care record";

	static final String THEME = "+Shared records";

	@Autowired
	WorkshopReportExport reports;

	@Autowired
	WorkshopService workshops;

	@Autowired
	WorkshopParticipation participation;

	@Autowired
	IcsService icsService;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ExportAuditEvents audit;

	IcsView demo;

	SignedInUser facilitator;

	PartnerId formulaPartner;

	WorkshopId formulas;

	@BeforeAll
	void aWorkshopFullOfFormulas() {
		this.demo = SystemTask
			.asAdministrator(() -> this.icsService.list().stream().filter(IcsView::demo).findFirst().orElseThrow());
		this.facilitator = SignIn.as(Role.FACILITATOR, this.demo.id(), null);
		long assessment = this.jdbc
			.queryForObject("select id from assessment where title = 'Partnership readiness 2026'", Long.class);
		// The same partner ExportFilesTest renames, so the two may share one context.
		this.formulaPartner = new PartnerId(this.jdbc.queryForObject(
				"select partner_id from response where assessment_id = ? "
						+ "group by partner_id order by count(*) desc fetch first 1 rows only",
				Long.class, assessment));
		this.jdbc.update("update partner set name = ? where id = ?", ExportFilesTest.FORMULA_NAME,
				this.formulaPartner.value());
		List<PartnerId> others = this.jdbc
			.queryForList("select id from partner where ics_id = ? and id <> ? order by name", Long.class,
					this.demo.id().value(), this.formulaPartner.value())
			.stream()
			.map(PartnerId::new)
			.toList();
		this.formulas = as(() -> this.workshops
			.create(WorkshopPlan.template("Formulas " + System.nanoTime(), WorkshopMode.ONLINE, null)));
		String code = as(() -> this.workshops.snapshot(this.formulas).joinCode());
		List<Joined> people = List.of(
				this.participation.join(code,
						new JoinRequest(PARTICIPANT, this.formulaPartner, Profession.NURSE, SeniorityBand.FRONTLINE)),
				this.participation.join(code,
						new JoinRequest("Bo", others.get(0), Profession.SOCIAL_WORK, SeniorityBand.SENIOR_LEADER)),
				this.participation.join(code,
						new JoinRequest("Cy", others.get(1), Profession.DOCTOR, SeniorityBand.MANAGER_TEAM_LEADER)));
		List<Long> order = people.stream().map(Joined::participant).toList();
		as(() -> this.workshops.start(this.formulas));
		as(() -> this.workshops.startRound(this.formulas, "How are you?", order, null));
		for (int i = 0; i < people.size(); i++) {
			long person = order.get(i);
			as(() -> this.workshops.inviteNext(this.formulas));
			as(() -> this.workshops.endTurn(this.formulas, person,
					(person == order.get(1)) ? TurnOutcome.PASSED : TurnOutcome.SPOKE));
		}
		as(() -> this.workshops.inviteNext(this.formulas));
		as(() -> this.workshops.endTurn(this.formulas, order.get(1), TurnOutcome.PASSED));
		as(() -> this.workshops.openStage(this.formulas, Stage.INDIVIDUAL_THOUGHTS));
		for (int i = 0; i < POST_ITS.size(); i++) {
			this.participation.writePostIt(people.get(i).token(), 0, POST_ITS.get(i));
		}
		this.participation.writePostIt(people.get(0).token(), 1, "Never revealed, stays in the room");
		as(() -> this.workshops.reveal(this.formulas, 0));
		var themed = as(() -> this.workshops.addTheme(this.formulas, THEME));
		long theme = themed.themes().get(0).id();
		long firstPostIt = themed.postIts().get(0).id();
		as(() -> this.workshops.cluster(this.formulas, firstPostIt, theme));
		as(() -> this.workshops.openStage(this.formulas, Stage.GROUPS));
		var grouped = as(() -> this.workshops.formGroups(this.formulas, 2));
		List<String> themes = List.of(THEME, "Trust between organisations", "Skills and capacity");
		as(() -> this.workshops.openRanking(this.formulas, themes, 15));
		for (var group : grouped.groups()) {
			String token = people.stream()
				.filter((p) -> p.participant() == group.members().get(0))
				.findFirst()
				.orElseThrow()
				.token();
			this.participation.submitRanking(token,
					(group.number() == 1) ? themes : List.of(themes.get(2), themes.get(1), themes.get(0)));
		}
		as(() -> this.workshops.closeRanking(this.formulas));
		as(() -> this.workshops.openStage(this.formulas, Stage.AGREEMENT));
		as(() -> this.workshops.agree(this.formulas,
				new ActionDraft(ACTION, this.formulaPartner, LocalDate.now().plusMonths(3), "R5")));
		as(() -> this.workshops.finish(this.formulas));
	}

	@Test
	void the_demo_workshop_report_has_every_chapter_in_order_voice_maps_with_alt_text_and_withheld_groups_explained()
			throws Exception {
		WorkshopId demoWorkshop = new WorkshopId(this.jdbc.queryForObject(
				"select min(id) from workshop where status = 'FINISHED' and title like 'Discharge%'", Long.class));
		SignedInUser boardViewer = SignIn.as(Role.BOARD_VIEWER, this.demo.id(), null);
		byte[] bytes = write(boardViewer, demoWorkshop, "workshop-report.docx");
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
			assertThat(headings(document, "Heading1")).containsExactly("Who took part", "What each stage produced",
					"Agreed actions", "Who was heard", "About this report");
			assertThat(headings(document, "Heading2")).containsSubsequence("By sector", "By partner", "By profession",
					"By seniority", "1. Sharing who we are and how we are", "2. Gathering thoughts individually",
					"3. Sharing thoughts in turn", "4. Exploring thoughts in groups",
					"5. Final thoughts and building an agreement", "Said and done");
			assertThat(headings(document, "Heading3")).contains("Each group's ranking", "Combined ranking");
			String text = ExportFilesTest.text(document);
			assertThat(text).contains("Workshop report", "Discharge and information sharing across the Vale",
					"24 people took part", "Borda points", "Combined by Borda count over 5 group rankings",
					"Colours are not verdicts");
			assertThat(text).as("small groups are withheld and say why").contains("Withheld: Fewer than ");
			assertThat(text).doesNotContain("NaN", "null");
			List<XWPFPicture> pictures = pictures(document);
			assertThat(pictures).hasSize(6);
			assertThat(pictures.subList(0, 5))
				.allSatisfy((picture) -> assertThat(picture.getDescription()).startsWith("Voice in workshops by ")
					.contains("Discharge and information sharing across the Vale", "%"));
			assertThat(pictures).as("a withheld group is named in the alt text")
				.anySatisfy((picture) -> assertThat(picture.getDescription()).contains("withheld"));
			assertThat(pictures.get(5).getDescription()).startsWith("Said and done: ");
			for (int figure = 1; figure <= pictures.size(); figure++) {
				assertThat(text).contains("Figure " + figure + ". ");
			}
			String combined = table(document, "Borda points");
			assertThat(combined).contains("Place", "Spread", "Groups disagreed");
			String agreed = table(document, "Sub-dimension");
			assertThat(agreed).contains("Action", "Owner", "Due");
		}
	}

	@Test
	void formulas_typed_in_a_workshop_come_out_as_literal_neutralised_text_and_nobody_is_named() throws Exception {
		SignedInUser leader = SignIn.as(Role.ICS_LEADER, this.demo.id(), null);
		int before = this.audit.events.size();
		byte[] bytes = write(leader, this.formulas, "formulas-workshop-report.docx");
		assertThat(this.audit.events.subList(before, this.audit.events.size()))
			.anySatisfy((event) -> assertThat(event.action()).isEqualTo("export.workshop-report"));
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
			List<String> cells = cells(document);
			for (String postIt : POST_ITS) {
				assertThat(cells).as("the post-it %s, in its own cell, neutralised", postIt).contains("'" + postIt);
				assertThat(cells).doesNotContain(postIt);
			}
			assertThat(cells).contains("'" + THEME, "'" + ACTION, "'" + ExportFilesTest.FORMULA_NAME);
			assertThat(cells).allSatisfy((cell) -> assertThat(SafeText.dangerous(cell)).as(cell).isFalse());
			String text = ExportFilesTest.text(document);
			assertThat(text).as("nobody is named").doesNotContain(PARTICIPANT, "Ann Nobody");
			assertThat(text).as("unrevealed post-its stay in the room")
				.doesNotContain("Never revealed")
				.contains("Not revealed in the workshop");
			assertThat(text).contains("How are you?", "1 round: 2 turns spoken and 2 passes.",
					"Combined by Borda count over 2 group rankings", "2 groups of");
			assertThat(text).as("three people are too few to show any group").contains("Withheld: Fewer than ");
			// Text stays text: the only field in the file is the table of contents.
			document.getParagraphs()
				.forEach((p) -> assertThat(p.getCTP().getFldSimpleList())
					.allSatisfy((field) -> assertThat(field.getInstr()).startsWith("TOC")));
			String xml = document.getDocument().xmlText();
			assertThat(xml).doesNotContain("instrText");
			assertThat(xml.split("fldSimple ", -1)).as("one field, the contents").hasSize(2);
		}
	}

	@Test
	void only_finished_workshops_of_your_own_ics_have_a_report_and_partner_leads_may_not_make_one() {
		WorkshopId scheduled = new WorkshopId(
				this.jdbc.queryForObject("select min(id) from workshop where status = 'SCHEDULED'", Long.class));
		SignedInUser leader = SignIn.as(Role.ICS_LEADER, this.demo.id(), null);
		assertThatThrownBy(() -> SignIn.run(leader, () -> this.reports.describe(scheduled)))
			.isInstanceOf(ValidationException.class)
			.hasMessageContaining("once the workshop has finished");
		IcsView other = SystemTask
			.asAdministrator(() -> this.icsService.create("WR9", "Report Vale", "Elsewhere", false));
		assertThatThrownBy(() -> SignIn.run(SignIn.as(Role.BOARD_VIEWER, other.id(), null),
				() -> this.reports.describe(this.formulas)))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> SignIn.run(SignIn.as(Role.PARTNER_LEAD, this.demo.id(), this.formulaPartner),
				() -> this.reports.describe(this.formulas)))
			.isInstanceOf(AccessDeniedException.class);
	}

	private <T> T as(java.util.function.Supplier<T> work) {
		return SignIn.run(this.facilitator, work);
	}

	private byte[] write(SignedInUser user, WorkshopId id, String sample) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ExportFile file = SignIn.run(user, () -> {
			try {
				this.reports.write(id, out);
				return this.reports.describe(id);
			}
			catch (java.io.IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		});
		assertThat(file.fileName()).endsWith("-workshop-report.docx");
		assertThat(file.contentType()).isEqualTo(ExportFormat.BOARD_REPORT.contentType());
		Files.createDirectories(ExportFilesTest.SAMPLES);
		Files.write(ExportFilesTest.SAMPLES.resolve(sample), out.toByteArray());
		return out.toByteArray();
	}

	private static List<String> headings(XWPFDocument document, String style) {
		return document.getParagraphs()
			.stream()
			.filter((p) -> style.equals(p.getStyle()))
			.map(XWPFParagraph::getText)
			.toList();
	}

	private static List<XWPFPicture> pictures(XWPFDocument document) {
		List<XWPFPicture> pictures = new ArrayList<>();
		for (XWPFParagraph paragraph : document.getParagraphs()) {
			for (XWPFRun run : paragraph.getRuns()) {
				pictures.addAll(run.getEmbeddedPictures());
			}
		}
		return pictures;
	}

	private static String table(XWPFDocument document, String containing) {
		return document.getTables()
			.stream()
			.map(XWPFTable::getText)
			.filter((t) -> t.contains(containing))
			.findFirst()
			.orElse("");
	}

	private static List<String> cells(XWPFDocument document) {
		List<String> cells = new ArrayList<>();
		for (XWPFTable table : document.getTables()) {
			for (XWPFTableRow row : table.getRows()) {
				for (XWPFTableCell cell : row.getTableCells()) {
					cells.add(cell.getText());
				}
			}
		}
		return cells;
	}

}
