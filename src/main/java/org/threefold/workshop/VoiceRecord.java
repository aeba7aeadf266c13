package org.threefold.workshop;

import java.util.List;

import org.threefold.shared.WorkshopId;

/**
 * Who was heard in a workshop: for each group of people, their share of the room against
 * their share of turns spoken, speaking time, passes and post-its. A share of speaking
 * time well above the share of the room is a group dominating; well below, a group
 * under-heard. The power-dynamics heatmaps, exports and the API read this record.
 *
 * @param workshop the workshop
 * @param title its title
 * @param grouping how the rows are grouped
 * @param rows one row per group, largest speaking share first
 * @param total the whole room
 */
public record VoiceRecord(WorkshopId workshop, String title, VoiceGrouping grouping, List<VoiceShare> rows,
		VoiceShare total) {

	/**
	 * One group's voice.
	 *
	 * @param key a stable key (participant number, partner id, enum name)
	 * @param label what to show
	 * @param people how many people in the group joined
	 * @param roomShare their share of the people in the room, 0 to 1
	 * @param turns turns in which they spoke
	 * @param turnShare their share of all spoken turns
	 * @param speakingSeconds total seconds they held the floor while speaking
	 * @param speakingShare their share of all speaking time
	 * @param passes turns they passed
	 * @param passShare their share of all passes
	 * @param postIts post-its they wrote
	 * @param postItShare their share of all post-its
	 */
	public record VoiceShare(String key, String label, int people, double roomShare, int turns, double turnShare,
			long speakingSeconds, double speakingShare, int passes, double passShare, int postIts, double postItShare) {

		/** Speaking share over room share: 1 is a fair hearing, 2 twice, 0.5 half. */
		public double voiceRatio() {
			return (this.roomShare == 0) ? Double.NaN : this.speakingShare / this.roomShare;
		}

	}

}
