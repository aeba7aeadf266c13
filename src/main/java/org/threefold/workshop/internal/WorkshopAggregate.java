package org.threefold.workshop.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.threefold.partner.Profession;
import org.threefold.partner.SeniorityBand;
import org.threefold.partner.Sector;
import org.threefold.shared.PartnerId;
import org.threefold.shared.ValidationException;
import org.threefold.shared.WorkshopId;
import org.threefold.workshop.Stage;
import org.threefold.workshop.TurnOutcome;
import org.threefold.workshop.WorkshopMode;
import org.threefold.workshop.WorkshopPlan;
import org.threefold.workshop.WorkshopSnapshot;
import org.threefold.workshop.WorkshopSnapshot.Agreement;
import org.threefold.workshop.WorkshopSnapshot.Group;
import org.threefold.workshop.WorkshopSnapshot.Participant;
import org.threefold.workshop.WorkshopSnapshot.PostIt;
import org.threefold.workshop.WorkshopSnapshot.RankingView;
import org.threefold.workshop.WorkshopSnapshot.RoundView;
import org.threefold.workshop.WorkshopSnapshot.Submission;
import org.threefold.workshop.WorkshopSnapshot.Theme;
import org.threefold.workshop.WorkshopSnapshot.Turn;
import org.threefold.workshop.WorkshopStatus;
import org.threefold.workshop.internal.WorkshopEvent.ActionAgreed;
import org.threefold.workshop.internal.WorkshopEvent.Finished;
import org.threefold.workshop.internal.WorkshopEvent.GroupsFormed;
import org.threefold.workshop.internal.WorkshopEvent.Joined;
import org.threefold.workshop.internal.WorkshopEvent.Left;
import org.threefold.workshop.internal.WorkshopEvent.PostItClustered;
import org.threefold.workshop.internal.WorkshopEvent.PostItWritten;
import org.threefold.workshop.internal.WorkshopEvent.PostItsRevealed;
import org.threefold.workshop.internal.WorkshopEvent.RankingClosed;
import org.threefold.workshop.internal.WorkshopEvent.RankingMoved;
import org.threefold.workshop.internal.WorkshopEvent.RankingOpened;
import org.threefold.workshop.internal.WorkshopEvent.RankingSubmitted;
import org.threefold.workshop.internal.WorkshopEvent.RoundEnded;
import org.threefold.workshop.internal.WorkshopEvent.RoundStarted;
import org.threefold.workshop.internal.WorkshopEvent.StageOpened;
import org.threefold.workshop.internal.WorkshopEvent.Started;
import org.threefold.workshop.internal.WorkshopEvent.ThemeAdded;
import org.threefold.workshop.internal.WorkshopEvent.TurnEnded;
import org.threefold.workshop.internal.WorkshopEvent.TurnStarted;

/**
 * One workshop's state, rebuilt by applying its stored events in order, and the decisions
 * that check a request against that state and say which events it causes. A decision that
 * refuses throws {@link ValidationException} before anything is stored, so bad input
 * changes nothing. Not thread-safe: {@link WorkshopStore} holds the workshop's lock while
 * deciding and applying, and readers only ever see the immutable {@link #snapshot()}.
 */
public final class WorkshopAggregate {

	public static final int MAX_NAME = 60;

	public static final int MAX_POST_IT = 280;

	public static final int MAX_POST_ITS_EACH = 30;

	public static final int MAX_ACTION = 300;

	public static final int MAX_PARTICIPANTS = 400;

	private static final Pattern SUB_DIMENSION = Pattern.compile("[A-Z]{1,3}[0-9]{1,2}");

	/** A partner a participant may choose, copied when the workshop was made. */
	public record PartnerChoice(PartnerId id, String name, Sector sector) {
	}

	private final WorkshopId id;

	private final String title;

	private final WorkshopMode mode;

	private final WorkshopPlan plan;

	private final String joinCode;

	private final Map<Long, PartnerChoice> partners;

	private WorkshopStatus status = WorkshopStatus.SCHEDULED;

	private Stage stage;

	private long version;

	private final Map<Long, Participant> participants = new LinkedHashMap<>();

	private Round round;

	private final Map<Stage, Integer> roundsPerStage = new EnumMap<>(Stage.class);

	private final List<WorkshopSnapshot.RoundAsked> asked = new ArrayList<>();

