package org.threefold.power;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.threefold.shared.WorkshopId;
import org.threefold.workshop.Stage;
import org.threefold.workshop.VoiceGrouping;
import org.threefold.workshop.VoiceRecord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class VoiceMapsTest {

	private static VoiceRecord.VoiceShare row(String key, int people, int turns, long seconds, int passes,
			int postIts) {
		return new VoiceRecord.VoiceShare(key, key + " label", people, 0, turns, 0, seconds, 0, passes, 0, postIts, 0);
	}

	private static VoiceRecord record(VoiceRecord.VoiceShare... rows) {
		return new VoiceRecord(new WorkshopId(1), "W", VoiceGrouping.SECTOR, List.of(rows), rows[0]);
	}

	/** Check-in turns, post-its in stage two, nothing in the other stages. */
	private static VoiceMaps.WorkshopVoice workshop(int smallA, int smallB) {
		VoiceRecord checkIn = record(row("NHS", 10, 10, 600, 0, 0), row("VCS", 6, 3, 60, 3, 0),
				row("A", smallA, 1, 40, 1, 0), row("B", smallB, 2, 100, 0, 0));
		VoiceRecord thoughts = record(row("NHS", 10, 0, 0, 0, 5), row("VCS", 6, 0, 0, 0, 5),
				row("A", smallA, 0, 0, 0, 0), row("B", smallB, 0, 0, 0, 0));
		VoiceRecord none = record(row("NHS", 10, 0, 0, 0, 0), row("VCS", 6, 0, 0, 0, 0), row("A", smallA, 0, 0, 0, 0),
				row("B", smallB, 0, 0, 0, 0));
		return new VoiceMaps.WorkshopVoice("W", Map.of(Stage.CHECK_IN, checkIn, Stage.INDIVIDUAL_THOUGHTS, thoughts,
				Stage.TIME_TO_THINK, none, Stage.GROUPS, none));
	}

	@Test
	void sharesOfTurnsTimePassesAndPostItsAgainstTheRoom() {
		VoiceMaps.VoiceMap map = VoiceMaps.map("W", VoiceGrouping.SECTOR, List.of(workshop(2, 3)), 5);
		Heatmap heatmap = map.heatmap();
		assertThat(heatmap.columns()).containsExactly("Room", "Turns", "Time", "Turns 1", "Time 1", "Pass 1",
				"Post-its");
		assertThat(heatmap.rows()).containsExactly("NHS label", "VCS label", "B label", "A label");
		assertThat(map.people()).isEqualTo(21);
		HeatCell.Shown room = (HeatCell.Shown) heatmap.cell(1, 0);
		assertThat(room.value()).isCloseTo(100 * 6 / 21.0, within(1e-9));
		assertThat(room.n()).isEqualTo(6);
		HeatCell.Shown time = (HeatCell.Shown) heatmap.cell(1, 2);
		assertThat(time.value()).isCloseTo(100 * 60 / 800.0, within(1e-9));
		assertThat(time.compareWith()).isCloseTo(100 * 6 / 21.0, within(1e-9));
		assertThat(((HeatCell.Shown) heatmap.cell(1, 3)).value()).isCloseTo(100 * 3 / 16.0, within(1e-9));
		assertThat(((HeatCell.Shown) heatmap.cell(1, 5)).value()).isCloseTo(75, within(1e-9));
		assertThat(((HeatCell.Shown) heatmap.cell(1, 6)).value()).isCloseTo(50, within(1e-9));
		assertThat(((HeatCell.Shown) heatmap.cell(0, 2)).value()).isCloseTo(75, within(1e-9));
		// Two small groups of 2 and 3 are withheld; together they are 5, so no more.
		assertThat(heatmap.cell(2, 0)).isInstanceOf(HeatCell.Withheld.class);
		assertThat(heatmap.cell(3, 4)).isInstanceOf(HeatCell.Withheld.class);
		assertThat(map.groups().get(1).voiceRatio()).isCloseTo((60 / 800.0) / (6 / 21.0), within(1e-9));
		assertThat(map.groups().get(3).shown()).isFalse();
		assertThat(map.groups().get(3).voiceRatio()).isNaN();
	}

	@Test
	void oneSmallGroupAlsoWithholdsTheSmallestOtherSoTheRestCannotRevealIt() {
		VoiceMaps.VoiceMap map = VoiceMaps.map("W", VoiceGrouping.SECTOR, List.of(workshop(2, 5)), 5);
		List<String> rows = map.heatmap().rows();
		assertThat(map.heatmap().cell(rows.indexOf("A label"), 0))
			.isEqualTo(new HeatCell.Withheld("Fewer than 5 people in the room"));
		// B (5) is the smallest shown group: withheld to protect A.
		assertThat(map.heatmap().cell(rows.indexOf("B label"), 1))
			.isEqualTo(new HeatCell.Withheld("Withheld so that a smaller group cannot be worked out from the others"));
		assertThat(map.heatmap().cell(rows.indexOf("VCS label"), 1)).isInstanceOf(HeatCell.Shown.class);
	}

	@Test
	void acrossWorkshopsTheCountsAddUp() {
		VoiceMaps.VoiceMap one = VoiceMaps.map("W", VoiceGrouping.SECTOR, List.of(workshop(2, 3)), 5);
		VoiceMaps.VoiceMap two = VoiceMaps.map("all", VoiceGrouping.SECTOR, List.of(workshop(3, 3), workshop(3, 3)), 5);
		assertThat(two.people()).isEqualTo(44);
		assertThat(two.workshops()).isEqualTo(2);
		// Shares of the NHS group are unchanged, and the small groups now reach k.
		assertThat(((HeatCell.Shown) two.heatmap().cell(0, 2)).value())
			.isCloseTo(((HeatCell.Shown) one.heatmap().cell(0, 2)).value(), within(1e-9));
		assertThat(((HeatCell.Shown) two.heatmap().cell(1, 2)).n()).isEqualTo(12);
		assertThat(two.heatmap().rows().get(2)).isEqualTo("A label");
		assertThat(two.heatmap().cell(2, 0)).isEqualTo(new HeatCell.Shown(100 * (6 / 44.0), 6, Double.NaN));
	}

	@Test
	void neverByParticipant() {
		assertThatThrownBy(() -> VoiceMaps.map("W", VoiceGrouping.PARTICIPANT, List.of(), 5))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void theDrawnPictureWritesNoWithheldNumber() {
		VoiceMaps.VoiceMap map = VoiceMaps.map("W", VoiceGrouping.SECTOR, List.of(workshop(2, 3)), 5);
		String text = HeatmapPicture.altText(map.heatmap());
		assertThat(text).contains("NHS label").contains("withheld");
		assertThat(HeatmapPicture.render(map.heatmap()).png()).isNotEmpty();
	}

}
