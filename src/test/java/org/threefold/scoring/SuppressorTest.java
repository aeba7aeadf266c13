package org.threefold.scoring;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The suppression rules, each with the attack it stops. k = 5 throughout unless said.
 */
class SuppressorTest {

	private static final String SCALE = "DIMENSION:relationships";

	private static final Suppressor.Key ICS = key(Grouping.ICS, "ics");

	private final Map<Suppressor.Key, Long> counts = new HashMap<>();

	@Test
	void a_group_under_the_threshold_is_withheld_and_one_exactly_at_it_is_shown() {
		n(ICS, 9);
		n(partner("A"), 5);
		n(partner("B"), 4);
		Map<Suppressor.Key, Cell.Reason> withheld = Suppressor.withheld(this.counts, List.of(), 5);
		assertThat(withheld).containsEntry(partner("B"), Cell.Reason.TOO_FEW).doesNotContainKey(partner("A"));
	}

	@Test
	void total_minus_siblings_cannot_reveal_a_withheld_partner() {
		// Shown: total 20 and A 10 and B 8 would give C = 20 − 10 − 8 = 2 people exactly.
		n(ICS, 20);
		n(partner("A"), 10);
		n(partner("B"), 8);
		n(partner("C"), 2);
		Map<Suppressor.Key, Cell.Reason> withheld = Suppressor.withheld(this.counts,
				List.of(partition(ICS, partner("A"), partner("B"), partner("C"))), 5);
		assertThat(withheld).containsEntry(partner("C"), Cell.Reason.TOO_FEW)
			.containsEntry(partner("B"), Cell.Reason.PROTECTS_ANOTHER)
			.doesNotContainKey(partner("A"))
			.doesNotContainKey(ICS);
		// What an attacker can now recover is B and C together: 10 people, over the
		// threshold.
		long recoverable = 20 - 10;
		assertThat(recoverable).isGreaterThanOrEqualTo(5);
	}

	@Test
	void several_withheld_parts_that_together_are_still_too_few_pull_in_another() {
		n(ICS, 30);
		n(partner("A"), 24);
		n(partner("B"), 2);
		n(partner("C"), 2);
		n(partner("D"), 2);
		Map<Suppressor.Key, Cell.Reason> withheld = Suppressor.withheld(this.counts,
				List.of(partition(ICS, partner("A"), partner("B"), partner("C"), partner("D"))), 5);
		// B + C + D = 6 is already at least k, so A may stay: only their sum is
		// recoverable.
		assertThat(withheld).containsOnlyKeys(partner("B"), partner("C"), partner("D"));

		this.counts.clear();
		n(ICS, 28);
		n(partner("A"), 24);
		n(partner("B"), 2);
		n(partner("C"), 2);
		withheld = Suppressor.withheld(this.counts, List.of(partition(ICS, partner("A"), partner("B"), partner("C"))),
				5);
		// B + C = 4 < k: showing A would reveal the pair, so A goes too and only the
		// total stays.
		assertThat(withheld).containsEntry(partner("A"), Cell.Reason.PROTECTS_ANOTHER).doesNotContainKey(ICS);
	}

	@Test
	void the_difference_of_two_overlapping_filters_cannot_reveal_a_small_group() {
		// Sector S holds P1 (7 people) and P2 (3). Showing sector S (10) and P1 (7)
		// reveals P2.
		Suppressor.Key sector = key(Grouping.SECTOR, "S");
		n(ICS, 40);
		n(sector, 10);
		n(key(Grouping.SECTOR, "T"), 30);
		n(partner("P1"), 7);
		n(partner("P2"), 3);
		n(partner("P3"), 30);
		Map<Suppressor.Key, Cell.Reason> withheld = Suppressor.withheld(this.counts,
				List.of(partition(ICS, partner("P1"), partner("P2"), partner("P3")),
						partition(ICS, sector, key(Grouping.SECTOR, "T")),
						partition(sector, partner("P1"), partner("P2")),
						partition(key(Grouping.SECTOR, "T"), partner("P3"))),
				5);
		assertThat(withheld).containsEntry(partner("P2"), Cell.Reason.TOO_FEW)
			.containsEntry(partner("P1"), Cell.Reason.PROTECTS_ANOTHER);
		// Sector S may stay: with P1 and P2 both withheld, S − P1 is no longer
		// computable.
		assertThat(withheld).doesNotContainKey(sector);
	}

	@Test
	void a_two_way_split_is_shown_whole_or_not_at_all() {
		// NHS (40) and non-NHS (3) within a total of 43: showing NHS reveals non-NHS.
		Suppressor.Key nhs = key(Grouping.NHS_STATUS, "NHS");
		Suppressor.Key nonNhs = key(Grouping.NHS_STATUS, "NON_NHS");
		n(ICS, 43);
		n(nhs, 40);
		n(nonNhs, 3);
		Map<Suppressor.Key, Cell.Reason> withheld = Suppressor.withheld(this.counts,
				List.of(partition(ICS, nhs, nonNhs)), 5);
		assertThat(withheld).containsOnlyKeys(nhs, nonNhs);
	}

	@Test
	void suppression_spreading_through_nested_groupings_settles() {
		// Withholding P1 inside sector S must also be checked against the partner
		// partition of
		// the whole partnership; the loop repeats until nothing changes.
		Suppressor.Key sector = key(Grouping.SECTOR, "S");
		Suppressor.Key other = key(Grouping.SECTOR, "T");
		n(ICS, 26);
		n(sector, 11);
		n(other, 15);
		n(partner("P1"), 9);
		n(partner("P2"), 2);
		n(partner("P3"), 8);
		n(partner("P4"), 7);
		List<Suppressor.Partition> partitions = List.of(
				partition(ICS, partner("P1"), partner("P2"), partner("P3"), partner("P4")),
				partition(ICS, sector, other), partition(sector, partner("P1"), partner("P2")),
				partition(other, partner("P3"), partner("P4")));
		Map<Suppressor.Key, Cell.Reason> withheld = Suppressor.withheld(this.counts, partitions, 5);
		assertThat(withheld).containsKeys(partner("P2"), partner("P1"));
		for (Suppressor.Partition partition : partitions) {
			if (withheld.containsKey(partition.total())) {
				continue;
			}
			List<Suppressor.Key> hidden = partition.parts().stream().filter(withheld::containsKey).toList();
			long hiddenPeople = hidden.stream().mapToLong(this.counts::get).sum();
			assertThat(hidden.size() != 1 && (hidden.isEmpty() || hiddenPeople >= 5))
				.as("no partition leaves a recoverable group: %s", partition)
				.isTrue();
		}
	}

	private void n(Suppressor.Key key, long n) {
		this.counts.put(key, n);
	}

	private static Suppressor.Key partner(String name) {
		return key(Grouping.PARTNER, name);
	}

	private static Suppressor.Key key(Grouping grouping, String group) {
		return new Suppressor.Key(grouping, group, SCALE);
	}

	private static Suppressor.Partition partition(Suppressor.Key total, Suppressor.Key... parts) {
		return new Suppressor.Partition(total, List.of(parts));
	}

}
