package org.threefold.workshop;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import org.threefold.partner.Profession;
import org.threefold.partner.SeniorityBand;
import org.threefold.security.Role;
import org.threefold.security.SignedInUser;
import org.threefold.shared.IcsId;
import org.threefold.shared.NotFoundException;
import org.threefold.shared.PartnerId;
import org.threefold.shared.ValidationException;
import org.threefold.shared.WorkshopActionAgreed;
import org.threefold.shared.WorkshopId;
import org.threefold.support.SignIn;
import org.threefold.workshop.internal.WorkshopStore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A workshop run through the services, with the bad input and faults of issue 5: wrong
 * and expired codes, joining twice, two facilitator tabs, a stage moved back, someone
 * leaving mid-turn, a ranking submitted twice or after closing, and text kept as text.
 * Each test makes its own workshop, so they do not depend on each other's order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@RecordApplicationEvents
abstract class WorkshopContract {

	@Autowired
	WorkshopService workshops;

	@Autowired
	WorkshopParticipation participation;

	@Autowired
	WorkshopVoiceService voice;

	@Autowired
	WorkshopStore store;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEvents events;

	SignedInUser facilitator;

	IcsId ics;

	List<PartnerId> partners;

	@BeforeAll
	void demoPartnership() {
		this.ics = new IcsId(this.jdbc.queryForObject("select id from ics where code = 'NORTH-VALE'", Long.class));
		this.facilitator = SignIn.as(Role.FACILITATOR, this.ics, null);
		this.partners = this.jdbc
			.queryForList("select id from partner where ics_id = ? order by name", Long.class, this.ics.value())
			.stream()
			.map(PartnerId::new)
			.toList();
	}

	private WorkshopId newWorkshop() {
		return SignIn.run(this.facilitator, () -> this.workshops
			.create(WorkshopPlan.template("Test " + System.nanoTime(), WorkshopMode.MIXED, null)));
	}

	private String code(WorkshopId id) {
		return SignIn.run(this.facilitator, () -> this.workshops.snapshot(id).joinCode());
	}

	private Joined join(WorkshopId id, String name, int partner, SeniorityBand band) {
		return this.participation.join(code(id),
				new JoinRequest(name, this.partners.get(partner), Profession.NURSE, band));
	}

	private <T> T asFacilitator(java.util.function.Supplier<T> work) {
		return SignIn.run(this.facilitator, work);
	}

	/** Four people joined and the workshop started. */
	private List<Joined> room(WorkshopId id) {
		List<Joined> people = new ArrayList<>();
		people.add(join(id, "Ann", 0, SeniorityBand.FRONTLINE));
		people.add(join(id, "Bo", 1, SeniorityBand.SENIOR_LEADER));
		people.add(join(id, "Cy", 2, SeniorityBand.MANAGER_TEAM_LEADER));
		people.add(join(id, "Di", 3, SeniorityBand.BOARD_EXECUTIVE));
		asFacilitator(() -> this.workshops.start(id));
		return people;
	}

	private List<Long> order(List<Joined> people) {
		return people.stream().map(Joined::participant).toList();
	}

	@Test
	void a_wrong_code_and_a_finished_workshops_code_are_refused_with_a_clear_message() {
		assertThatThrownBy(() -> this.participation.lobby("nonsense")).isInstanceOf(ValidationException.class)
			.hasMessageContaining("No workshop has this code");
		assertThatThrownBy(() -> this.participation.lobby("ZZZZ-ZZZZ"))
			.hasMessageContaining("No workshop has this code");
		WorkshopId id = newWorkshop();
		assertThat(this.participation.lobby(code(id).toLowerCase()).partners()).hasSize(this.partners.size());
		room(id);
		asFacilitator(() -> this.workshops.finish(id));
		assertThatThrownBy(() -> this.participation.lobby(code(id))).hasMessageContaining("finished");
		assertThatThrownBy(() -> join(id, "Late", 0, SeniorityBand.FRONTLINE)).hasMessageContaining("finished");
	}