	private final List<Turn> turns = new ArrayList<>();

	private final Map<Long, PostIt> postIts = new LinkedHashMap<>();

	private final Set<Integer> revealed = new LinkedHashSet<>();

	private final Map<Long, Theme> themes = new LinkedHashMap<>();

	private List<Group> groups = List.of();

	private List<String> rankingThemes;

	private Instant rankingDeadline;

	private boolean rankingOpen;

	private final Map<Integer, List<String>> drafts = new TreeMap<>();

	private final Map<Integer, Submission> submissions = new TreeMap<>();

	private final List<Agreement> agreements = new ArrayList<>();

	private WorkshopSnapshot snapshot;

	public WorkshopAggregate(WorkshopId id, String title, WorkshopMode mode, WorkshopPlan plan, String joinCode,
			List<PartnerChoice> partners) {
		this.id = id;
		this.title = title;
		this.mode = mode;
		this.plan = plan;
		this.joinCode = joinCode;
		this.partners = new LinkedHashMap<>();
		partners.forEach((partner) -> this.partners.put(partner.id().value(), partner));
	}

	public long version() {
		return this.version;
	}

	public WorkshopStatus status() {
		return this.status;
	}

	public List<PartnerChoice> partners() {
		return List.copyOf(this.partners.values());
	}

	// ---------------------------------------------------------------- applying events

	/** Applies one stored event; {@code seq} must follow the last one applied. */
	public void apply(long seq, WorkshopEvent event, Instant at) {
		if (seq != this.version + 1) {
			throw new IllegalStateException("Event " + seq + " of workshop " + this.id + " after " + this.version);
		}
		switch (event) {
			case Started started -> {
				this.status = WorkshopStatus.RUNNING;
				this.stage = Stage.CHECK_IN;
			}
			case Joined joined -> {
				PartnerChoice partner = this.partners.get(joined.partner());
				this.participants.put(joined.participant(),
						new Participant(joined.participant(), joined.name(), partner.id(), partner.name(),
								partner.sector(), Profession.valueOf(joined.profession()),
								SeniorityBand.valueOf(joined.seniority()), at, false));
			}
			case Left left -> {
				Participant person = this.participants.get(left.participant());
				this.participants.put(person.id(),
						new Participant(person.id(), person.name(), person.partner(), person.partnerName(),
								person.sector(), person.profession(), person.seniority(), person.joinedAt(), true));
				if (this.round != null && !this.round.complete()) {
					int before = this.round.turns().size();
					this.round.leave(left.participant(), at);
					recordTurns(before);
				}
			}
			case StageOpened opened -> {
				this.stage = opened.stage();
				this.round = null;
			}
			case RoundStarted started -> {
				this.round = new Round(started.stage(), started.number(), started.question(), started.order(),
						started.turnSeconds());
				this.roundsPerStage.merge(started.stage(), 1, Integer::sum);
				this.asked.add(new WorkshopSnapshot.RoundAsked(started.stage(), started.number(), started.question()));
			}
			case TurnStarted started -> this.round.start(started.participant(), at);
			case TurnEnded ended -> {
				int before = this.round.turns().size();
				this.round.end(ended.participant(), ended.outcome(), at);
				recordTurns(before);
			}
			case RoundEnded ended -> {
				int before = this.round.turns().size();
				this.round.endEarly(at);
				recordTurns(before);
			}
			case PostItWritten written -> this.postIts.put(written.postIt(),
					new PostIt(written.postIt(), written.participant(), written.question(), written.text(), null));
			case PostItsRevealed shown -> this.revealed.add(shown.question());
			case ThemeAdded added -> this.themes.put(added.theme(), new Theme(added.theme(), added.name()));
			case PostItClustered clustered -> {
				PostIt postIt = this.postIts.get(clustered.postIt());
				this.postIts.put(postIt.id(),
						new PostIt(postIt.id(), postIt.author(), postIt.question(), postIt.text(), clustered.theme()));
			}
			case GroupsFormed formed -> {
				List<Group> made = new ArrayList<>();
				for (int i = 0; i < formed.groups().size(); i++) {
					made.add(new Group(i + 1, List.copyOf(formed.groups().get(i))));
				}
				this.groups = List.copyOf(made);
			}
			case RankingOpened opened -> {
				this.rankingThemes = List.copyOf(opened.themes());
				this.rankingDeadline = opened.deadline();
				this.rankingOpen = true;
				this.drafts.clear();
				this.submissions.clear();
			}
			case RankingMoved moved -> this.drafts.put(moved.group(), List.copyOf(moved.order()));
			case RankingSubmitted submitted -> {
				this.drafts.put(submitted.group(), List.copyOf(submitted.order()));
				this.submissions.put(submitted.group(),
						new Submission(List.copyOf(submitted.order()), submitted.participant(), at, submitted.late()));
			}
			case RankingClosed closed -> this.rankingOpen = false;
			case ActionAgreed agreed -> this.agreements.add(new Agreement(agreed.agreement(), agreed.title(),
					(agreed.owner() == null) ? null : new PartnerId(agreed.owner()), agreed.due(),
					agreed.subDimension(), at));
			case Finished finished -> {
				this.status = WorkshopStatus.FINISHED;
				if (this.round != null && !this.round.complete()) {
					int before = this.round.turns().size();
					this.round.endEarly(at);
					recordTurns(before);
				}
			}
		}
		this.version = seq;
		this.snapshot = null;
	}

