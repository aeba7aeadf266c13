package org.threefold.power;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * "Said and done": each partner's own view of its influence over shared decisions (its
 * self-view on the power maps' influence question) beside how much it was heard in
 * workshops (its share of speaking time against its share of the room), flagged where the
 * two point opposite ways. Plain Java, so the rule has fast tests; it is in
 * docs/power-and-actions.md.
 * <p>
 * The rule: the survey says <em>influential</em> at a self-view of {@value #SAYS_HIGH} or
 * more (0–100) and <em>little influence</em> at {@value #SAYS_LOW} or less; the workshops
 * say <em>heard more than its share</em> at a voice ratio (speaking share ÷ room share)
 * of {@value #HEARD_MORE} or more and <em>heard less</em> at {@value #HEARD_LESS} or
 * less. A partner is flagged when one says high and the other low. Both figures must be
 * shown (not withheld); a flag is a prompt for a conversation, not a verdict.
 */
public final class SaidAndDone {

	/**
	 * Self-view at or above which the survey says the partner sees itself influential.
	 */
	public static final double SAYS_HIGH = 60;

	/** Self-view at or below which the survey says the partner sees little influence. */
	public static final double SAYS_LOW = 40;

	/** Voice ratio at or above which the partner was heard more than its share. */
	public static final double HEARD_MORE = 1.25;

	/** Voice ratio at or below which the partner was heard less than its share. */
	public static final double HEARD_LESS = 0.8;

	private SaidAndDone() {
	}

	/** Whether and how a partner's survey view and workshop voice diverge. */
	public enum Divergence {

		/** Both shown and they do not point opposite ways. */
		NONE("Survey and workshops agree or are in the middle"),
		/** Sees itself influential, heard less than its share in workshops. */
		SAYS_INFLUENTIAL_HEARD_LESS("Sees itself as influential, but was heard less than its share in workshops"),
		/** Sees itself with little influence, heard more than its share in workshops. */
		SAYS_LITTLE_HEARD_MORE(
				"Sees itself as having little influence, but was heard more than its share in workshops"),
		/** One of the two is withheld or missing. */
		UNKNOWN("Cannot compare: one of the two figures is withheld or missing");

		private final String text;

		Divergence(String text) {
			this.text = text;
		}

		public String text() {
			return this.text;
		}

		public boolean flagged() {
			return this == SAYS_INFLUENTIAL_HEARD_LESS || this == SAYS_LITTLE_HEARD_MORE;
		}

	}

	/**
	 * One partner.
	 *
	 * @param partner its name
	 * @param selfView its people's average rating of its own influence, 0–100
	 * @param othersView the other partners' people's rating of its influence
	 * @param room its share of the room in %, with its people as n
	 * @param speaking its share of speaking time in %, compared with the room
	 * @param voiceRatio speaking share ÷ room share, NaN when withheld
	 * @param divergence the flag
	 */
	public record Row(String partner, HeatCell selfView, HeatCell othersView, HeatCell room, HeatCell speaking,
			double voiceRatio, Divergence divergence) {
	}

	/**
	 * The comparison, as a heatmap and rows.
	 *
	 * @param heatmap partners by the four figures
	 * @param rows the same partners, with the flags
	 */
	public record Result(Heatmap heatmap, List<Row> rows) {

		public List<Row> flagged() {
			return this.rows.stream().filter((r) -> r.divergence().flagged()).toList();
		}

	}

	/** The rule, on two plain numbers (NaN for withheld or missing). */
	public static Divergence divergence(double selfView, double voiceRatio) {
		if (Double.isNaN(selfView) || Double.isNaN(voiceRatio)) {
			return Divergence.UNKNOWN;
		}
		if (selfView >= SAYS_HIGH && voiceRatio <= HEARD_LESS) {
			return Divergence.SAYS_INFLUENTIAL_HEARD_LESS;
		}
		if (selfView <= SAYS_LOW && voiceRatio >= HEARD_MORE) {
			return Divergence.SAYS_LITTLE_HEARD_MORE;
		}
		return Divergence.NONE;
	}

	/**
	 * @param scope what the workshops are, for the title
	 * @param influence the influence matrix of the power maps (already suppressed), or
	 * null when the assessment did not ask it
	 * @param voice the voice map grouped by partner (already suppressed)
	 */
	public static Result of(String scope, PowerMaps.Matrix influence, VoiceMaps.VoiceMap voice) {
		Map<String, PowerMaps.SelfView> selves = new LinkedHashMap<>();
		if (influence != null) {
			influence.selfViews().forEach((v) -> selves.put(v.partner(), v));
		}
		List<Row> rows = new ArrayList<>();
		List<String> labels = new ArrayList<>();
		List<List<HeatCell>> cells = new ArrayList<>();
		for (VoiceMaps.GroupVoice group : voice.groups()) {
			PowerMaps.SelfView view = selves.get(group.label());
			HeatCell self = (view == null) ? new HeatCell.Empty() : view.self();
			HeatCell others = (view == null) ? new HeatCell.Empty() : view.others();
			HeatCell room;
			HeatCell speaking;
			if (group.shown()) {
				room = new HeatCell.Shown(100 * group.roomShare(), group.people(), Double.NaN);
				speaking = new HeatCell.Shown(100 * group.speakingShare(), group.people(), 100 * group.roomShare());
			}
			else {
				room = new HeatCell.Withheld(group.withheld());
				speaking = new HeatCell.Withheld(group.withheld());
			}
			double selfValue = (self instanceof HeatCell.Shown s) ? s.value() : Double.NaN;
			Divergence divergence = divergence(selfValue, group.voiceRatio());
			rows.add(new Row(group.label(), self, others, room, speaking, group.voiceRatio(), divergence));
			labels.add(divergence.flagged() ? group.label() + " (diverges)" : group.label());
			cells.add(List.of(neutral(self), neutral(others), room, speaking));
		}
		Heatmap heatmap = new Heatmap("Said and done: " + scope, "Partner (in the workshops)", "Survey and workshop",
				labels, List.of("Self", "Others", "Room %", "Time %"),
				List.of("Self: how its own people rate its influence over shared decisions, 0 to 100",
						"Others: how the other partners' people rate its influence, 0 to 100",
						"Room %: its share of the people in the workshops",
						"Time %: its share of speaking time, coloured against its share of the room"),
				cells, Heatmap.Scale.DIFFERENCE, "",
				"A partner's view of its own influence (survey, 0 to 100) beside how much it was heard in workshops "
						+ "(share of speaking time against share of the room, in %). \"(diverges)\" marks a partner "
						+ "whose survey view and workshop voice point opposite ways.");
		return new Result(heatmap, rows);
	}

	/**
	 * A survey score drawn without a comparison colour: only speaking time is compared.
	 */
	private static HeatCell neutral(HeatCell cell) {
		return (cell instanceof HeatCell.Shown s) ? new HeatCell.Shown(s.value(), s.n(), Double.NaN) : cell;
	}

}
