package org.threefold.workshop.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.threefold.workshop.Stage;
import org.threefold.workshop.TurnOutcome;

/**
 * Everything that can happen in a workshop, as stored in {@code workshop_event}: the log
 * is append-only, and replaying it rebuilds the workshop exactly. The record's simple
 * name is the stored type, so renaming one needs a migration.
 */
public sealed interface WorkshopEvent {

	/** The facilitator started the workshop; the check-in stage opens. */
	record Started() implements WorkshopEvent {
	}

	/** Someone joined; their details are what they typed and chose on the join page. */
	record Joined(long participant, String name, long partner, String profession,
			String seniority) implements WorkshopEvent {
	}

	/** Someone left, by their own choice or marked by the facilitator. */
	record Left(long participant) implements WorkshopEvent {
	}

	/** The facilitator moved to a stage, forwards or back. */
	record StageOpened(Stage stage) implements WorkshopEvent {
	}

	/** A round began with a question and an order. */
	record RoundStarted(Stage stage, int number, String question, List<Long> order,
			Integer turnSeconds) implements WorkshopEvent {
	}

	/** The facilitator invited the next person to speak or pass. */
	record TurnStarted(long participant) implements WorkshopEvent {
	}

	/** A turn ended: spoke or passed. */
	record TurnEnded(long participant, TurnOutcome outcome) implements WorkshopEvent {
	}

	/** The facilitator ended the round before everyone had their turn. */
	record RoundEnded() implements WorkshopEvent {
	}

	/** A participant wrote a post-it, private until revealed. */
	record PostItWritten(long postIt, long participant, int question, String text) implements WorkshopEvent {
	}

	/** The facilitator revealed the post-its of one question. */
	record PostItsRevealed(int question) implements WorkshopEvent {
	}

	/** The facilitator named a theme. */
	record ThemeAdded(long theme, String name) implements WorkshopEvent {
	}

	/** A post-it went into a theme (or out of any, when theme is null). */
	record PostItClustered(long postIt, Long theme) implements WorkshopEvent {
	}

	/** The stage-four groups, by participant. */
	record GroupsFormed(List<List<Long>> groups) implements WorkshopEvent {
	}

	/** The ranking opened with these themes and this deadline. */
	record RankingOpened(List<String> themes, Instant deadline) implements WorkshopEvent {
	}

	/** A group member moved the group's shared order. */
	record RankingMoved(int group, List<String> order, long participant) implements WorkshopEvent {
	}

	/** A group submitted its ranking. */
	record RankingSubmitted(int group, List<String> order, long participant, boolean late) implements WorkshopEvent {
	}

	/** The facilitator closed the ranking; no more submissions. */
	record RankingClosed() implements WorkshopEvent {
	}

	/** An action agreed in stage five. */
	record ActionAgreed(long agreement, String title, Long owner, LocalDate due,
			String subDimension) implements WorkshopEvent {
	}

	/** The workshop ended; its code stops working. */
	record Finished() implements WorkshopEvent {
	}

	/** The stored type names and their classes. */
	Map<String, Class<? extends WorkshopEvent>> TYPES = Map.ofEntries(Map.entry("Started", Started.class),
			Map.entry("Joined", Joined.class), Map.entry("Left", Left.class),
			Map.entry("StageOpened", StageOpened.class), Map.entry("RoundStarted", RoundStarted.class),
			Map.entry("TurnStarted", TurnStarted.class), Map.entry("TurnEnded", TurnEnded.class),
			Map.entry("RoundEnded", RoundEnded.class), Map.entry("PostItWritten", PostItWritten.class),
			Map.entry("PostItsRevealed", PostItsRevealed.class), Map.entry("ThemeAdded", ThemeAdded.class),
			Map.entry("PostItClustered", PostItClustered.class), Map.entry("GroupsFormed", GroupsFormed.class),
			Map.entry("RankingOpened", RankingOpened.class), Map.entry("RankingMoved", RankingMoved.class),
			Map.entry("RankingSubmitted", RankingSubmitted.class), Map.entry("RankingClosed", RankingClosed.class),
			Map.entry("ActionAgreed", ActionAgreed.class), Map.entry("Finished", Finished.class));

}