	private void recordTurns(int before) {
		List<Round.TurnRecord> all = this.round.turns();
		for (int i = before; i < all.size(); i++) {
			Round.TurnRecord turn = all.get(i);
			this.turns.add(new Turn(turn.participant(), this.round.stage(), this.round.number(), turn.outcome(),
					turn.start(), turn.end()));
		}
	}

	// ---------------------------------------------------------------- decisions

	private void requireRunning() {
		if (this.status == WorkshopStatus.SCHEDULED) {
			throw new ValidationException("The workshop has not started yet.");
		}
		if (this.status == WorkshopStatus.FINISHED) {
			throw new ValidationException("The workshop has finished.");
		}
	}

	public List<WorkshopEvent> start() {
		if (this.status != WorkshopStatus.SCHEDULED) {
			throw new ValidationException("The workshop has already started.");
		}
		return List.of(new Started());
	}

	public List<WorkshopEvent> join(long participant, String name, PartnerId partner, Profession profession,
			SeniorityBand seniority) {
		if (this.status == WorkshopStatus.FINISHED) {
			throw new ValidationException("This workshop has finished, so its code no longer works.");
		}
		List<String> problems = new ArrayList<>();
		String clean = Text.clean(name);
		if (clean.isEmpty()) {
			problems.add("Give the name you would like others to see.");
		}
		else if (clean.length() > MAX_NAME) {
			problems.add("Your name can be at most " + MAX_NAME + " characters.");
		}
		if (partner == null || !this.partners.containsKey(partner.value())) {
			problems.add("Choose your organisation from the list.");
		}
		if (profession == null) {
			problems.add("Choose your profession, or Other.");
		}
		if (seniority == null) {
			problems.add("Choose your seniority band.");
		}
		if (this.participants.size() >= MAX_PARTICIPANTS) {
			problems.add("This workshop is full.");
		}
		if (!problems.isEmpty()) {
			throw new ValidationException(problems);
		}
		return List.of(new Joined(participant, clean, partner.value(), profession.name(), seniority.name()));
	}

	public List<WorkshopEvent> leave(long participant) {
		Participant person = requireParticipant(participant);
		if (person.left()) {
			throw new ValidationException(person.name() + " has already left.");
		}
		return List.of(new Left(participant));
	}

	public List<WorkshopEvent> openStage(Stage next) {
		requireRunning();
		if (next == this.stage) {
			throw new ValidationException("The workshop is already in " + next.label().toLowerCase(Locale.UK) + ".");
		}
		List<WorkshopEvent> events = new ArrayList<>();
		if (this.round != null && !this.round.complete()) {
			events.add(new RoundEnded());
		}
		if (this.rankingOpen && next != Stage.GROUPS) {
			events.add(new RankingClosed());
		}
		events.add(new StageOpened(next));
		return events;
	}

