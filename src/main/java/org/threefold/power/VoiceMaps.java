package org.threefold.power;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.threefold.scoring.Cell;
import org.threefold.scoring.Grouping;
import org.threefold.scoring.Suppressor;
import org.threefold.workshop.Stage;
import org.threefold.workshop.VoiceGrouping;
import org.threefold.workshop.VoiceRecord;

/**
 * Who was heard in workshops, as a suppressed {@link Heatmap}: groups of people (sector,
 * partner, NHS status, profession or seniority) by stage, each group's share of turns
 * spoken, speaking time and passes in each turn-taking stage and of post-its, against its
 * share of the room. One workshop or several: across workshops the counts are added up
 * (people are counted once per workshop they joined). Plain Java, so the rules have fast
 * tests; the method is in docs/power-and-actions.md.
 * <p>
 * Disclosure control: a group resting on fewer than k people in the room is withheld, its
 * whole row; and because the groups add up to the whole room, whose shares are known
 * (100%), the scoring layer's {@link Suppressor} withholds the smallest other group too
 * where the rest would reveal a withheld one.
 */
public final class VoiceMaps {

	private static final String ROOM = "room";

	private VoiceMaps() {
	}

	/**
	 * One workshop's voice record, per stage, all in the same grouping.
	 *
	 * @param title the workshop's title
	 * @param byStage the record of each stage (see {@code WorkshopVoiceService.voice(id,
	 * grouping, stage)})
	 */
	public record WorkshopVoice(String title, Map<Stage, VoiceRecord> byStage) {

		public WorkshopVoice {
			byStage = Map.copyOf(byStage);
		}

	}

	/**
	 * One group's voice over the workshops included, after suppression.
	 *
	 * @param key the group's stable key (partner id, enum name)
	 * @param label what to show
	 * @param people people in the room, summed over workshops
	 * @param withheld why the group is withheld, or null when shown
	 * @param roomShare share of the room, 0 to 1
	 * @param turnShare share of all spoken turns, all stages
	 * @param speakingShare share of all speaking time, all stages
	 */
	public record GroupVoice(String key, String label, long people, String withheld, double roomShare, double turnShare,
			double speakingShare) {

		public boolean shown() {
			return this.withheld == null;
		}

		/** Speaking share over room share: 1 is a fair hearing; NaN when withheld. */
		public double voiceRatio() {
			return (!shown() || this.roomShare == 0) ? Double.NaN : this.speakingShare / this.roomShare;
		}

	}

	/**
	 * The voice heatmap with its groups.
	 *
	 * @param heatmap groups by stage and measure
	 * @param groups the rows in the same order, with suppression decided
	 * @param people everyone in the room, summed over workshops
	 * @param workshops how many workshops it covers
	 */
	public record VoiceMap(Heatmap heatmap, List<GroupVoice> groups, long people, int workshops) {
	}

	/** The scoring grouping a voice grouping is suppressed as. */
	static Grouping grouping(VoiceGrouping grouping) {
		return switch (grouping) {
			case PARTNER -> Grouping.PARTNER;
			case SECTOR -> Grouping.SECTOR;
			case NHS_STATUS -> Grouping.NHS_STATUS;
			case PROFESSION -> Grouping.PROFESSION;
			case SENIORITY -> Grouping.SENIORITY;
			case PARTICIPANT -> throw new IllegalArgumentException("Voice maps never show individual people");
		};
	}