	@Test
	void joining_again_with_the_kept_token_is_the_same_participant_and_another_workshops_token_is_not() {
		WorkshopId id = newWorkshop();
		WorkshopId other = newWorkshop();
		Joined ann = join(id, "Ann", 0, SeniorityBand.FRONTLINE);
		Joined elsewhere = join(other, "Ann", 0, SeniorityBand.FRONTLINE);
		assertThat(this.participation.rejoin(code(id), ann.token())).contains(ann.participant());
		assertThat(this.participation.rejoin(code(id), elsewhere.token())).isEmpty();
		assertThat(this.participation.rejoin(code(id), "made-up")).isEmpty();
		assertThat(asFacilitator(() -> this.workshops.snapshot(id)).participants()).hasSize(1);
	}

	@Test
	void a_join_with_missing_details_says_everything_wrong_and_stores_nothing() {
		WorkshopId id = newWorkshop();
		assertThatThrownBy(
				() -> this.participation.join(code(id), new JoinRequest(" ", new PartnerId(999_999), null, null)))
			.isInstanceOfSatisfying(ValidationException.class, (ex) -> assertThat(ex.problems()).hasSize(4));
		assertThat(this.store.participantCount(id)).isZero();
		assertThat(asFacilitator(() -> this.workshops.snapshot(id)).version()).isZero();
	}

	@Test
	void a_check_in_round_with_a_pass_and_a_come_back_where_they_pass_again() {
		WorkshopId id = newWorkshop();
		List<Joined> people = room(id);
		asFacilitator(() -> this.workshops.startRound(id, "How are you?", order(people), null));
		asFacilitator(() -> this.workshops.inviteNext(id));
		assertThat(this.participation.screen(people.get(0).token()).round().orElseThrow().myTurn()).isTrue();
		assertThat(this.participation.screen(people.get(1).token()).round().orElseThrow().speakerName())
			.isEqualTo("Ann");
		this.participation.pass(people.get(0).token());
		for (int i = 1; i < 4; i++) {
			asFacilitator(() -> this.workshops.inviteNext(id));
			this.participation.finishedSpeaking(people.get(i).token());
		}
		WorkshopSnapshot coming = asFacilitator(() -> this.workshops.inviteNext(id));
		assertThat(coming.round().orElseThrow().comingBack()).isTrue();
		assertThat(coming.round().orElseThrow().speaker()).contains(people.get(0).participant());
		this.participation.pass(people.get(0).token());
		WorkshopSnapshot done = asFacilitator(() -> this.workshops.snapshot(id));
		assertThat(done.round().orElseThrow().complete()).isTrue();
		assertThat(done.turns()).hasSize(5);
		assertThatThrownBy(() -> asFacilitator(() -> this.workshops.inviteNext(id)))
			.hasMessageContaining("No round is running");
		VoiceRecord byPartner = asFacilitator(() -> this.voice.voice(id, VoiceGrouping.PARTICIPANT));
		assertThat(byPartner.total().turns()).isEqualTo(3);
		assertThat(byPartner.total().passes()).isEqualTo(2);
	}

	@Test
	void two_facilitator_tabs_acting_on_the_same_turn_get_one_step_and_a_clear_refusal() {
		WorkshopId id = newWorkshop();
		List<Joined> people = room(id);
		asFacilitator(() -> this.workshops.startRound(id, "Q", order(people), 60));
		asFacilitator(() -> this.workshops.inviteNext(id));
		assertThatThrownBy(() -> asFacilitator(() -> this.workshops.inviteNext(id)))
			.hasMessageContaining("only one person speaks");
		long ann = people.get(0).participant();
		asFacilitator(() -> this.workshops.endTurn(id, ann, TurnOutcome.SPOKE));
		assertThatThrownBy(() -> asFacilitator(() -> this.workshops.endTurn(id, ann, TurnOutcome.SPOKE)))
			.hasMessageContaining("already ended");
		assertThatThrownBy(() -> asFacilitator(() -> this.workshops.startRound(id, "Q2", order(people), null)))
			.hasMessageContaining("Finish the current round");
		assertThat(asFacilitator(() -> this.workshops.snapshot(id)).turns()).hasSize(1);
	}

