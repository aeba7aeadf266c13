package org.threefold.benchmark.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The load driver's reading of Vaadin's protocol, so that it cannot rot unnoticed: the
 * tree built from UIDL changes, what is found in it, and the messages sent. The recorded
 * fixtures are real messages of this application (the landing page of a staff-pulse link
 * and the server's answer to Start), taken from a headless Chromium session.
 */
class UidlTreeTest {

	@Test
	void the_recorded_landing_page_shows_start_and_the_form_its_questions() throws IOException {
		UidlTree tree = new UidlTree();
		JsonNode init = json(resource("init.json"));
		tree.apply(init.path("appConfig").path("uidl"));
		assertThat(init.path("appConfig").path("uidl").path("Vaadin-Security-Key").asString()).isNotBlank();
		tree.apply(UidlMessages.fromResponse(resource("landing.uidl")));

		UidlTree.Node start = tree.shownWithClass("tf-start").orElseThrow();
		assertThat(tree.text(start)).isEqualTo("Start now");
		assertThat(UidlMessages.eventData(start.listenerExpressions("click")).propertyNames()).contains("event.button",
				"event.clientX", "event.shiftKey");

		tree.apply(UidlMessages.fromResponse(resource("start.uidl")));

		List<UidlTree.Node> questions = tree.shown((node) -> node.hasClass("tf-question"));
		assertThat(questions).extracting((node) -> node.attribute("id").orElseThrow())
			.containsExactly("q-sp-t-find-info", "q-sp-t-retype", "q-sp-t-easy", "q-sp-t-kit");
		UidlTree.Node group = RespondentJourney.field(tree, questions.get(0));
		assertThat(group.tag()).isEqualTo("vaadin-radio-group");
		assertThat(tree.shown(group, (node) -> "vaadin-radio-button".equals(node.tag())))
			.as("five answers, not applicable and don't know, each with its item key")
			.hasSize(7)
			.allSatisfy((radio) -> assertThat(radio.property("value")).isPresent());
		assertThat(tree.shownWithText("vaadin-button", "Next")).isPresent();
		assertThat(tree.shownWithClass("tf-start")).as("the landing page is gone").isEmpty();
	}

	@Test
	void after_start_the_driver_reports_the_new_fields_as_the_browser_did() throws IOException {
		UidlTree tree = new UidlTree();
		tree.apply(json(resource("init.json")).path("appConfig").path("uidl"));
		tree.apply(UidlMessages.fromResponse(resource("landing.uidl")));
		tree.apply(UidlMessages.fromResponse(resource("start.uidl")));

		List<JsonNode> report = UidlMessages.attachReport(tree.newlySynchronised());

		// Chromium sent, for this page: value-changed of each of the four radio groups
		// and
		// checked-changed of each of their seven buttons, last attached first, then the
		// groups' empty values.
		assertThat(report).hasSize(4 + 4 * 7 + 4);
		assertThat(report.get(0).path("event").asString()).isEqualTo("value-changed");
		assertThat(report.get(1).path("event").asString()).isEqualTo("checked-changed");
		assertThat(report.get(report.size() - 1).toString())
			.matches("\\{\"type\":\"mSync\",\"node\":\\d+,\"feature\":1,\"property\":\"value\",\"value\":\"\"\\}");
	}

	@Test
	void children_classes_text_and_visibility_follow_the_changes_in_order() {
		UidlTree tree = new UidlTree();
		tree.apply(json("""
				{"changes":[
				 {"node":1,"type":"attach"},{"node":1,"type":"put","key":"tag","feat":0,"value":"body"},
				 {"node":2,"type":"attach"},{"node":2,"type":"put","key":"tag","feat":0,"value":"vaadin-button"},
				 {"node":3,"type":"attach"},{"node":3,"type":"put","key":"text","feat":7,"value":"Next"},
				 {"node":2,"type":"splice","feat":2,"index":0,"addNodes":[3]},
				 {"node":2,"type":"splice","feat":11,"index":0,"add":["tf-a","tf-b"]},
				 {"node":4,"type":"attach"},{"node":4,"type":"put","key":"tag","feat":0,"value":"div"},
				 {"node":4,"type":"put","key":"id","feat":3,"value":"q-one"},
				 {"node":1,"type":"splice","feat":2,"index":0,"addNodes":[2,4]}]}"""));

		assertThat(tree.shownWithText("vaadin-button", "Next")).map(UidlTree.Node::id).contains(2);
		assertThat(tree.shownWithClass("tf-b")).map(UidlTree.Node::id).contains(2);
		assertThat(tree.shownWithId("q-one")).map(UidlTree.Node::id).contains(4);

		tree.apply(json("""
				{"changes":[
				 {"node":2,"type":"splice","feat":11,"index":0,"remove":1},
				 {"node":4,"type":"put","key":"visible","feat":0,"value":false},
				 {"node":1,"type":"splice","feat":2,"index":0,"remove":1},
				 {"node":2,"type":"detach"}]}"""));

		assertThat(tree.shownWithClass("tf-b")).as("the button was removed from the page").isEmpty();
		assertThat(tree.shownWithId("q-one")).as("a hidden element is not shown").isEmpty();
		assertThat(tree.get(2)).isEmpty();
	}

	@Test
	void listener_settings_are_read_through_the_constant_pool() {
		UidlTree tree = new UidlTree();
		tree.apply(json("""
				{"constants":{"Xy12":{"event.shiftKey":false,"event.detail":false,"}value":false}},
				 "changes":[{"node":7,"type":"attach"},
				  {"node":7,"type":"put","key":"click","feat":4,"value":"Xy12"}]}"""));

		List<String> expressions = tree.get(7).orElseThrow().listenerExpressions("click");

		assertThat(expressions).containsExactly("event.shiftKey", "event.detail", "}value");
		assertThat(UidlMessages.eventData(expressions).toString())
			.as("keys false, one click, properties to synchronise left out")
			.isEqualTo("{\"event.shiftKey\":false,\"event.detail\":1}");
	}

	@Test
	void a_request_carries_the_token_the_counters_and_the_invocations_in_order() {
		String request = UidlMessages.request("token-1", 3, 4,
				List.of(UidlMessages.sync(12, "value", "4"), UidlMessages.event(12, "value-changed", json("{}"))));

		assertThat(request).isEqualTo("{\"csrfToken\":\"token-1\",\"rpc\":["
				+ "{\"type\":\"mSync\",\"node\":12,\"feature\":1,\"property\":\"value\",\"value\":\"4\"},"
				+ "{\"type\":\"event\",\"node\":12,\"event\":\"value-changed\",\"data\":{}}],"
				+ "\"syncId\":3,\"clientId\":4}");
	}

	@Test
	void a_response_is_read_past_its_guard_and_its_problems_are_named() {
		JsonNode fine = UidlMessages.fromResponse("for(;;);[{\"syncId\":2,\"clientId\":2,\"changes\":[]}]");
		JsonNode expired = UidlMessages.fromResponse("for(;;);[{\"meta\":{\"sessionExpired\":true}}]");

		assertThat(fine.path("syncId").asInt()).isEqualTo(2);
		assertThat(UidlMessages.problem(fine)).isEmpty();
		assertThat(UidlMessages.problem(expired)).contains("session expired");
	}

	private static JsonNode json(String text) {
		return UidlMessages.JSON.readTree(text);
	}

	static String resource(String name) throws IOException {
		try (InputStream in = UidlTreeTest.class.getResourceAsStream(name)) {
			if (in == null) {
				throw new IOException("missing test resource " + name);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