	public List<WorkshopEvent> startRound(String question, List<Long> order, Integer turnSeconds) {
		requireRunning();
		if (!this.stage.rounds()) {
			throw new ValidationException(this.stage.label() + " has no rounds of speaking in turn.");
		}
		if (this.round != null && !this.round.complete()) {
			throw new ValidationException("Finish the current round first.");
		}
		List<String> problems = new ArrayList<>();
		String clean = Text.clean(question);
		if (clean.isEmpty() || clean.length() > WorkshopPlan.MAX_PROMPT) {
			problems.add("Give the round a question of 1 to " + WorkshopPlan.MAX_PROMPT + " characters.");
		}
		Set<Long> present = new HashSet<>();
		present().forEach((person) -> present.add(person.id()));
		if (order == null || order.size() != present.size() || !present.equals(new HashSet<>(order))) {
			problems.add("The order must list everyone present exactly once.");
		}
		if (turnSeconds != null && (turnSeconds < 10 || turnSeconds > 1800)) {
			problems.add("A turn timer must be between 10 seconds and 30 minutes, or none.");
		}
		if (!problems.isEmpty()) {
			throw new ValidationException(problems);
		}
		int number = this.roundsPerStage.getOrDefault(this.stage, 0) + 1;
		return List.of(new RoundStarted(this.stage, number, clean, List.copyOf(order), turnSeconds));
	}

	public List<WorkshopEvent> inviteNext() {
		requireRunning();
		Round current = requireRound();
		if (current.speaker().isPresent()) {
			throw new ValidationException(
					name(current.speaker().get()) + " has the turn; only one person speaks at a time.");
		}
		Long next = current.next()
			.orElseThrow(() -> new ValidationException("Everyone has had their turn in this round."));
		return List.of(new TurnStarted(next));
	}

	public List<WorkshopEvent> endTurn(long participant, TurnOutcome outcome) {
		requireRunning();
		Round current = requireRound();
		if (outcome == TurnOutcome.LEFT) {
			return leave(participant);
		}
		if (current.speaker().isEmpty() || current.speaker().get() != participant) {
			throw new ValidationException("That turn has already ended.");
		}
		return List.of(new TurnEnded(participant, outcome));
	}

	public List<WorkshopEvent> endRound() {
		requireRunning();
		Round current = requireRound();
		if (current.complete()) {
			throw new ValidationException("This round has already ended.");
		}
		return List.of(new RoundEnded());
	}

	public List<WorkshopEvent> writePostIt(long postIt, long participant, int question, String text) {
		requireRunning();
		Participant person = requireParticipant(participant);
		if (person.left()) {
			throw new ValidationException("You have left this workshop.");
		}
		if (this.stage != Stage.INDIVIDUAL_THOUGHTS) {
			throw new ValidationException("Post-its are written in stage two, individual thoughts.");
		}
		if (question < 0 || question >= this.plan.prompts(Stage.INDIVIDUAL_THOUGHTS).size()) {
			throw new ValidationException("Choose one of the questions.");
		}
		String clean = Text.clean(text);
		if (clean.isEmpty()) {
			throw new ValidationException("Write something on the post-it first.");
		}
		if (clean.length() > MAX_POST_IT) {
			throw new ValidationException("A post-it holds at most " + MAX_POST_IT + " characters.");
		}
		long mine = this.postIts.values().stream().filter((note) -> note.author() == participant).count();
		if (mine >= MAX_POST_ITS_EACH) {
			throw new ValidationException(
					"You have written " + MAX_POST_ITS_EACH + " post-its, the most there is room for.");
		}
		return List.of(new PostItWritten(postIt, participant, question, clean));
	}

	public List<WorkshopEvent> reveal(int question) {
		requireRunning();
		if (question < 0 || question >= this.plan.prompts(Stage.INDIVIDUAL_THOUGHTS).size()) {
			throw new ValidationException("Choose one of the questions.");
		}
		if (this.revealed.contains(question)) {
			throw new ValidationException("These post-its are already revealed.");
		}
		return List.of(new PostItsRevealed(question));
	}

	public List<WorkshopEvent> addTheme(long theme, String name) {
		requireRunning();
		String clean = Text.clean(name);
		if (clean.isEmpty() || clean.length() > WorkshopPlan.MAX_THEME) {
			throw new ValidationException("A theme needs a name of 1 to " + WorkshopPlan.MAX_THEME + " characters.");
		}
		if (this.themes.values().stream().anyMatch((existing) -> existing.name().equalsIgnoreCase(clean))) {
			throw new ValidationException("There is already a theme called \"" + clean + "\".");
		}
		return List.of(new ThemeAdded(theme, clean));
	}

