package org.threefold.workshop.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.threefold.workshop.WorkshopSnapshot.Participant;

/**
 * Forms stage-four groups that mix partners and seniority (the "difference" principle):
 * people are lined up partner by partner, largest partner first and by seniority within
 * each, and dealt out to the groups in turn, so colleagues from one organisation and
 * people of one band are spread as evenly as the room allows. The facilitator is never a
 * participant, so is never in a group (GD-41).
 */
public final class GroupFormation {

	private GroupFormation() {
	}

	public static List<List<Long>> mix(List<Participant> people, int groupSize) {
		if (groupSize < 2) {
			throw new IllegalArgumentException("Groups need at least two people");
		}
		if (people.isEmpty()) {
			return List.of();
		}
		int groups = Math.max(1, (int) Math.round(people.size() / (double) groupSize));
		Map<Long, List<Participant>> byPartner = new LinkedHashMap<>();
		people.stream()
			.sorted(Comparator.comparing((Participant person) -> person.partner().value())
				.thenComparing((person) -> person.seniority().ordinal())
				.thenComparing(Participant::id))
			.forEach((person) -> byPartner.computeIfAbsent(person.partner().value(), (key) -> new ArrayList<>())
				.add(person));
		List<Participant> line = new ArrayList<>();
		byPartner.values()
			.stream()
			.sorted(Comparator.comparingInt((List<Participant> list) -> list.size()).reversed())
			.forEach(line::addAll);
		List<List<Long>> result = new ArrayList<>();
		for (int i = 0; i < groups; i++) {
			result.add(new ArrayList<>());
		}
		for (int i = 0; i < line.size(); i++) {
			result.get(i % groups).add(line.get(i).id());
		}
		return result.stream().map(List::copyOf).toList();
	}

}
