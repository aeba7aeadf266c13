package org.threefold.api;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import org.threefold.partner.IcsService;
import org.threefold.partner.IcsView;
import org.threefold.security.Role;
import org.threefold.security.SystemTask;
import org.threefold.shared.ValidationException;
import org.threefold.support.SignIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The read-only API over HTTP against the demo partnership: tokens (missing, wrong,
 * revoked, another ICS's), suppressed scores without figures, exports and the OpenAPI
 * description.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:api-${random.uuid};DB_CLOSE_DELAY=-1",
				"threefold.demo.enabled=true", "threefold.scheduling.enabled=false" })
class ApiTest {

	static final String DEMO_TOKEN = "tf_demo_north_vale_read_only";

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

	@Test
	void without_a_token_or_with_a_wrong_one_the_api_answers_401_and_asks_for_a_bearer_token() throws Exception {
		HttpResponse<String> none = get("/api/v1/assessments", null);
		assertThat(none.statusCode()).isEqualTo(401);
		assertThat(none.headers().firstValue("WWW-Authenticate")).hasValueSatisfying((v) -> v.startsWith("Bearer"));
		assertThat(none.headers().firstValue("Set-Cookie")).isEmpty();
		assertThat(get("/api/v1/assessments", "tf_not_a_token").statusCode()).isEqualTo(401);
		assertThat(get("/api/v1/assessments/" + closedAssessment() + "/scores", "").statusCode()).isEqualTo(401);
		assertThat(get("/api/v1/assessments/" + closedAssessment() + "/exports/scores.csv", null).statusCode())
			.isEqualTo(401);
	}

	@Test
	void the_demo_token_lists_the_demo_assessments_with_their_response_counts() throws Exception {
		HttpResponse<String> response = get("/api/v1/assessments", DEMO_TOKEN);
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode list = this.json.readTree(response.body());
		JsonNode closed = find(list, "title", "Partnership readiness 2026");
		assertThat(closed.get("id").asLong()).isEqualTo(closedAssessment());
		assertThat(closed.get("status").asString()).isEqualTo("closed");
		assertThat(closed.get("responseCount").asLong()).isBetween(850L, 950L);
		assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
	}

	@Test
	void scores_by_partner_withhold_small_partners_with_no_figures_at_all() throws Exception {
		HttpResponse<String> response = get("/api/v1/assessments/" + closedAssessment() + "/scores?groupBy=partner",
				DEMO_TOKEN);
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode body = this.json.readTree(response.body());
		int threshold = body.get("threshold").asInt();
		assertThat(body.get("dataSha256").asString()).hasSize(64);
		List<JsonNode> scores = new ArrayList<>();
		body.get("groups").forEach((group) -> group.get("scores").forEach(scores::add));
		assertThat(scores).anySatisfy((score) -> assertThat(score.get("suppressed").asBoolean()).isTrue());
		for (JsonNode score : scores) {
			if (score.get("suppressed").asBoolean()) {
				assertThat(score.has("n") || score.has("mean") || score.has("ciLow") || score.has("ciHigh")
						|| score.has("agreement"))
					.as("a withheld score carries no figure: %s", score)
					.isFalse();
				assertThat(score.get("note").asString()).isNotBlank();
			}
			else if (score.has("mean")) {
				assertThat(score.get("n").asLong()).isGreaterThanOrEqualTo(threshold);
				assertThat(score.get("mean").asDouble()).isBetween(0.0, 100.0);
				assertThat(score.get("ciLow").asDouble()).isLessThanOrEqualTo(score.get("mean").asDouble());
				assertThat(score.get("ciHigh").asDouble()).isGreaterThanOrEqualTo(score.get("mean").asDouble());
			}
		}
		for (String groupBy : List.of("sector", "profession", "seniority", "ics")) {
			HttpResponse<String> other = get("/api/v1/assessments/" + closedAssessment() + "/scores?groupBy=" + groupBy,
					DEMO_TOKEN);
			assertThat(other.statusCode()).as(groupBy).isEqualTo(200);
			assertThat(this.json.readTree(other.body()).get("groups").size()).as(groupBy).isPositive();
		}
		assertThat(
				get("/api/v1/assessments/" + closedAssessment() + "/scores?groupBy=postcode", DEMO_TOKEN).statusCode())
			.isEqualTo(400);
	}

