package org.threefold.workshop.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.threefold.shared.ValidationException;
import org.threefold.workshop.Stage;
import org.threefold.workshop.TurnOutcome;

/**
 * The rules of one round of speaking in turn (seed 001 stage three, GD-30 to GD-37): the
 * facilitator's order, one speaker at a time, speak or pass, and at the end of the order
 * one come-back to each person who passed, who may pass again. Nobody is ever made to
 * speak: the round ends when everyone has spoken, passed twice or left. Plain Java; the
 * workshop applies it to stored events, so the same rules hold after a restart.
 */
public final class Round {

	/** One turn as it happened. */
	public record TurnRecord(long participant, boolean comeBack, TurnOutcome outcome, Instant start, Instant end) {

		public Duration length() {
			return Duration.between(this.start, this.end);
		}

	}

	private final Stage stage;

	private final int number;

	private final String question;

	private final List<Long> order;

	private final Integer turnSeconds;

	private final Map<Long, TurnOutcome> first = new LinkedHashMap<>();

	private final Map<Long, TurnOutcome> comeBack = new LinkedHashMap<>();

	private final Set<Long> gone = new LinkedHashSet<>();

	private final List<TurnRecord> turns = new ArrayList<>();

	private Long speaker;

	private Instant speakerSince;

	private boolean ended;

	public Round(Stage stage, int number, String question, List<Long> order, Integer turnSeconds) {
		if (order.isEmpty()) {
			throw new ValidationException("A round needs at least one person in the order.");
		}
		if (new LinkedHashSet<>(order).size() != order.size()) {
			throw new ValidationException("Each person may appear only once in the order.");
		}
		if (turnSeconds != null && (turnSeconds < 10 || turnSeconds > 1800)) {
			throw new ValidationException("A turn timer must be between 10 seconds and 30 minutes, or none.");
		}
		this.stage = stage;
		this.number = number;
		this.question = question;
		this.order = List.copyOf(order);
		this.turnSeconds = turnSeconds;
	}

	/** Who should be invited next, if anyone: the order first, then those who passed. */
	public Optional<Long> next() {
		if (this.ended || this.speaker != null) {
			return Optional.empty();
		}
		for (Long person : this.order) {
			if (!this.first.containsKey(person) && !this.gone.contains(person)) {
				return Optional.of(person);
			}
		}
		for (Long person : this.order) {
			if (this.first.get(person) == TurnOutcome.PASSED && !this.comeBack.containsKey(person)
					&& !this.gone.contains(person)) {
				return Optional.of(person);
			}
		}
		return Optional.empty();
	}

	/** Whether the round has come round to those who passed. */
	public boolean comingBack() {
		return this.order.stream().allMatch((person) -> this.first.containsKey(person) || this.gone.contains(person));
	}

	/** Everyone has had their turn (and their come-back) or has left, or it was ended. */
	public boolean complete() {
		return this.ended || (this.speaker == null && next().isEmpty());
	}

	/** Invites the next person; only the person the rules name may be invited. */
	public void start(long person, Instant at) {
		if (this.ended) {
			throw new ValidationException("This round has ended.");
		}
		if (this.speaker != null) {
			throw new ValidationException("Someone is speaking; only one person speaks at a time.");
		}
		Optional<Long> next = next();
		if (next.isEmpty() || next.get() != person) {
			throw new ValidationException("It is not this person's turn.");
		}
		this.speaker = person;
		this.speakerSince = at;
	}

	/** Ends the current turn as spoken or passed. */
	public void end(long person, TurnOutcome outcome, Instant at) {
		if (this.speaker == null || this.speaker != person) {
			throw new ValidationException("This turn has already ended.");
		}
		if (outcome == TurnOutcome.LEFT) {
			leave(person, at);
			return;
		}
		record(person, outcome, at);
	}

	/**
	 * Someone leaves: their turn ends if it was theirs, and they are skipped from now on.
	 */
	public void leave(long person, Instant at) {
		if (this.speaker != null && this.speaker == person) {
			record(person, TurnOutcome.LEFT, at);
		}
		this.gone.add(person);
	}

	/** Ends the round early; whoever has not had a turn keeps no turn. */
	public void endEarly(Instant at) {
		if (this.speaker != null) {
			record(this.speaker, TurnOutcome.SPOKE, at);
		}
		this.ended = true;
	}

	private void record(long person, TurnOutcome outcome, Instant at) {
		boolean isComeBack = this.first.containsKey(person);
		(isComeBack ? this.comeBack : this.first).put(person, outcome);
		this.turns.add(new TurnRecord(person, isComeBack, outcome, this.speakerSince, at));
		this.speaker = null;
		this.speakerSince = null;
	}

	public Stage stage() {
		return this.stage;
	}

	public int number() {
		return this.number;
	}

	public String question() {
		return this.question;
	}

	public List<Long> order() {
		return this.order;
	}

	public Integer turnSeconds() {
		return this.turnSeconds;
	}

	public Optional<Long> speaker() {
		return Optional.ofNullable(this.speaker);
	}

	public Instant speakerSince() {
		return this.speakerSince;
	}

	public List<TurnRecord> turns() {
		return List.copyOf(this.turns);
	}

	/** The latest outcome of each person who has had a turn. */
	public Map<Long, TurnOutcome> outcomes() {
		Map<Long, TurnOutcome> outcomes = new LinkedHashMap<>(this.first);
		outcomes.putAll(this.comeBack);
		for (Long person : this.gone) {
			outcomes.putIfAbsent(person, TurnOutcome.LEFT);
		}
		return outcomes;
	}

	/** Those who passed in the first go round and are still to be come back to. */
	public List<Long> waitingForComeBack() {
		return this.order.stream()
			.filter((person) -> this.first.get(person) == TurnOutcome.PASSED && !this.comeBack.containsKey(person)
					&& !this.gone.contains(person))
			.toList();
	}

}