	public List<WorkshopEvent> cluster(long postIt, Long theme) {
		requireRunning();
		PostIt note = this.postIts.get(postIt);
		if (note == null) {
			throw new ValidationException("That post-it does not exist.");
		}
		if (!this.revealed.contains(note.question())) {
			throw new ValidationException("Reveal the post-its before clustering them.");
		}
		if (theme != null && !this.themes.containsKey(theme)) {
			throw new ValidationException("That theme does not exist.");
		}
		return List.of(new PostItClustered(postIt, theme));
	}

	public List<WorkshopEvent> formGroups(List<List<Long>> groups) {
		requireRunning();
		if (this.stage != Stage.GROUPS) {
			throw new ValidationException("Groups are formed in stage four.");
		}
		if (this.rankingOpen) {
			throw new ValidationException("The ranking is open; close it before changing groups.");
		}
		Set<Long> seen = new HashSet<>();
		for (List<Long> group : groups) {
			if (group.isEmpty()) {
				throw new ValidationException("A group cannot be empty.");
			}
			for (Long member : group) {
				Participant person = this.participants.get(member);
				if (person == null || person.left()) {
					throw new ValidationException("Only people present can be in a group.");
				}
				if (!seen.add(member)) {
					throw new ValidationException("Each person can be in one group only.");
				}
			}
		}
		if (groups.isEmpty()) {
			throw new ValidationException("Nobody is here to put in groups.");
		}
		return List.of(new GroupsFormed(groups.stream().map(List::copyOf).toList()));
	}

	public List<WorkshopEvent> openRanking(List<String> themeNames, Instant deadline) {
		requireRunning();
		if (this.groups.isEmpty()) {
			throw new ValidationException("Form the groups first.");
		}
		if (this.rankingOpen) {
			throw new ValidationException("The ranking is already open.");
		}
		List<String> clean = themeNames.stream().map(Text::clean).filter((name) -> !name.isEmpty()).distinct().toList();
		if (clean.size() < 2) {
			throw new ValidationException("Groups need at least two themes to rank.");
		}
		if (clean.size() > 30 || clean.stream().anyMatch((name) -> name.length() > WorkshopPlan.MAX_THEME)) {
			throw new ValidationException("Give at most 30 themes of up to " + WorkshopPlan.MAX_THEME + " characters.");
		}
		return List.of(new RankingOpened(clean, deadline));
	}

	public List<WorkshopEvent> moveRanking(long participant, List<String> order) {
		int group = rankingGroupOf(participant);
		checkOrder(order);
		if (this.submissions.containsKey(group)) {
			throw new ValidationException(submittedMessage(group));
		}
		return List.of(new RankingMoved(group, List.copyOf(order), participant));
	}

	public List<WorkshopEvent> submitRanking(long participant, List<String> order, Instant now) {
		int group = rankingGroupOf(participant);
		checkOrder(order);
		if (this.submissions.containsKey(group)) {
			throw new ValidationException(submittedMessage(group));
		}
		return List.of(new RankingSubmitted(group, List.copyOf(order), participant, now.isAfter(this.rankingDeadline)));
	}

	private String submittedMessage(int group) {
		Submission first = this.submissions.get(group);
		return "Your group's ranking was already submitted by " + name(first.by())
				+ "; the first submission stands and nothing was changed.";
	}

	private int rankingGroupOf(long participant) {
		requireRunning();
		Participant person = requireParticipant(participant);
		if (person.left()) {
			throw new ValidationException("You have left this workshop.");
		}
		if (this.rankingThemes == null) {
			throw new ValidationException("The ranking has not opened yet.");
		}
		if (!this.rankingOpen) {
			throw new ValidationException(
					"The ranking has closed, so it can no longer be changed; your group's last order is kept.");
		}
		return this.groups.stream()
			.filter((group) -> group.members().contains(participant))
			.findFirst()
			.orElseThrow(() -> new ValidationException("You are not in a group; ask the facilitator."))
			.number();
	}

	private void checkOrder(List<String> order) {
		if (order == null || order.size() != this.rankingThemes.size()
				|| !new HashSet<>(order).equals(new HashSet<>(this.rankingThemes))) {
			throw new ValidationException("The ranking must list every theme exactly once.");
		}
	}

	public List<WorkshopEvent> closeRanking() {
		requireRunning();
		if (!this.rankingOpen) {
			throw new ValidationException("The ranking is not open.");
		}
		return List.of(new RankingClosed());
	}

