package org.threefold.security.attack;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import org.threefold.api.ApiTokenService;
import org.threefold.api.IssuedToken;
import org.threefold.export.ActionPlanExport;
import org.threefold.export.ExportFormat;
import org.threefold.export.WorkshopReportExport;
import org.threefold.partner.IcsService;
import org.threefold.partner.IcsView;
import org.threefold.security.Role;
import org.threefold.security.SignedInUser;
import org.threefold.security.SystemTask;
import org.threefold.support.SignIn;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every {@code /api/v1} endpoint, found from the application's own request mappings (so a
 * new endpoint is covered without touching this test), called on the demo ICS's
 * assessments: with the demo ICS's own token it answers 200 (so the URLs are real), with
 * another ICS's token 404 (or, for lists, nothing of the demo ICS), without a token or
 * with a revoked one 401.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:api-matrix-${random.uuid};DB_CLOSE_DELAY=-1",
				"threefold.demo.enabled=true", "threefold.scheduling.enabled=false" })
class ApiAccessMatrixTest {

	private static final String DEMO_TOKEN = "tf_demo_north_vale_read_only";

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}/]+)}");

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApiTokenService tokens;

	@Autowired
	IcsService icsService;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	/** One endpoint as the application maps it. */
	record Endpoint(String method, String pattern) {
	}

	@Test
	void every_api_endpoint_refuses_another_ics_no_token_and_a_revoked_token() throws Exception {
		List<Endpoint> endpoints = apiEndpoints();
		assertThat(endpoints).as("the API's endpoints, found by their mappings").hasSizeGreaterThanOrEqualTo(3);
		assertThat(endpoints).as("the workshop report is covered")
			.contains(new Endpoint("GET", "/api/v1/workshops/{id}/exports/" + WorkshopReportExport.FILE_NAME));
		long demoAssessment = this.jdbc
			.queryForObject("select id from assessment where title = 'Partnership readiness 2026'", Long.class);
		String demoTitle = this.jdbc.queryForObject("select title from assessment where id = ?", String.class,
				demoAssessment);
		long demoWorkshop = this.jdbc.queryForObject("select min(id) from workshop where status = 'FINISHED'",
				Long.class);

		IcsView other = SystemTask
			.asAdministrator(() -> this.icsService.create("MX7", "Matrix Vale", "Elsewhere", false));
		SignedInUser otherLeader = SignIn.as(Role.ICS_LEADER, other.id(), null);
		String foreign = SignIn.run(otherLeader, () -> this.tokens.issue("Matrix")).secret();
		IssuedToken toRevoke = SignIn.run(otherLeader, () -> this.tokens.issue("Matrix revoked"));
		SignIn.run(otherLeader, () -> this.tokens.revoke(toRevoke.token().id()));

		List<String> failures = new ArrayList<>();
		for (Endpoint endpoint : endpoints) {
			List<String> paths = paths(endpoint.pattern(), demoAssessment, demoWorkshop);
			// The owner's token answers: the URLs are real (one per endpoint, as building
			// every export takes a while).
			check(failures, endpoint, paths.get(0), DEMO_TOKEN, 200);
			for (String path : paths) {
				check(failures, endpoint, path, null, 401);
				check(failures, endpoint, path, toRevoke.secret(), 401);
				if (VARIABLE.matcher(endpoint.pattern()).find()) {
					check(failures, endpoint, path, foreign, 404);
				}
				else {
					HttpResponse<String> listed = call(endpoint.method(), path, foreign);
					if (listed.statusCode() != 200 || listed.body().contains(demoTitle)
							|| listed.body().contains("\"id\":" + demoAssessment)) {
						failures.add(endpoint.method() + " " + path + " with another ICS's token: "
								+ listed.statusCode() + " " + listed.body());
					}
				}
			}
		}
		assertThat(failures).isEmpty();
	}

	private void check(List<String> failures, Endpoint endpoint, String path, String token, int expected)
			throws Exception {
		int status = call(endpoint.method(), path, token).statusCode();
		if (status != expected) {
			failures.add(endpoint.method() + " " + path + " with " + ((token == null) ? "no token" : token) + ": "
					+ status + ", expected " + expected);
		}
	}

	private List<Endpoint> apiEndpoints() {
		List<Endpoint> found = new ArrayList<>();
		this.mappings.getHandlerMethods().keySet().forEach((info) -> {
			for (String pattern : info.getPatternValues()) {
				if (!pattern.startsWith("/api/v1")) {
					continue;
				}
				var methods = info.getMethodsCondition().getMethods();
				if (methods.isEmpty()) {
					found.add(new Endpoint("GET", pattern));
				}
				methods.forEach((method) -> found.add(new Endpoint(method.name(), pattern)));
			}
		});
		found.removeIf((endpoint) -> endpoint.method().equals(RequestMethod.OPTIONS.name())
				|| endpoint.method().equals(RequestMethod.HEAD.name()));
		return found;
	}

	/**
	 * The concrete paths to try for a pattern: the demo assessment (or, under
	 * {@code /workshops}, the demo's finished workshop) for an id, every export format
	 * and action-plan file for a file name, every power map for a measure; an unknown
	 * variable fails the test so it gets a value here.
	 */
	private static List<String> paths(String pattern, long assessment, long workshop) {
		List<String> paths = new ArrayList<>(List.of(pattern));
		Matcher matcher = VARIABLE.matcher(pattern);
		while (matcher.find()) {
			String variable = matcher.group(1);
			List<String> values = switch (variable) {
				case "id" -> List.of(String.valueOf(pattern.startsWith("/api/v1/workshops") ? workshop : assessment));
				case "measure" -> List.of("influence", "respect", "trust", "cost-risk-benefit");
				case "file" -> java.util.stream.Stream.concat(
						java.util.Arrays.stream(ExportFormat.values()).map(ExportFormat::fileName),
						java.util.Arrays.stream(ActionPlanExport.Kind.values()).map(ActionPlanExport.Kind::fileName))
					.toList();
				default -> throw new AssertionError("No value for path variable {" + variable + "} in " + pattern
						+ ": add one to " + ApiAccessMatrixTest.class.getSimpleName());
			};
			List<String> next = new ArrayList<>();
			for (String path : paths) {
				for (String value : values) {
					next.add(path.replace("{" + variable + "}", value));
				}
			}
			paths = next;
		}
		return paths;
	}

	private HttpResponse<String> call(String method, String path, String token) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.method(method, HttpRequest.BodyPublishers.noBody());
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
