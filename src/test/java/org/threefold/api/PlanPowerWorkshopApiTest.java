package org.threefold.api;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import org.threefold.actionplan.ActionEdit;
import org.threefold.actionplan.ActionPlanService;
import org.threefold.actionplan.ActionStatus;
import org.threefold.partner.IcsService;
import org.threefold.partner.IcsView;
import org.threefold.security.Role;
import org.threefold.security.SignedInUser;
import org.threefold.security.SystemTask;
import org.threefold.support.SignIn;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The power heatmaps, action plan and workshop addresses of the read-only API over HTTP
 * against the demo partnership: names BI dashboards rely on, withheld cells and groups
 * without figures, 400 for bad parameters and 404 for another ICS's ids.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:api-${random.uuid};DB_CLOSE_DELAY=-1",
				"threefold.demo.enabled=true", "threefold.scheduling.enabled=false" })
class PlanPowerWorkshopApiTest {

	private final HttpClient http = HttpClient.newHttpClient();

	private final ObjectMapper json = new ObjectMapper();

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApiTokenService tokens;

	@Autowired
	IcsService icsService;

	@Autowired
	ActionPlanService actionPlans;

	@Test
	void every_power_heatmap_lists_its_cells_and_withheld_ones_carry_no_figures() throws Exception {
		long id = closedAssessment();
		List<JsonNode> all = new ArrayList<>();
		for (String measure : List.of("influence", "respect", "trust", "cost-risk-benefit")) {
			HttpResponse<String> response = get("/api/v1/assessments/" + id + "/heatmaps/" + measure,
					ApiTest.DEMO_TOKEN);
			assertThat(response.statusCode()).as(measure).isEqualTo(200);
			JsonNode body = this.json.readTree(response.body());
			assertThat(body.get("heatmap").asString()).isEqualTo(measure);
			assertThat(body.get("cells").size()).as(measure)
				.isEqualTo(body.get("rows").size() * body.get("columns").size());
			body.get("cells").forEach(all::add);
			int threshold = body.get("threshold").asInt();
			for (JsonNode cell : body.get("cells")) {
				assertThat(cell.get("row").asString()).isNotBlank();
				assertThat(cell.get("column").asString()).isNotBlank();
				if (cell.get("suppressed").asBoolean()) {
					assertThat(cell.has("n") || cell.has("value") || cell.has("compareWith"))
						.as("a withheld cell carries no figure: %s", cell)
						.isFalse();
					assertThat(cell.get("note").asString()).isNotBlank();
				}
				else if (cell.has("n") && cell.has("value")) {
					assertThat(cell.get("n").asLong()).as(measure).isGreaterThanOrEqualTo(threshold);
				}
			}
		}
		assertThat(all).anySatisfy((cell) -> assertThat(cell.get("suppressed").asBoolean()).isTrue());
		assertThat(all).anySatisfy((cell) -> assertThat(cell.has("value") && cell.has("n")).isTrue());
		assertThat(
				get("/api/v1/assessments/" + id + "/heatmaps/influence?rows=sector", ApiTest.DEMO_TOKEN).statusCode())
			.isEqualTo(200);
		assertThat(get("/api/v1/assessments/" + id + "/heatmaps/friendship", ApiTest.DEMO_TOKEN).statusCode())
			.isEqualTo(400);
		assertThat(
				get("/api/v1/assessments/" + id + "/heatmaps/influence?rows=postcode", ApiTest.DEMO_TOKEN).statusCode())
			.isEqualTo(400);
		assertThat(get("/api/v1/assessments/abc/heatmaps/influence", ApiTest.DEMO_TOKEN).statusCode()).isEqualTo(400);
	}

	@Test
	void the_actions_of_an_assessment_carry_the_fields_dashboards_use() throws Exception {
		HttpResponse<String> response = get("/api/v1/assessments/" + closedAssessment() + "/actions",
				ApiTest.DEMO_TOKEN);
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode list = this.json.readTree(response.body());
		assertThat(list.size()).isPositive();
		for (JsonNode action : list) {
			assertThat(action.get("title").asString()).isNotBlank();
			assertThat(action.has("subDimension")).isTrue();
			assertThat(action.has("owner")).isTrue();
			assertThat(action.has("due")).isTrue();
			assertThat(action.get("status").asString()).isIn("suggested", "accepted", "in_progress", "done",
					"dismissed");
			assertThat(action.get("source").asString()).isIn("suggested", "own", "workshop");
		}
		assertThat(list).anySatisfy((a) -> assertThat(a.get("status").asString()).isNotEqualTo("suggested"));
	}

