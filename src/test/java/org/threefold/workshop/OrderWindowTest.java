package org.threefold.workshop;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OrderWindowTest {

	@Test
	void a_small_room_sees_everyone_in_order() {
		List<ParticipantScreen.OrderLine> order = order(OrderWindow.WHOLE, 3, 5);
		List<OrderWindow.Entry> entries = OrderWindow.of(order);
		assertThat(entries).hasSize(OrderWindow.WHOLE).allMatch(OrderWindow.Line.class::isInstance);
		assertThat(describe(entries).get(3)).isEqualTo("4 Person 4 Speaking");
	}

	@Test
	void a_large_room_sees_the_speaker_their_neighbours_and_their_own_place_with_the_rest_counted() {
		List<ParticipantScreen.OrderLine> order = order(300, 100, 250);
		assertThat(describe(OrderWindow.of(order))).containsExactly("gap 99", "100 Person 100 Spoke",
				"101 Person 101 Speaking", "102 Person 102 Waiting", "103 Person 103 Waiting", "104 Person 104 Waiting",
				"gap 146", "251 Person 251 (me) Waiting", "gap 49");
	}

	@Test
	void every_person_is_either_shown_or_counted() {
		for (int speaker : new int[] { 0, 1, 150, 298, 299 }) {
			for (int me : new int[] { 0, 2, 151, 299 }) {
				List<OrderWindow.Entry> entries = OrderWindow.of(order(300, speaker, me));
				int people = 0;
				for (OrderWindow.Entry entry : entries) {
					people += (entry instanceof OrderWindow.Gap gap) ? gap.people() : 1;
				}
				assertThat(people).as("speaker %d, me %d", speaker, me).isEqualTo(300);
				assertThat(entries).filteredOn(OrderWindow.Line.class::isInstance)
					.extracting((entry) -> ((OrderWindow.Line) entry).line())
					.anyMatch(ParticipantScreen.OrderLine::me)
					.anyMatch((line) -> line.status().equals("Speaking"));
			}
		}
	}

	@Test
	void with_nobody_speaking_the_window_stands_at_the_next_person_waiting_or_at_the_end() {
		List<ParticipantScreen.OrderLine> between = new ArrayList<>(order(50, -1, 0));
		for (int i = 0; i < 20; i++) {
			between.set(i, new ParticipantScreen.OrderLine("Person " + (i + 1), i == 0, "Spoke"));
		}
		assertThat(describe(OrderWindow.of(between))).contains("21 Person 21 Waiting")
			.first()
			.isEqualTo("1 Person 1 (me) Spoke");
		List<ParticipantScreen.OrderLine> over = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			over.add(new ParticipantScreen.OrderLine("Person " + (i + 1), false, "Passed"));
		}
		assertThat(describe(OrderWindow.of(over))).containsExactly("gap 48", "49 Person 49 Passed",
				"50 Person 50 Passed");
	}

	/**
	 * {@code size} people; the one at {@code speaker} speaks, those before have spoken.
	 */
	private static List<ParticipantScreen.OrderLine> order(int size, int speaker, int me) {
		List<ParticipantScreen.OrderLine> order = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			String status = (i < speaker) ? "Spoke" : (i == speaker) ? "Speaking" : "Waiting";
			order.add(new ParticipantScreen.OrderLine("Person " + (i + 1), i == me, status));
		}
		return order;
	}

	private static List<String> describe(List<OrderWindow.Entry> entries) {
		return entries.stream().map((entry) -> switch (entry) {
			case OrderWindow.Line line -> line.position() + " " + line.line().name() + (line.line().me() ? " (me)" : "")
					+ " " + line.line().status();
			case OrderWindow.Gap gap -> "gap " + gap.people();
		}).toList();
	}

}
