package org.threefold.workshop;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import org.threefold.shared.ValidationException;
import org.threefold.shared.WorkshopId;
import org.threefold.workshop.WorkshopSnapshot.Participant;
import org.threefold.workshop.internal.Secrets;
import org.threefold.workshop.internal.WorkshopAggregate;
import org.threefold.workshop.internal.WorkshopStore;

/**
 * What participants do, without an account: they join with the workshop's code and act
 * with the token they were given, which their browser keeps. No {@code @RolesAllowed}:
 * holding the code (to join) or the token (to act) is what grants access, as with the
 * respondent's links. Rate limits on guessing codes belong in front of the application
 * (docs/workshops.md).
 */
@Service
public class WorkshopParticipation {

	private static final String WRONG_CODE = "No workshop has this code. Check it with your facilitator: it has eight"
			+ " letters and numbers, such as ABCD-2345.";

	private final WorkshopStore store;

	private final Clock clock;

	WorkshopParticipation(WorkshopStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	/** The join page for a code; a wrong or finished workshop's code is refused. */
	public JoinPage lobby(String code) {
		WorkshopId id = workshopFor(code);
		WorkshopStore.Header header = this.store.header(id);
		WorkshopSnapshot snapshot = this.store.snapshot(id);
		if (snapshot.status() == WorkshopStatus.FINISHED) {
			throw new ValidationException(
					"This workshop has finished, so its code no longer works. Thank you for" + " taking part.");
		}
		List<JoinPage.PartnerOption> options = partnerOptions(id);
		return new JoinPage(id, header.title(), header.mode(), snapshot.status(), header.startsAt(), options);
	}

	private List<JoinPage.PartnerOption> partnerOptions(WorkshopId id) {
		List<JoinPage.PartnerOption> options = new ArrayList<>();
		this.store.partnerChoices(id)
			.forEach((partner) -> options.add(new JoinPage.PartnerOption(partner.id(), partner.name())));
		return options;
	}

	/** Joins a workshop: a new participant with a new token. */
	public Joined join(String code, JoinRequest request) {
		WorkshopId id = workshopFor(code);
		String token = Secrets.token();
		long[] participant = new long[1];
		this.store.change(id, "participant", (workshop) -> {
			workshop.join(0, request.name(), request.partner(), request.profession(), request.seniority());
			participant[0] = this.store.addParticipant(id, Secrets.hash(token));
			return workshop.join(participant[0], request.name(), request.partner(), request.profession(),
					request.seniority());
		});
		return new Joined(id, participant[0], token);
	}

	/**
	 * The participant a kept token belongs to, if it belongs to this code's workshop and
	 * they have not left; joining twice from one browser is the same person.
	 */
	public Optional<Long> rejoin(String code, String token) {
		String normalised = Secrets.normaliseCode(code);
		if (normalised == null || token == null || token.isBlank()) {
			return Optional.empty();
		}
		Optional<WorkshopId> id = this.store.byCode(normalised);
		Optional<long[]> found = this.store.participantByToken(Secrets.hash(token));
		if (id.isEmpty() || found.isEmpty() || found.get()[0] != id.get().value()) {
			return Optional.empty();
		}
		WorkshopSnapshot snapshot = this.store.snapshot(id.get());
		return snapshot.participant(found.get()[1]).filter((person) -> !person.left()).map(Participant::id);
	}

	/** Which workshop a token belongs to, for subscribing to its changes. */
	public WorkshopId workshopOf(String token) {
		return new WorkshopId(who(token)[0]);
	}

	/** What the token's holder may see now. */
	public ParticipantScreen screen(String token) {
		long[] who = who(token);
		return screenFor(this.store.snapshot(new WorkshopId(who[0])), who[1]);
	}

	/** Builds a participant's screen from a snapshot; public for the benchmark. */
	public static ParticipantScreen screenFor(WorkshopSnapshot snapshot, long participant) {
		Participant me = snapshot.participant(participant).orElseThrow();
		Map<Long, String> themeNames = snapshot.themes()
			.stream()
			.collect(Collectors.toMap(WorkshopSnapshot.Theme::id, WorkshopSnapshot.Theme::name));
		Optional<ParticipantScreen.RoundScreen> round = snapshot.round()
			.filter((r) -> r.stage() == snapshot.stage())
			.map((r) -> {
				List<ParticipantScreen.OrderLine> order = new ArrayList<>();
				for (Long person : r.order()) {
					String status;
					if (r.speaker().isPresent() && r.speaker().get().equals(person)) {
						status = "Speaking";
					}
					else {
						TurnOutcome outcome = r.outcomes().get(person);
						status = (outcome == null) ? "Waiting" : switch (outcome) {
							case SPOKE -> "Spoke";
							case PASSED -> r.waiting().contains(person) ? "Passed, will be asked again" : "Passed";
							case LEFT -> "Left";
						};
					}
					order.add(new ParticipantScreen.OrderLine(snapshot.name(person), person == participant, status));
				}
				return new ParticipantScreen.RoundScreen(r.number(), r.question(),
						r.speaker().map(snapshot::name).orElse(null),
						r.speaker().map((s) -> s == participant).orElse(false), r.speakerSince(), r.turnSeconds(),
						order, r.comingBack(), r.complete());
			});
		List<ParticipantScreen.PostItView> mine = snapshot.postIts()
			.stream()
			.filter((note) -> note.author() == participant)
			.map((note) -> new ParticipantScreen.PostItView(note.question(), note.text(),
					(note.theme() == null) ? null : themeNames.get(note.theme())))
			.toList();
		List<ParticipantScreen.PostItView> revealed = snapshot.postIts()
			.stream()
			.filter((note) -> snapshot.revealed().contains(note.question()))
			.map((note) -> new ParticipantScreen.PostItView(note.question(), note.text(),
					(note.theme() == null) ? null : themeNames.get(note.theme())))
			.toList();
		Optional<WorkshopSnapshot.Group> group = snapshot.groupOf(participant);
		Optional<ParticipantScreen.GroupScreen> groupScreen = group
			.map((g) -> new ParticipantScreen.GroupScreen(g.number(),
					g.members().stream().map(snapshot::name).toList()));
		Optional<ParticipantScreen.RankingScreen> ranking = snapshot.ranking().map((r) -> {
			List<String> order = group.map((g) -> r.drafts().get(g.number())).orElse(null);
			WorkshopSnapshot.Submission submission = group.map((g) -> r.submissions().get(g.number())).orElse(null);
			return new ParticipantScreen.RankingScreen((order == null) ? r.themes() : order, r.deadline(), r.open(),
					(submission == null) ? null : snapshot.name(submission.by()),
					submission != null && submission.late(), r.open() ? List.of() : r.combined());
		});
		Map<Long, String> partnerNames = snapshot.participants()
			.stream()
			.collect(Collectors.toMap((p) -> p.partner().value(), Participant::partnerName, (a, b) -> a));
		List<ParticipantScreen.AgreementView> agreements = snapshot.agreements()
			.stream()
			.map((a) -> new ParticipantScreen.AgreementView(a.title(),
					(a.owner() == null) ? null : partnerNames.getOrDefault(a.owner().value(), "a partner"), a.due()))
			.toList();
		return new ParticipantScreen(snapshot.id(), snapshot.version(), snapshot.title(), snapshot.status(),
				snapshot.stage(), me, snapshot.present().size(), round,
				snapshot.plan().prompts(Stage.INDIVIDUAL_THOUGHTS), mine, revealed, groupScreen, ranking, agreements);
	}

	/** Ends the holder's turn having passed; they will be asked again at the end. */
	public ParticipantScreen pass(String token) {
		return act(token, (workshop, me) -> workshop.endTurn(me, TurnOutcome.PASSED));
	}

	/** Ends the holder's turn having spoken. */
	public ParticipantScreen finishedSpeaking(String token) {
		return act(token, (workshop, me) -> workshop.endTurn(me, TurnOutcome.SPOKE));
	}

	public ParticipantScreen writePostIt(String token, int question, String text) {
		return act(token, (workshop, me) -> workshop.writePostIt(workshop.nextPostItId(), me, question, text));
	}

	/** Moves the group's shared order; every member sees it. */
	public ParticipantScreen moveRanking(String token, List<String> order) {
		return act(token, (workshop, me) -> workshop.moveRanking(me, order));
	}

	/** Submits the group's ranking; the first submission stands. */
	public ParticipantScreen submitRanking(String token, List<String> order) {
		return act(token, (workshop, me) -> workshop.submitRanking(me, order, this.store.now()));
	}

	/** Leaves the workshop; a turn in progress ends and the round moves on. */
	public void leave(String token) {
		long[] who = who(token);
		this.store.change(new WorkshopId(who[0]), "participant " + who[1], (workshop) -> workshop.leave(who[1]));
	}

	private interface Action {

		List<org.threefold.workshop.internal.WorkshopEvent> decide(WorkshopAggregate workshop, long me);

	}

	private ParticipantScreen act(String token, Action action) {
		long[] who = who(token);
		WorkshopSnapshot after = this.store.change(new WorkshopId(who[0]), "participant " + who[1],
				(workshop) -> action.decide(workshop, who[1]));
		return screenFor(after, who[1]);
	}

	private long[] who(String token) {
		if (token == null || token.isBlank() || token.length() > 100) {
			throw new ValidationException("Your place in this workshop was not found; please join again.");
		}
		return this.store.participantByToken(Secrets.hash(token))
			.orElseThrow(
					() -> new ValidationException("Your place in this workshop was not found; please join again."));
	}

	private WorkshopId workshopFor(String code) {
		String normalised = Secrets.normaliseCode(code);
		if (normalised == null) {
			throw new ValidationException(WRONG_CODE);
		}
		return this.store.byCode(normalised).orElseThrow(() -> new ValidationException(WRONG_CODE));
	}

}