	@Test
	void another_ics_token_gets_404_for_the_demo_ids_and_sees_none_of_its_assessments() throws Exception {
		IcsView other = SystemTask
			.asAdministrator(() -> this.icsService.create("QX9", "Other Vale", "Elsewhere", false));
		IssuedToken issued = SignIn.run(SignIn.as(Role.ICS_LEADER, other.id(), null),
				() -> this.tokens.issue("Other dashboard"));
		assertThat(issued.secret()).startsWith("tf_");
		long id = closedAssessment();
		assertThat(get("/api/v1/assessments/" + id + "/scores", issued.secret()).statusCode()).isEqualTo(404);
		assertThat(get("/api/v1/assessments/" + id + "/exports/board-report.docx", issued.secret()).statusCode())
			.isEqualTo(404);
		assertThat(get("/api/v1/assessments/999999/scores", DEMO_TOKEN).statusCode()).isEqualTo(404);
		assertThat(this.json.readTree(get("/api/v1/assessments", issued.secret()).body()).size()).isZero();
	}

	@Test
	void a_revoked_token_stops_working_at_once_and_only_its_hash_is_stored() throws Exception {
		IcsView demo = demoIcs();
		var leader = SignIn.as(Role.ICS_LEADER, demo.id(), null);
		IssuedToken issued = SignIn.run(leader, () -> this.tokens.issue("Power BI"));
		assertThat(get("/api/v1/assessments", issued.secret()).statusCode()).isEqualTo(200);
		assertThat(this.jdbc.queryForObject("select count(*) from api_token where token_hash = ?", Long.class,
				issued.secret()))
			.isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from api_token where token_hash = ?", Long.class,
				ApiTokenService.hash(issued.secret())))
			.isOne();
		SignIn.run(leader, () -> this.tokens.revoke(issued.token().id()));
		assertThat(get("/api/v1/assessments", issued.secret()).statusCode()).isEqualTo(401);
		assertThat(SignIn.run(leader, () -> this.tokens.list()))
			.anySatisfy((token) -> assertThat(token.name()).isEqualTo("Power BI"));
		assertThatThrownBy(() -> SignIn.run(leader, () -> this.tokens.issue("  ")))
			.isInstanceOf(ValidationException.class);
		assertThatThrownBy(
				() -> SignIn.run(SignIn.as(Role.BOARD_VIEWER, demo.id(), null), () -> this.tokens.issue("x")))
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
	}

	@Test
	void exports_download_through_the_api() throws Exception {
		long id = closedAssessment();
		HttpResponse<byte[]> report = getBytes("/api/v1/assessments/" + id + "/exports/board-report.docx");
		assertThat(report.statusCode()).isEqualTo(200);
		assertThat(report.headers().firstValue("Content-Disposition"))
			.hasValueSatisfying((v) -> assertThat(v).contains("partnership-readiness-2026-board-report.docx"));
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(report.body()))) {
			assertThat(document.getParagraphs()).anySatisfy((p) -> assertThat(p.getText()).isEqualTo("Summary"));
		}
		HttpResponse<byte[]> csv = getBytes("/api/v1/assessments/" + id + "/exports/scores.csv");
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("Grouping,Group");
		assertThat(getBytes("/api/v1/assessments/" + id + "/exports/secrets.txt").statusCode()).isEqualTo(404);
	}

	@Test
	void the_openapi_description_lists_every_endpoint() throws Exception {
		HttpResponse<String> response = get("/v3/api-docs", null);
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode paths = this.json.readTree(response.body()).get("paths");
		assertThat(paths.has("/api/v1/assessments")).isTrue();
		assertThat(paths.has("/api/v1/assessments/{id}/scores")).isTrue();
		assertThat(paths.has("/api/v1/assessments/{id}/exports/{file}")).isTrue();
		for (String path : List.of("/api/v1/assessments/{id}/heatmaps/{measure}", "/api/v1/assessments/{id}/actions",
				"/api/v1/workshops", "/api/v1/workshops/{id}/voice",
				"/api/v1/workshops/{id}/exports/workshop-report.docx")) {
			assertThat(paths.has(path)).as(path).isTrue();
		}
		assertThat(response.body()).contains("bearer");
	}

	private long closedAssessment() {
		return this.jdbc.queryForObject("select id from assessment where title = 'Partnership readiness 2026'",
				Long.class);
	}

	private IcsView demoIcs() {
		return SystemTask
			.asAdministrator(() -> this.icsService.list().stream().filter(IcsView::demo).findFirst().orElseThrow());
	}

	private static JsonNode find(JsonNode list, String field, String value) {
		for (JsonNode node : list) {
			if (node.get(field).asString().equals(value)) {
				return node;
			}
		}
		throw new AssertionError("No " + field + " " + value + " in " + list);
	}

	private HttpResponse<String> get(String path, String token) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<byte[]> getBytes(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Authorization", "Bearer " + DEMO_TOKEN)
			.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

}
