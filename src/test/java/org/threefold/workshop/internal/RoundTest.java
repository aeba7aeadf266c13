package org.threefold.workshop.internal;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.threefold.shared.ValidationException;
import org.threefold.workshop.Stage;
import org.threefold.workshop.TurnOutcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RoundTest {

	private static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");

	private Instant at(int seconds) {
		return T0.plusSeconds(seconds);
	}

	@Test
	void people_are_invited_in_the_facilitators_order() {
		Round round = new Round(Stage.TIME_TO_THINK, 1, "Q", List.of(3L, 1L, 2L), null);
		assertThat(round.next()).contains(3L);
		round.start(3, at(0));
		assertThat(round.next()).isEmpty();
		round.end(3, TurnOutcome.SPOKE, at(40));
		assertThat(round.next()).contains(1L);
	}

	@Test
	void only_one_person_speaks_at_a_time_and_only_the_one_whose_turn_it_is() {
		Round round = new Round(Stage.TIME_TO_THINK, 1, "Q", List.of(1L, 2L), null);
		assertThatThrownBy(() -> round.start(2, at(0))).isInstanceOf(ValidationException.class)
			.hasMessageContaining("not this person's turn");
		round.start(1, at(0));
		assertThatThrownBy(() -> round.start(2, at(1))).hasMessageContaining("only one person speaks");
		assertThatThrownBy(() -> round.end(2, TurnOutcome.SPOKE, at(2))).hasMessageContaining("already ended");
	}

	@Test
	void those_who_passed_are_come_back_to_at_the_end_and_may_pass_again() {
		Round round = new Round(Stage.CHECK_IN, 1, "Q", List.of(1L, 2L, 3L), null);
		round.start(1, at(0));
		round.end(1, TurnOutcome.PASSED, at(5));
		round.start(2, at(5));
		round.end(2, TurnOutcome.SPOKE, at(65));
		round.start(3, at(65));
		round.end(3, TurnOutcome.PASSED, at(70));
		assertThat(round.comingBack()).isTrue();
		assertThat(round.waitingForComeBack()).containsExactly(1L, 3L);
		assertThat(round.next()).contains(1L);
		round.start(1, at(70));
		round.end(1, TurnOutcome.SPOKE, at(100));
		round.start(3, at(100));
		round.end(3, TurnOutcome.PASSED, at(102));
		assertThat(round.complete()).isTrue();
		assertThat(round.next()).isEmpty();
		assertThat(round.outcomes()).containsEntry(1L, TurnOutcome.SPOKE)
			.containsEntry(2L, TurnOutcome.SPOKE)
			.containsEntry(3L, TurnOutcome.PASSED);
		assertThat(round.turns()).hasSize(5);
		assertThat(round.turns().get(3).comeBack()).isTrue();
	}

	@Test
	void someone_leaving_mid_turn_ends_it_and_is_skipped_from_then_on() {
		Round round = new Round(Stage.TIME_TO_THINK, 1, "Q", List.of(1L, 2L, 3L), null);
		round.start(1, at(0));
		round.end(1, TurnOutcome.PASSED, at(1));
		round.start(2, at(1));
		round.leave(2, at(20));
		assertThat(round.turns().get(1).outcome()).isEqualTo(TurnOutcome.LEFT);
		round.leave(1, at(21));
		assertThat(round.next()).contains(3L);
		round.start(3, at(22));
		round.end(3, TurnOutcome.SPOKE, at(30));
		assertThat(round.complete()).isTrue();
	}

	@Test
	void an_order_needs_each_person_once_and_a_timer_is_optional_within_limits() {
		assertThatThrownBy(() -> new Round(Stage.TIME_TO_THINK, 1, "Q", List.of(1L, 1L), null))
			.hasMessageContaining("only once");
		assertThatThrownBy(() -> new Round(Stage.TIME_TO_THINK, 1, "Q", List.of(), null))
			.hasMessageContaining("at least one");
		assertThatThrownBy(() -> new Round(Stage.TIME_TO_THINK, 1, "Q", List.of(1L), 5)).hasMessageContaining("timer");
		assertThat(new Round(Stage.TIME_TO_THINK, 1, "Q", List.of(1L), 90).turnSeconds()).isEqualTo(90);
	}

	@Test
	void ending_early_closes_the_turn_in_progress_and_invites_nobody() {
		Round round = new Round(Stage.AGREEMENT, 1, "Q", List.of(1L, 2L), null);
		round.start(1, at(0));
		round.endEarly(at(30));
		assertThat(round.complete()).isTrue();
		assertThat(round.next()).isEmpty();
		assertThatThrownBy(() -> round.start(2, at(31))).hasMessageContaining("ended");
	}

}