	/**
	 * @param scope what the map covers, for its title, e.g. a workshop title or "all
	 * finished workshops"
	 * @param grouping how people are grouped (never by participant)
	 * @param workshops the records of each workshop included
	 * @param threshold k, at least 1
	 */
	public static VoiceMap map(String scope, VoiceGrouping grouping, List<WorkshopVoice> workshops, int threshold) {
		Grouping scoring = grouping(grouping);
		Map<String, Tally> tallies = new LinkedHashMap<>();
		Tally total = new Tally("ALL", "Whole room");
		for (WorkshopVoice workshop : workshops) {
			// The room is the same in every stage's record: take it from any one.
			workshop.byStage().values().stream().findFirst().ifPresent((any) -> {
				for (VoiceRecord.VoiceShare row : any.rows()) {
					tallies.computeIfAbsent(row.key(), (k) -> new Tally(k, row.label())).people += row.people();
					total.people += row.people();
				}
			});
			workshop.byStage().forEach((stage, record) -> {
				for (VoiceRecord.VoiceShare row : record.rows()) {
					Tally tally = tallies.computeIfAbsent(row.key(), (k) -> new Tally(k, row.label()));
					tally.add(stage, row);
					total.add(stage, row);
				}
			});
		}
		Map<Suppressor.Key, Long> counts = new LinkedHashMap<>();
		List<Suppressor.Key> parts = new ArrayList<>();
		Suppressor.Key totalKey = new Suppressor.Key(Grouping.ICS, ROOM, ROOM);
		counts.put(totalKey, total.people);
		tallies.forEach((key, tally) -> {
			Suppressor.Key part = new Suppressor.Key(scoring, key, ROOM);
			counts.put(part, tally.people);
			parts.add(part);
		});
		Map<Suppressor.Key, Cell.Reason> withheld = Suppressor.withheld(counts,
				List.of(new Suppressor.Partition(totalKey, parts)), threshold);
		List<Tally> ordered = new ArrayList<>(tallies.values());
		ordered.sort(Comparator.comparingLong((Tally t) -> -t.people).thenComparing((t) -> t.label));
		List<Stage> stages = new ArrayList<>();
		for (Stage stage : Stage.values()) {
			if (total.turns(stage) + total.passes(stage) > 0) {
				stages.add(stage);
			}
		}
		boolean postIts = total.postIts > 0;
		List<String> columns = new ArrayList<>(List.of("Room", "Turns", "Time"));
		List<String> key = new ArrayList<>(List.of("Room: the group's share of the people in the room",
				"Turns: its share of all turns spoken, every stage",
				"Time: its share of all speaking time, every stage"));
		for (Stage stage : stages) {
			int number = stage.number();
			columns.addAll(List.of("Turns " + number, "Time " + number, "Pass " + number));
			key.addAll(List.of("Turns " + number + ": share of turns spoken in stage " + number + ", " + stage.label(),
					"Time " + number + ": share of speaking time in stage " + number + ", " + stage.label(),
					"Pass " + number + ": share of passes in stage " + number + ", " + stage.label()));
		}
		if (postIts) {
			columns.add("Post-its");
			key.add("Post-its: share of the post-its written in stage 2, " + Stage.INDIVIDUAL_THOUGHTS.label());
		}
		List<String> rows = new ArrayList<>();
		List<List<HeatCell>> cells = new ArrayList<>();
		List<GroupVoice> groups = new ArrayList<>();
		for (Tally tally : ordered) {
			Cell.Reason reason = withheld.get(new Suppressor.Key(scoring, tally.key, ROOM));
			rows.add(tally.label);
			double room = share(tally.people, total.people);
			if (reason != null || tally.people == 0) {
				String why = (reason == Cell.Reason.PROTECTS_ANOTHER)
						? "Withheld so that a smaller group cannot be worked out from the others"
						: "Fewer than " + threshold + " people in the room";
				cells.add(columns.stream().map((c) -> (HeatCell) new HeatCell.Withheld(why)).toList());
				groups
					.add(new GroupVoice(tally.key, tally.label, tally.people, why, Double.NaN, Double.NaN, Double.NaN));
				continue;
			}
			List<HeatCell> line = new ArrayList<>();
			line.add(new HeatCell.Shown(100 * room, tally.people, Double.NaN));
			line.add(cell(tally.allTurns(), total.allTurns(), tally.people, room));
			line.add(cell(tally.allSeconds(), total.allSeconds(), tally.people, room));
			for (Stage stage : stages) {
				line.add(cell(tally.turns(stage), total.turns(stage), tally.people, room));
				line.add(cell(tally.seconds(stage), total.seconds(stage), tally.people, room));
				line.add(cell(tally.passes(stage), total.passes(stage), tally.people, room));
			}
			if (postIts) {
				line.add(cell(tally.postIts, total.postIts, tally.people, room));
			}
			cells.add(line);
			groups.add(new GroupVoice(tally.key, tally.label, tally.people, null, room,
					share(tally.allTurns(), total.allTurns()), share(tally.allSeconds(), total.allSeconds())));
		}
		Heatmap heatmap = new Heatmap(
				"Voice in workshops by " + grouping.label().toLowerCase(java.util.Locale.UK) + ": " + scope,
				grouping.label(), "Share, in %, by stage", rows, columns, key, cells, Heatmap.Scale.DIFFERENCE, "%",
				"Each cell is the group's share of turns, speaking time, passes or post-its, with the number of "
						+ "people in the group (n). Its colour compares it with the group's share of the room (the "
						+ "first column): purple is heard more than its share, orange less.");
		return new VoiceMap(heatmap, groups, total.people, workshops.size());
	}

	private static HeatCell cell(long part, long whole, long people, double room) {
		if (whole == 0) {
			return new HeatCell.Empty();
		}
		return new HeatCell.Shown(100 * share(part, whole), people, 100 * room);
	}

	private static double share(long part, long whole) {
		return (whole == 0) ? 0 : part / (double) whole;
	}

	/** Counts of one group, per stage. */
	private static final class Tally {

		private final String key;

		private final String label;

		private long people;

		private final Map<Stage, long[]> stages = new EnumMap<>(Stage.class);

		private long postIts;

		Tally(String key, String label) {
			this.key = key;
			this.label = label;
		}

		void add(Stage stage, VoiceRecord.VoiceShare row) {
			long[] counts = this.stages.computeIfAbsent(stage, (s) -> new long[3]);
			counts[0] += row.turns();
			counts[1] += row.speakingSeconds();
			counts[2] += row.passes();
			this.postIts += row.postIts();
		}

		long turns(Stage stage) {
			return this.stages.getOrDefault(stage, new long[3])[0];
		}

		long seconds(Stage stage) {
			return this.stages.getOrDefault(stage, new long[3])[1];
		}

		long passes(Stage stage) {
			return this.stages.getOrDefault(stage, new long[3])[2];
		}

		long allTurns() {
			return this.stages.values().stream().mapToLong((c) -> c[0]).sum();
		}

		long allSeconds() {
			return this.stages.values().stream().mapToLong((c) -> c[1]).sum();
		}

	}

}
