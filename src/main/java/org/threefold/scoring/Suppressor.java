package org.threefold.scoring;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides which cells are withheld (MEASUREMENT.md, "Disclosure control";
 * docs/scoring.md).
 * <ol>
 * <li>Primary: a cell with fewer respondents than the threshold k is withheld.</li>
 * <li>Complementary: the cells of a grouping add up to their total (partners to the whole
 * partnership, partners of a sector to that sector, and so on). Where the total is shown
 * and its withheld parts are exactly one, or together have fewer than k respondents,
 * subtracting the shown parts from the total would reveal them; so the smallest shown
 * part is withheld too. This repeats until nothing changes.</li>
 * </ol>
 * Because every predefined grouping is registered as a partition of its parent (partners
 * within sectors, sectors within NHS or non-NHS, seniority bands within leaders or
 * frontline, each within the whole partnership), the same rule also stops the
 * differencing of two overlapping filters: a sector and one of its partners shown
 * together would reveal the rest of the sector, so one of them is withheld.
 */
public final class Suppressor {

	/** A cell: a group of a grouping, on one scale. */
	public record Key(Grouping grouping, String group, String scale) {
	}

	/**
	 * The parts that together make up the total, exactly (no overlap, nothing missing).
	 */
	public record Partition(Key total, List<Key> parts) {
	}

	private Suppressor() {
	}

	/**
	 * @param counts respondents per cell (cells with no respondents may be left out)
	 * @param partitions every way cells add up to another cell
	 * @param threshold k, at least 1
	 * @return the withheld cells and why
	 */
	public static Map<Key, Cell.Reason> withheld(Map<Key, Long> counts, List<Partition> partitions, int threshold) {
		Map<Key, Cell.Reason> withheld = new HashMap<>();
		counts.forEach((key, n) -> {
			if (n > 0 && n < threshold) {
				withheld.put(key, Cell.Reason.TOO_FEW);
			}
		});
		boolean changed = true;
		while (changed) {
			changed = false;
			for (Partition partition : partitions) {
				if (count(counts, partition.total()) == 0 || withheld.containsKey(partition.total())) {
					continue;
				}
				List<Key> hidden = partition.parts()
					.stream()
					.filter((part) -> count(counts, part) > 0 && withheld.containsKey(part))
					.toList();
				long hiddenRespondents = hidden.stream().mapToLong((part) -> count(counts, part)).sum();
				if (hidden.isEmpty() || (hidden.size() > 1 && hiddenRespondents >= threshold)) {
					continue;
				}
				Optional<Key> smallestShown = partition.parts()
					.stream()
					.filter((part) -> count(counts, part) > 0 && !withheld.containsKey(part))
					.min(Comparator.comparingLong((Key part) -> count(counts, part))
						.thenComparing((part) -> part.group()));
				// With no shown part left, the hidden parts make up the whole total,
				// which then has
				// fewer than k respondents itself and was withheld by the primary rule.
				if (smallestShown.isPresent()) {
					withheld.put(smallestShown.get(), Cell.Reason.PROTECTS_ANOTHER);
					changed = true;
				}
			}
		}
		return withheld;
	}

	private static long count(Map<Key, Long> counts, Key key) {
		return counts.getOrDefault(key, 0L);
	}

}
