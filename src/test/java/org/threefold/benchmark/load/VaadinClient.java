package org.threefold.benchmark.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * One browser tab speaking Vaadin Flow's protocol over plain HTTP, as the Flow client
 * does when push is not (yet) connected: it loads a page, takes the UI's initial state
 * from it, and sends each action as a UIDL request ({@code POST ?v-r=uidl&v-uiId=N})
 * whose response carries the server's changes. Keeps its own cookies (session, device
 * cookie), the CSRF token, the two message counters and the UI's node tree.
 * <p>
 * Not thread-safe: one virtual respondent, one client, one request at a time, as a tab
 * whose Flow client queues messages.
 */
final class VaadinClient {

	/** A request that failed in a way a person would notice. */
	static final class ProtocolException extends IOException {

		ProtocolException(String message) {
			super(message);
		}

	}

	/** What a desktop Chromium reports about itself with the start-up request. */
	private static final String BROWSER_DETAILS = "&v-sh=1080&v-sw=1920&v-wh=960&v-ww=1280&v-bh=960&v-bw=1280"
			+ "&v-tzo=0&v-dstd=0&v-rtzo=0&v-dston=false&v-tzid=Europe%2FLondon&v-td=false&v-pr=1"
			+ "&v-np=Linux%20x86_64&v-cs=light&v-pv=VISIBLE&v-fs=NOT_FULLSCREEN&v-so=landscape-primary&v-soa=0"
			+ "&v-tn=lumo&v-ga=UNSUPPORTED&v-wla=SUPPORTED&v-ws=false&v-curdate=";

	private final HttpClient http;

	private final URI base;

	private final Duration timeout;

	private final Map<String, String> cookies = new LinkedHashMap<>();

	private final UidlTree tree = new UidlTree();

	private String csrfToken;

	private int uiId;

	private int syncId;

	private int clientId;

	VaadinClient(HttpClient http, URI base, Duration timeout) {
		this.http = http;
		this.base = base;
		this.timeout = timeout;
	}

	UidlTree tree() {
		return this.tree;
	}

	/**
	 * Loads a page (a path below the base, such as {@code r/CODE}) as the browser does:
	 * the page itself, the UI's start-up data ({@code ?v-r=init} with the browser's
	 * details), the navigation event that builds the view, and the report of the new
	 * elements' synchronised properties.
	 */
	void open(String path) throws IOException, InterruptedException {
		HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(this.base + path)).GET());
		if (page.statusCode() != 200) {
			throw new ProtocolException("GET " + path + " answered " + page.statusCode());
		}
		HttpResponse<String> init = send(HttpRequest
			.newBuilder(URI.create(this.base + "?v-r=init&location=" + URLEncoder.encode(path, StandardCharsets.UTF_8)
					+ "&query=" + BROWSER_DETAILS + System.currentTimeMillis()))
			.GET());
		if (init.statusCode() != 200) {
			throw new ProtocolException("init of " + path + " answered " + init.statusCode());
		}
		if (System.getenv("THREEFOLD_LOAD_TRACE") != null) {
			System.err.println("init <<< " + init.body());
		}
		JsonNode config = UidlMessages.JSON.readTree(init.body()).path("appConfig");
		JsonNode uidl = config.path("uidl");
		this.uiId = config.path("v-uiId").asInt(0);
		this.csrfToken = uidl.path("Vaadin-Security-Key").asString(null);
		if (this.csrfToken == null) {
			throw new ProtocolException("no CSRF token in the start-up data of " + path);
		}
		this.syncId = uidl.path("syncId").asInt(-1);
		this.clientId = uidl.path("clientId").asInt(0);
		this.tree.apply(uidl);
		send(List.of(UidlMessages.navigate("/" + path)));
	}

	/** Clicks a button (or anything listening for clicks) and applies the answer. */
	void click(UidlTree.Node node) throws IOException, InterruptedException {
		send(List
			.of(UidlMessages.event(node.id(), "click", UidlMessages.eventData(node.listenerExpressions("click")))));
	}

	/**
	 * Changes a field's value as the browser does: the property is synchronised, then the
	 * change event the server listens for is sent with it, in one request.
	 */
	void setValue(UidlTree.Node node, String value) throws IOException, InterruptedException {
		send(List.of(UidlMessages.sync(node.id(), "value", value), UidlMessages.event(node.id(), "value-changed",
				UidlMessages.eventData(node.listenerExpressions("value-changed")))));
	}

	/**
	 * Chooses one radio button of a group as a click does: the button's {@code checked}
	 * and then the group's {@code value} are synchronised, each with its change event.
	 */
	void choose(UidlTree.Node group, UidlTree.Node radio, String value) throws IOException, InterruptedException {
		send(List.of(UidlMessages.sync(radio.id(), "checked", true),
				UidlMessages.event(radio.id(), "checked-changed", UidlMessages.JSON.createObjectNode()),
				UidlMessages.sync(group.id(), "value", value),
				UidlMessages.event(group.id(), "value-changed", UidlMessages.JSON.createObjectNode())));
	}

	/**
	 * Sends invocations in one UIDL request and applies the server's answer; then, as the
	 * Flow client does once it has bound newly attached elements, reports their
	 * synchronised properties in a request of its own.
	 */
	void send(List<JsonNode> invocations) throws IOException, InterruptedException {
		exchange(invocations);
		List<JsonNode> report = UidlMessages.attachReport(this.tree.newlySynchronised());
		if (!report.isEmpty()) {
			exchange(report);
		}
	}

	private void exchange(List<JsonNode> invocations) throws IOException, InterruptedException {
		String body = UidlMessages.request(this.csrfToken, this.syncId, this.clientId, invocations);
		HttpResponse<String> response = send(
				HttpRequest.newBuilder(URI.create(this.base + "?v-r=uidl&v-uiId=" + this.uiId))
					.header("Content-Type", "application/json; charset=UTF-8")
					.POST(HttpRequest.BodyPublishers.ofString(body)));
		if (response.statusCode() != 200) {
			throw new ProtocolException("UIDL request answered " + response.statusCode());
		}
		if (System.getenv("THREEFOLD_LOAD_TRACE") != null) {
			System.err.println(">>> " + body + "\n<<< " + response.body());
		}
		JsonNode uidl = UidlMessages.fromResponse(response.body());
		String problem = UidlMessages.problem(uidl).orElse(null);
		if (problem != null) {
			throw new ProtocolException(problem);
		}
		this.clientId++;
		if (uidl.has("syncId")) {
			this.syncId = uidl.get("syncId").asInt();
		}
		if (uidl.has("clientId")) {
			this.clientId = uidl.get("clientId").asInt();
		}
		this.tree.apply(uidl);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		if (!this.cookies.isEmpty()) {
			List<String> pairs = new ArrayList<>();
			this.cookies.forEach((name, value) -> pairs.add(name + "=" + value));
			request.header("Cookie", String.join("; ", pairs));
		}
		HttpResponse<String> response = this.http.send(request.timeout(this.timeout).build(),
				HttpResponse.BodyHandlers.ofString());
		response.headers().allValues("set-cookie").forEach(this::remember);
		return response;
	}

	private void remember(String header) {
		String pair = header.split(";", 2)[0];
		int equals = pair.indexOf('=');
		if (equals <= 0) {
			return;
		}
		String name = pair.substring(0, equals).strip();
		String value = pair.substring(equals + 1).strip();
		boolean expired = header.toLowerCase(java.util.Locale.ROOT).contains("max-age=0");
		if (expired || value.isEmpty()) {
			this.cookies.remove(name);
		}
		else {
			this.cookies.put(name, value);
		}
	}

}