	public List<WorkshopEvent> agree(long agreement, String title, PartnerId owner, LocalDate due, String subDimension,
			LocalDate today) {
		requireRunning();
		if (this.stage != Stage.AGREEMENT) {
			throw new ValidationException("Actions are agreed in stage five.");
		}
		List<String> problems = new ArrayList<>();
		String clean = Text.clean(title);
		if (clean.isEmpty() || clean.length() > MAX_ACTION) {
			problems.add("Say what was agreed, in 1 to " + MAX_ACTION + " characters.");
		}
		if (owner != null && !this.partners.containsKey(owner.value())) {
			problems.add("The owner must be one of the ICS's partners.");
		}
		if (due != null && due.isBefore(today)) {
			problems.add("The due date cannot be in the past.");
		}
		String code = (subDimension == null || subDimension.isBlank()) ? null
				: subDimension.strip().toUpperCase(Locale.ROOT);
		if (code != null && !SUB_DIMENSION.matcher(code).matches()) {
			problems.add("A sub-dimension is a code such as R5 or T2.");
		}
		if (!problems.isEmpty()) {
			throw new ValidationException(problems);
		}
		return List.of(new ActionAgreed(agreement, clean, (owner == null) ? null : owner.value(), due, code));
	}

	public List<WorkshopEvent> finish() {
		requireRunning();
		List<WorkshopEvent> events = new ArrayList<>();
		if (this.rankingOpen) {
			events.add(new RankingClosed());
		}
		events.add(new Finished());
		return events;
	}

	private Round requireRound() {
		if (this.round == null || this.round.complete()) {
			throw new ValidationException("No round is running; start one first.");
		}
		return this.round;
	}

	private Participant requireParticipant(long participant) {
		Participant person = this.participants.get(participant);
		if (person == null) {
			throw new ValidationException("That person is not in this workshop.");
		}
		return person;
	}

	private String name(long participant) {
		Participant person = this.participants.get(participant);
		return (person == null) ? "Someone" : person.name();
	}

	private List<Participant> present() {
		return this.participants.values().stream().filter((person) -> !person.left()).toList();
	}

	public long nextPostItId() {
		return this.postIts.size() + 1L;
	}

	public long nextThemeId() {
		return this.themes.size() + 1L;
	}

	public long nextAgreementId() {
		return this.agreements.size() + 1L;
	}

	public Optional<Agreement> agreement(long agreement) {
		return this.agreements.stream().filter((made) -> made.id() == agreement).findFirst();
	}

	// ---------------------------------------------------------------- reading

	/** The state now, immutable; built once per event and shared by every reader. */
	public WorkshopSnapshot snapshot() {
		WorkshopSnapshot current = this.snapshot;
		if (current == null) {
			current = build();
			this.snapshot = current;
		}
		return current;
	}

	private WorkshopSnapshot build() {
		Optional<RoundView> roundView = Optional.ofNullable(this.round)
			.map((r) -> new RoundView(r.stage(), r.number(), r.question(), r.order(), r.speaker(), r.speakerSince(),
					r.turnSeconds(), r.next(), r.comingBack(), r.waitingForComeBack(), Map.copyOf(r.outcomes()),
					r.complete()));
		Optional<RankingView> ranking = Optional.ofNullable(this.rankingThemes)
			.map((themeNames) -> new RankingView(themeNames, this.rankingDeadline, this.rankingOpen,
					Map.copyOf(this.drafts), Map.copyOf(this.submissions)));
		return new WorkshopSnapshot(this.id, this.title, this.mode, this.status, this.stage, this.version, this.plan,
				this.joinCode, List.copyOf(this.participants.values()), roundView, Map.copyOf(this.roundsPerStage),
				List.copyOf(this.postIts.values()), List.copyOf(this.revealed), List.copyOf(this.themes.values()),
				this.groups, ranking, List.copyOf(this.agreements), List.copyOf(this.turns), List.copyOf(this.asked));
	}

	/** How long the turn in progress has run, for a timer; zero when none. */
	public static Duration turnElapsed(WorkshopSnapshot snapshot, Instant now) {
		return snapshot.round()
			.filter((r) -> r.speaker().isPresent() && r.speakerSince() != null)
			.map((r) -> Duration.between(r.speakerSince(), now))
			.orElse(Duration.ZERO);
	}

}
