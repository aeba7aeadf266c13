package org.threefold.workshop;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.threefold.shared.WorkshopId;

/**
 * What one participant may see now: everything in the room except others' post-its before
 * they are revealed, and post-it authors at any time.
 *
 * @param workshop the workshop
 * @param version the last event it reflects
 * @param title the workshop's title
 * @param status scheduled, running or finished
 * @param stage the stage now, or null before the start
 * @param me the participant
 * @param present how many people are present
 * @param round the round, if the stage has one
 * @param questions the stage-two questions
 * @param myPostIts this participant's post-its
 * @param revealedPostIts post-its others can see, without authors
 * @param group this participant's group in stage four, if any
 * @param ranking the group ranking, if open or done
 * @param agreements actions agreed so far
 */
public record ParticipantScreen(WorkshopId workshop, long version, String title, WorkshopStatus status, Stage stage,
		WorkshopSnapshot.Participant me, int present, Optional<RoundScreen> round, List<String> questions,
		List<PostItView> myPostIts, List<PostItView> revealedPostIts, Optional<GroupScreen> group,
		Optional<RankingScreen> ranking, List<AgreementView> agreements) {

	/**
	 * The round as a participant sees it.
	 *
	 * @param number 1 for the first round of the stage
	 * @param question this round's question
	 * @param speakerName whose turn it is, or null
	 * @param myTurn whether it is this participant's turn
	 * @param speakerSince when the turn began
	 * @param turnSeconds the optional guide time for a turn
	 * @param order everyone's name in order with how their turn went so far
	 * @param comingBack whether the round has come back to those who passed
	 * @param complete whether the round is over
	 */
	public record RoundScreen(int number, String question, String speakerName, boolean myTurn, Instant speakerSince,
			Integer turnSeconds, List<OrderLine> order, boolean comingBack, boolean complete) {
	}

	/**
	 * One line of a round's order.
	 *
	 * @param name the person
	 * @param me whether it is this participant
	 * @param status "Speaking", "Spoke", "Passed", "Left" or "Waiting"
	 */
	public record OrderLine(String name, boolean me, String status) {
	}

	/**
	 * A post-it.
	 *
	 * @param question the question it answers (0-based)
	 * @param text what it says
	 * @param theme its theme, or null
	 */
	public record PostItView(int question, String text, String theme) {
	}

	/**
	 * This participant's group.
	 *
	 * @param number the group's number
	 * @param members its members' names
	 */
	public record GroupScreen(int number, List<String> members) {
	}

	/**
	 * The group ranking as this participant's group sees it.
	 *
	 * @param order the group's current order
	 * @param deadline when the timer runs out
	 * @param open whether it can still be submitted
	 * @param submittedBy who submitted it, or null if not yet
	 * @param late whether it was submitted after the timer
	 * @param combined the combined ranking, shown once the ranking has closed
	 */
	public record RankingScreen(List<String> order, Instant deadline, boolean open, String submittedBy, boolean late,
			List<CombinedRank> combined) {
	}

	/**
	 * An agreed action.
	 *
	 * @param title what was agreed
	 * @param owner the owning partner's name, or null
	 * @param due the due date, or null
	 */
	public record AgreementView(String title, String owner, java.time.LocalDate due) {
	}

}