	@Test
	void moving_a_stage_back_keeps_everything_and_a_new_round_counts_on() {
		WorkshopId id = newWorkshop();
		List<Joined> people = room(id);
		asFacilitator(() -> this.workshops.openStage(id, Stage.INDIVIDUAL_THOUGHTS));
		this.participation.writePostIt(people.get(0).token(), 0, "Kept");
		asFacilitator(() -> this.workshops.openStage(id, Stage.TIME_TO_THINK));
		asFacilitator(() -> this.workshops.startRound(id, "Q", order(people), null));
		asFacilitator(() -> this.workshops.inviteNext(id));
		WorkshopSnapshot back = asFacilitator(() -> this.workshops.openStage(id, Stage.INDIVIDUAL_THOUGHTS));
		assertThat(back.stage()).isEqualTo(Stage.INDIVIDUAL_THOUGHTS);
		assertThat(back.postIts()).extracting(WorkshopSnapshot.PostIt::text).containsExactly("Kept");
		assertThat(back.turns()).hasSize(1);
		assertThatThrownBy(() -> asFacilitator(() -> this.workshops.openStage(id, Stage.INDIVIDUAL_THOUGHTS)))
			.hasMessageContaining("already in");
		asFacilitator(() -> this.workshops.openStage(id, Stage.TIME_TO_THINK));
		WorkshopSnapshot again = asFacilitator(() -> this.workshops.startRound(id, "Q", order(people), null));
		assertThat(again.round().orElseThrow().number()).isEqualTo(2);
	}

	@Test
	void a_participant_leaving_mid_turn_ends_it_and_the_round_moves_on() {
		WorkshopId id = newWorkshop();
		List<Joined> people = room(id);
		asFacilitator(() -> this.workshops.startRound(id, "Q", order(people), null));
		asFacilitator(() -> this.workshops.inviteNext(id));
		this.participation.leave(people.get(0).token());
		WorkshopSnapshot after = asFacilitator(() -> this.workshops.snapshot(id));
		assertThat(after.round().orElseThrow().next()).contains(people.get(1).participant());
		assertThat(after.turns()).singleElement()
			.extracting(WorkshopSnapshot.Turn::outcome)
			.isEqualTo(TurnOutcome.LEFT);
		assertThatThrownBy(() -> this.participation.pass(people.get(0).token()))
			.isInstanceOf(ValidationException.class);
		assertThat(this.participation.rejoin(code(id), people.get(0).token())).isEmpty();
	}

	@Test
	void post_its_are_private_until_revealed_and_kept_as_text_within_limits() {
		WorkshopId id = newWorkshop();
		List<Joined> people = room(id);
		assertThatThrownBy(() -> this.participation.writePostIt(people.get(0).token(), 0, "Too early"))
			.hasMessageContaining("stage two");
		asFacilitator(() -> this.workshops.openStage(id, Stage.INDIVIDUAL_THOUGHTS));
		this.participation.writePostIt(people.get(0).token(), 0, "<b>Shared\u0000 records</b>");
		assertThatThrownBy(() -> this.participation.writePostIt(people.get(0).token(), 0, "x".repeat(281)))
			.hasMessageContaining("280");
		assertThatThrownBy(() -> this.participation.writePostIt(people.get(0).token(), 7, "x"))
			.hasMessageContaining("questions");
		ParticipantScreen others = this.participation.screen(people.get(1).token());
		assertThat(others.revealedPostIts()).isEmpty();
		assertThat(this.participation.screen(people.get(0).token()).myPostIts()).singleElement()
			.extracting(ParticipantScreen.PostItView::text)
			.isEqualTo("<b>Shared records</b>");
		WorkshopSnapshot shown = asFacilitator(() -> this.workshops.reveal(id, 0));
		assertThat(this.participation.screen(people.get(1).token()).revealedPostIts()).hasSize(1);
		asFacilitator(() -> this.workshops.addTheme(id, "Records"));
		assertThatThrownBy(() -> asFacilitator(() -> this.workshops.addTheme(id, "records")))
			.hasMessageContaining("already");
		long theme = asFacilitator(() -> this.workshops.snapshot(id)).themes().get(0).id();
		asFacilitator(() -> this.workshops.cluster(id, shown.postIts().get(0).id(), theme));
		assertThat(asFacilitator(() -> this.workshops.rankingThemes(id))).startsWith("Records");
	}

