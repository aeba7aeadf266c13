package org.threefold.power;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.threefold.power.SaidAndDone.Divergence;

import static org.assertj.core.api.Assertions.assertThat;

class SaidAndDoneTest {

	@Test
	void theRuleFlagsOnlyOppositeDirections() {
		assertThat(SaidAndDone.divergence(60, 0.8)).isEqualTo(Divergence.SAYS_INFLUENTIAL_HEARD_LESS);
		assertThat(SaidAndDone.divergence(59.9, 0.5)).isEqualTo(Divergence.NONE);
		assertThat(SaidAndDone.divergence(80, 0.81)).isEqualTo(Divergence.NONE);
		assertThat(SaidAndDone.divergence(40, 1.25)).isEqualTo(Divergence.SAYS_LITTLE_HEARD_MORE);
		assertThat(SaidAndDone.divergence(40.1, 2)).isEqualTo(Divergence.NONE);
		assertThat(SaidAndDone.divergence(20, 0.3)).isEqualTo(Divergence.NONE);
		assertThat(SaidAndDone.divergence(90, 2)).isEqualTo(Divergence.NONE);
		assertThat(SaidAndDone.divergence(Double.NaN, 0.2)).isEqualTo(Divergence.UNKNOWN);
		assertThat(SaidAndDone.divergence(90, Double.NaN)).isEqualTo(Divergence.UNKNOWN);
		assertThat(Divergence.UNKNOWN.flagged()).isFalse();
	}

	@Test
	void partnersAreMatchedByNameAndWithheldFiguresStayWithheld() {
		PowerMaps.Matrix influence = new PowerMaps.Matrix(MatrixMeasure.INFLUENCE,
				new Heatmap("t", "r", "c", List.of(), List.of(), List.of(), List.of(), Heatmap.Scale.SCORE, "", ""),
				List.of(),
				List.of(new PowerMaps.SelfView("Trust", new HeatCell.Shown(85, 12, Double.NaN),
						new HeatCell.Shown(80, 40, Double.NaN), 5, false),
						new PowerMaps.SelfView("Charity", new HeatCell.Shown(70, 6, Double.NaN),
								new HeatCell.Shown(35, 50, Double.NaN), 35, true),
						new PowerMaps.SelfView("Tiny", new HeatCell.Withheld("Fewer than 5 responses"),
								new HeatCell.Shown(30, 50, Double.NaN), Double.NaN, false)),
				List.of());
		VoiceMaps.VoiceMap voice = new VoiceMaps.VoiceMap(
				new Heatmap("t", "r", "c", List.of(), List.of(), List.of(), List.of(), Heatmap.Scale.SCORE, "", ""),
				List.of(new VoiceMaps.GroupVoice("1", "Trust", 10, null, 0.5, 0.6, 0.75),
						new VoiceMaps.GroupVoice("2", "Charity", 6, null, 0.3, 0.2, 0.1), new VoiceMaps.GroupVoice("3",
								"Tiny", 4, "Fewer than 5 people in the room", Double.NaN, Double.NaN, Double.NaN)),
				20, 1);
		SaidAndDone.Result result = SaidAndDone.of("W", influence, voice);
		assertThat(result.rows()).extracting(SaidAndDone.Row::divergence)
			.containsExactly(Divergence.NONE, Divergence.SAYS_INFLUENTIAL_HEARD_LESS, Divergence.UNKNOWN);
		assertThat(result.flagged()).extracting(SaidAndDone.Row::partner).containsExactly("Charity");
		assertThat(result.heatmap().rows()).containsExactly("Trust", "Charity (diverges)", "Tiny");
		HeatCell.Shown time = (HeatCell.Shown) result.heatmap().cell(1, 3);
		assertThat(time.value()).isCloseTo(10, org.assertj.core.api.Assertions.within(1e-9));
		assertThat(time.compareWith()).isEqualTo(30.0);
		assertThat(time.n()).isEqualTo(6);
		assertThat(result.heatmap().cell(2, 2)).isInstanceOf(HeatCell.Withheld.class);
		assertThat(result.heatmap().cell(2, 0)).isInstanceOf(HeatCell.Withheld.class);
		assertThat(result.rows().get(1).voiceRatio()).isEqualTo(0.1 / 0.3);
	}

	@Test
	void withoutAnInfluenceQuestionNothingIsFlagged() {
		VoiceMaps.VoiceMap voice = new VoiceMaps.VoiceMap(
				new Heatmap("t", "r", "c", List.of(), List.of(), List.of(), List.of(), Heatmap.Scale.SCORE, "", ""),
				List.of(new VoiceMaps.GroupVoice("2", "Charity", 6, null, 0.3, 0.2, 0.1)), 6, 1);
		SaidAndDone.Result result = SaidAndDone.of("W", null, voice);
		assertThat(result.rows().get(0).divergence()).isEqualTo(Divergence.UNKNOWN);
		assertThat(result.heatmap().cell(0, 0)).isInstanceOf(HeatCell.Empty.class);
	}

}
