package org.threefold.workshop;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * What a participant's phone shows of a round's order. A small room sees everyone; in a
 * large one the phone shows the person before the speaker, the speaker, the next three
 * and the participant's own place, with the people in between counted ("45 others"). The
 * facilitator's console keeps the whole order. A phone needs to know whose turn it is and
 * when its own comes, and 300 lines per phone would cost the server about 1 MB of page
 * state per participant and a long scroll on a small screen.
 */
public final class OrderWindow {

	/** Orders up to this length are shown whole. */
	static final int WHOLE = 12;

	private static final int BEFORE = 1;

	private static final int AFTER = 3;

	private OrderWindow() {
	}

	/** A line of the order or a run of people left out. */
	public sealed interface Entry permits Line, Gap {

	}

	/**
	 * A person in the order.
	 *
	 * @param position their place in the order, from 1
	 * @param line who, and how their turn went
	 */
	public record Line(int position, ParticipantScreen.OrderLine line) implements Entry {
	}

	/**
	 * People left out of the phone's view.
	 *
	 * @param people how many
	 */
	public record Gap(int people) implements Entry {
	}

	public static List<Entry> of(List<ParticipantScreen.OrderLine> order) {
		List<Entry> entries = new ArrayList<>();
		if (order.size() <= WHOLE) {
			for (int i = 0; i < order.size(); i++) {
				entries.add(new Line(i + 1, order.get(i)));
			}
			return entries;
		}
		int anchor = anchor(order);
		TreeSet<Integer> shown = new TreeSet<>();
		for (int i = Math.max(0, anchor - BEFORE); i <= Math.min(order.size() - 1, anchor + AFTER); i++) {
			shown.add(i);
		}
		for (int i = 0; i < order.size(); i++) {
			if (order.get(i).me()) {
				shown.add(i);
			}
		}
		int previous = -1;
		for (int index : shown) {
			if (index - previous > 1) {
				entries.add(new Gap(index - previous - 1));
			}
			entries.add(new Line(index + 1, order.get(index)));
			previous = index;
		}
		if (previous < order.size() - 1) {
			entries.add(new Gap(order.size() - 1 - previous));
		}
		return entries;
	}

	/**
	 * Where the round stands: the speaker, else the next person waiting, else the end of
	 * the order (the round is over).
	 */
	private static int anchor(List<ParticipantScreen.OrderLine> order) {
		for (int i = 0; i < order.size(); i++) {
			if (order.get(i).status().equals("Speaking")) {
				return i;
			}
		}
		for (int i = 0; i < order.size(); i++) {
			if (order.get(i).status().equals("Waiting")) {
				return i;
			}
		}
		return order.size() - 1;
	}

}