	@Test
	void workshops_list_and_voice_by_group_withholds_small_groups() throws Exception {
		HttpResponse<String> response = get("/api/v1/workshops", ApiTest.DEMO_TOKEN);
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode list = this.json.readTree(response.body());
		JsonNode finished = null;
		for (JsonNode workshop : list) {
			assertThat(workshop.get("title").asString()).isNotBlank();
			assertThat(workshop.get("status").asString()).isIn("scheduled", "running", "finished");
			assertThat(workshop.has("participantCount")).isTrue();
			if (workshop.get("status").asString().equals("finished")) {
				finished = workshop;
			}
		}
		assertThat(finished).isNotNull();
		assertThat(finished.get("participantCount").asInt()).isEqualTo(24);
		long id = finished.get("id").asLong();
		List<JsonNode> groups = new ArrayList<>();
		for (String groupBy : List.of("sector", "partner", "profession", "seniority")) {
			HttpResponse<String> voice = get("/api/v1/workshops/" + id + "/voice?groupBy=" + groupBy,
					ApiTest.DEMO_TOKEN);
			assertThat(voice.statusCode()).as(groupBy).isEqualTo(200);
			JsonNode body = this.json.readTree(voice.body());
			assertThat(body.get("total").get("participants").asInt()).isEqualTo(24);
			body.get("groups").forEach(groups::add);
		}
		assertThat(groups).anySatisfy((g) -> assertThat(g.get("suppressed").asBoolean()).isTrue());
		assertThat(groups).anySatisfy((g) -> assertThat(g.get("suppressed").asBoolean()).isFalse());
		for (JsonNode group : groups) {
			if (group.get("suppressed").asBoolean()) {
				assertThat(group.has("participants") || group.has("turns") || group.has("speakingSeconds")
						|| group.has("speakingShare"))
					.as("a withheld group carries no figure: %s", group)
					.isFalse();
				assertThat(group.get("note").asString()).isNotBlank();
			}
			else {
				assertThat(group.get("participants").asInt()).isGreaterThanOrEqualTo(5);
				for (String field : List.of("turns", "passes", "speakingSeconds", "postIts", "roomShare", "turnShare",
						"speakingShare", "passShare", "postItShare")) {
					assertThat(group.has(field)).as(field).isTrue();
				}
			}
		}
		assertThat(get("/api/v1/workshops/" + id + "/voice?groupBy=participant", ApiTest.DEMO_TOKEN).statusCode())
			.isEqualTo(400);
		assertThat(get("/api/v1/workshops/999999/voice", ApiTest.DEMO_TOKEN).statusCode()).isEqualTo(404);
	}

	@Test
	void another_ics_token_gets_404_for_the_demo_heatmaps_actions_and_workshops() throws Exception {
		IcsView other = SystemTask
			.asAdministrator(() -> this.icsService.create("QX8", "Another Vale", "Elsewhere", false));
		IssuedToken issued = SignIn.run(SignIn.as(Role.ICS_LEADER, other.id(), null),
				() -> this.tokens.issue("Other dashboard"));
		long id = closedAssessment();
		long workshop = this.jdbc.queryForObject("select min(id) from workshop", Long.class);
		assertThat(get("/api/v1/assessments/" + id + "/heatmaps/influence", issued.secret()).statusCode())
			.isEqualTo(404);
		assertThat(get("/api/v1/assessments/" + id + "/actions", issued.secret()).statusCode()).isEqualTo(404);
		assertThat(get("/api/v1/workshops/" + workshop + "/voice", issued.secret()).statusCode()).isEqualTo(404);
		assertThat(this.json.readTree(get("/api/v1/workshops", issued.secret()).body()).size()).isZero();
		assertThat(get("/api/v1/workshops", null).statusCode()).isEqualTo(401);
	}