	@Test
	void a_group_ranking_submitted_twice_keeps_the_first_and_after_closing_is_refused() {
		WorkshopId id = newWorkshop();
		List<Joined> people = room(id);
		asFacilitator(() -> this.workshops.openStage(id, Stage.GROUPS));
		WorkshopSnapshot grouped = asFacilitator(() -> this.workshops.formGroups(id, 2));
		assertThat(grouped.groups()).hasSize(2);
		List<String> themes = List.of("A", "B", "C");
		asFacilitator(() -> this.workshops.openRanking(id, themes, 15));
		Joined first = people.stream()
			.filter((p) -> grouped.groupOf(p.participant()).orElseThrow().number() == 1)
			.findFirst()
			.orElseThrow();
		Joined second = people.stream()
			.filter((p) -> grouped.groupOf(p.participant()).orElseThrow().number() == 2)
			.findFirst()
			.orElseThrow();
		this.participation.moveRanking(first.token(), List.of("C", "A", "B"));
		assertThatThrownBy(() -> this.participation.submitRanking(first.token(), List.of("C", "A")))
			.hasMessageContaining("every theme");
		this.participation.submitRanking(first.token(), List.of("C", "A", "B"));
		assertThatThrownBy(() -> this.participation.submitRanking(first.token(), List.of("A", "B", "C")))
			.hasMessageContaining("first submission stands");
		asFacilitator(() -> this.workshops.closeRanking(id));
		assertThatThrownBy(() -> this.participation.submitRanking(second.token(), List.of("A", "B", "C")))
			.hasMessageContaining("closed");
		List<CombinedRank> combined = asFacilitator(() -> this.workshops.combinedRanking(id));
		assertThat(combined.get(0).theme()).isEqualTo("C");
		assertThat(combined.get(0).groups()).isEqualTo(1);
	}

	@Test
	void an_agreed_action_is_stored_and_published_for_the_action_plan() {
		WorkshopId id = newWorkshop();
		room(id);
		assertThatThrownBy(
				() -> asFacilitator(() -> this.workshops.agree(id, new ActionDraft("Too soon", null, null, null))))
			.hasMessageContaining("stage five");
		asFacilitator(() -> this.workshops.openStage(id, Stage.AGREEMENT));
		assertThatThrownBy(() -> asFacilitator(() -> this.workshops.agree(id,
				new ActionDraft(" ", new PartnerId(999_999), LocalDate.now().minusDays(2), "not a code"))))
			.isInstanceOfSatisfying(ValidationException.class, (ex) -> assertThat(ex.problems()).hasSize(4));
		asFacilitator(() -> this.workshops.agree(id, new ActionDraft("Share discharge summaries", this.partners.get(0),
				LocalDate.now().plusMonths(2), "r5")));
		WorkshopActionAgreed agreed = this.events.stream(WorkshopActionAgreed.class)
			.filter((event) -> event.workshop().equals(id))
			.findFirst()
			.orElseThrow();
		assertThat(agreed.title()).isEqualTo("Share discharge summaries");
		assertThat(agreed.subDimension()).isEqualTo("R5");
		assertThat(agreed.owner()).isEqualTo(this.partners.get(0));
		assertThat(agreed.ics()).isEqualTo(this.ics);
	}

	@Test
	void the_state_rebuilt_from_the_log_equals_the_state_held_in_memory() {
		WorkshopId id = newWorkshop();
		List<Joined> people = room(id);
		asFacilitator(() -> this.workshops.startRound(id, "Q", order(people), null));
		asFacilitator(() -> this.workshops.inviteNext(id));
		this.participation.pass(people.get(0).token());
		asFacilitator(() -> this.workshops.inviteNext(id));
		WorkshopSnapshot before = asFacilitator(() -> this.workshops.snapshot(id));
		this.store.forgetAll();
		WorkshopSnapshot after = asFacilitator(() -> this.workshops.snapshot(id));
		assertThat(after).isEqualTo(before);
	}

	@Test
	void another_ics_cannot_see_the_workshop_and_nobody_signed_out_can_run_one() {
		WorkshopId id = newWorkshop();
		SignedInUser stranger = SignIn.as(Role.FACILITATOR, new IcsId(Long.MAX_VALUE - 1), null);
		assertThatThrownBy(() -> SignIn.run(stranger, () -> this.workshops.snapshot(id)))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.workshops.start(id)).isInstanceOfAny(AccessDeniedException.class,
				AuthenticationCredentialsNotFoundException.class);
		SignedInUser board = SignIn.as(Role.BOARD_VIEWER, this.ics, null);
		assertThatThrownBy(() -> SignIn.run(board, () -> this.workshops.start(id)))
			.isInstanceOf(AccessDeniedException.class);
	}

}