	@Test
	void the_action_plan_exports_reopen_with_every_action_and_formulas_neutralised() throws Exception {
		IcsView demo = SystemTask
			.asAdministrator(() -> this.icsService.list().stream().filter(IcsView::demo).findFirst().orElseThrow());
		SignIn.run(SignIn.as(Role.ICS_LEADER, demo.id(), null),
				() -> this.actionPlans.add(new ActionEdit("=HYPERLINK(\"http://evil.example\",\"Click\")", "Test", null,
						null, null, ActionStatus.ACCEPTED, null)));
		long id = closedAssessment();
		long fromThis = this.jdbc.queryForObject("select count(*) from plan_action where assessment_id = ?", Long.class,
				id);
		HttpResponse<byte[]> xlsx = getBytes("/api/v1/assessments/" + id + "/exports/action-plan.xlsx");
		assertThat(xlsx.statusCode()).isEqualTo(200);
		assertThat(xlsx.headers().firstValue("Content-Disposition"))
			.hasValueSatisfying((v) -> assertThat(v).contains("partnership-readiness-2026-action-plan.xlsx"));
		List<String> texts = new ArrayList<>();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
			XSSFSheet first = workbook.getSheet("From this assessment");
			assertThat(first.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Title");
			assertThat(first.getRow(0).getCell(4).getStringCellValue()).isEqualTo("Status");
			assertThat(first.getLastRowNum()).isEqualTo((int) fromThis);
			for (var sheet : workbook) {
				for (var row : sheet) {
					for (var cell : row) {
						assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
						if (cell.getCellType() == CellType.STRING) {
							texts.add(cell.getStringCellValue());
						}
					}
				}
			}
		}
		assertThat(texts).contains("'=HYPERLINK(\"http://evil.example\",\"Click\")");
		assertThat(texts).noneMatch((t) -> t.startsWith("="));
		HttpResponse<byte[]> docx = getBytes("/api/v1/assessments/" + id + "/exports/action-plan.docx");
		assertThat(docx.statusCode()).isEqualTo(200);
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.body()))) {
			assertThat(document.getParagraphs())
				.anySatisfy((p) -> assertThat(p.getText()).isEqualTo("Actions from Partnership readiness 2026"));
			assertThat(document.getTables()).hasSize(2);
			assertThat(document.getTables().get(0).getRows()).hasSize((int) fromThis + 1);
			assertThat(document.getTables().get(1).getText()).contains("'=HYPERLINK");
		}
		assertThat(this.jdbc.queryForObject("select count(*) from audit_event where action = 'EXPORT_ACTION_PLAN'",
				Long.class))
			.isGreaterThanOrEqualTo(2);
		assertThat(getBytes("/api/v1/assessments/999999/exports/action-plan.xlsx").statusCode()).isEqualTo(404);
	}

	@Test
	void the_workshop_report_downloads_with_the_token_and_is_refused_without_one_revoked_or_of_another_ics()
			throws Exception {
		long finished = this.jdbc.queryForObject("select min(id) from workshop where status = 'FINISHED'", Long.class);
		long scheduled = this.jdbc.queryForObject("select min(id) from workshop where status = 'SCHEDULED'",
				Long.class);
		String path = "/api/v1/workshops/" + finished + "/exports/workshop-report.docx";
		HttpResponse<byte[]> report = getBytes(path);
		assertThat(report.statusCode()).isEqualTo(200);
		assertThat(report.headers().firstValue("Content-Type")).hasValueSatisfying((v) -> assertThat(v)
			.startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
		assertThat(report.headers().firstValue("Content-Disposition")).hasValueSatisfying((v) -> assertThat(v)
			.contains("discharge-and-information-sharing-across-the-vale-workshop-report.docx"));
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(report.body()))) {
			assertThat(document.getParagraphs()).anySatisfy((p) -> assertThat(p.getText()).isEqualTo("Who took part"));
		}
		assertThat(this.jdbc.queryForObject("select count(*) from audit_event where action = 'export.workshop-report'",
				Long.class))
			.isPositive();
		assertThat(get(path, null).statusCode()).isEqualTo(401);
		IcsView other = SystemTask
			.asAdministrator(() -> this.icsService.create("WX3", "Report Vale", "Elsewhere", false));
		SignedInUser otherLeader = SignIn.as(Role.ICS_LEADER, other.id(), null);
		IssuedToken foreign = SignIn.run(otherLeader, () -> this.tokens.issue("Other reports"));
		IssuedToken revoked = SignIn.run(otherLeader, () -> this.tokens.issue("Revoked reports"));
		SignIn.run(otherLeader, () -> this.tokens.revoke(revoked.token().id()));
		assertThat(get(path, foreign.secret()).statusCode()).isEqualTo(404);
		assertThat(get(path, revoked.secret()).statusCode()).isEqualTo(401);
		assertThat(get("/api/v1/workshops/999999/exports/workshop-report.docx", ApiTest.DEMO_TOKEN).statusCode())
			.isEqualTo(404);
		HttpResponse<String> early = get("/api/v1/workshops/" + scheduled + "/exports/workshop-report.docx",
				ApiTest.DEMO_TOKEN);
		assertThat(early.statusCode()).isEqualTo(400);
		assertThat(early.body()).contains("once the workshop has finished");
	}

	private HttpResponse<byte[]> getBytes(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Authorization", "Bearer " + ApiTest.DEMO_TOKEN)
			.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private long closedAssessment() {
		return this.jdbc.queryForObject("select id from assessment where title = 'Partnership readiness 2026'",
				Long.class);
	}

	private HttpResponse<String> get(String path, String token) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
