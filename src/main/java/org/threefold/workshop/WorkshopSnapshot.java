package org.threefold.workshop;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.threefold.partner.Profession;
import org.threefold.partner.SeniorityBand;
import org.threefold.partner.Sector;
import org.threefold.shared.PartnerId;
import org.threefold.shared.WorkshopId;

/**
 * Everything about a workshop at one moment, as the facilitator sees it: rebuilt from the
 * stored events, immutable, and shared by every screen until the next event. Participants
 * never receive it; they get a {@link ParticipantScreen}, which leaves out what they may
 * not see (others' unrevealed post-its).
 *
 * @param id the workshop
 * @param title its title
 * @param mode in person, online or mixed
 * @param status scheduled, running or finished
 * @param stage the stage running now, or null before the start
 * @param version the number of the last event applied
 * @param plan the plan it runs
 * @param joinCode the eight-character code participants type
 * @param participants everyone who joined, in order of joining
 * @param round the round running or last run in the current stage
 * @param roundsPerStage how many rounds each stage has had
 * @param postIts every post-it
 * @param revealed the post-it questions (0-based) the facilitator has revealed
 * @param themes the themes post-its are clustered into
 * @param groups the stage-four groups
 * @param ranking the group ranking exercise, once opened
 * @param agreements the actions agreed in stage five
 * @param turns every turn taken in every round
 * @param asked the question of every round started, in order
 */
public record WorkshopSnapshot(WorkshopId id, String title, WorkshopMode mode, WorkshopStatus status, Stage stage,
		long version, WorkshopPlan plan, String joinCode, List<Participant> participants, Optional<RoundView> round,
		Map<Stage, Integer> roundsPerStage, List<PostIt> postIts, List<Integer> revealed, List<Theme> themes,
		List<Group> groups, Optional<RankingView> ranking, List<Agreement> agreements, List<Turn> turns,
		List<RoundAsked> asked) {

	/**
	 * Someone who joined.
	 *
	 * @param id their number within this workshop
	 * @param name the display name they gave
	 * @param partner their organisation
	 * @param partnerName its name
	 * @param sector its sector
	 * @param profession their profession
	 * @param seniority their seniority band
	 * @param joinedAt when they joined
	 * @param left whether they have left
	 */
	public record Participant(long id, String name, PartnerId partner, String partnerName, Sector sector,
			Profession profession, SeniorityBand seniority, Instant joinedAt, boolean left) {
	}

	/**
	 * The round in progress or last run.
	 *
	 * @param stage the stage it belongs to
	 * @param number 1 for the stage's first round
	 * @param question the question of this round
	 * @param order the order the facilitator set
	 * @param speaker whose turn it is, if anyone's
	 * @param speakerSince when that turn began
	 * @param turnSeconds the optional per-turn guide, in seconds
	 * @param next who is next to be invited
	 * @param comingBack whether the round has come back to those who passed
	 * @param waiting those who passed and will be come back to
	 * @param outcomes the latest outcome of each person who has had a turn
	 * @param complete whether the round is over
	 */
	public record RoundView(Stage stage, int number, String question, List<Long> order, Optional<Long> speaker,
			Instant speakerSince, Integer turnSeconds, Optional<Long> next, boolean comingBack, List<Long> waiting,
			Map<Long, TurnOutcome> outcomes, boolean complete) {
	}

	/**
	 * A post-it.
	 *
	 * @param id its number
	 * @param author who wrote it
	 * @param question the stage-two question (0-based) it answers
	 * @param text what it says, plain text
	 * @param theme the theme it is clustered into, if any
	 */
	public record PostIt(long id, long author, int question, String text, Long theme) {
	}

	/** A theme post-its are clustered into, which groups may rank. */
	public record Theme(long id, String name) {
	}

	/**
	 * A stage-four group.
	 *
	 * @param number 1, 2, …
	 * @param members its participants
	 */
	public record Group(int number, List<Long> members) {

		public String name() {
			return "Group " + this.number;
		}

	}

	/**
	 * The stage-four ranking exercise.
	 *
	 * @param themes the themes to rank
	 * @param deadline when the timer runs out
	 * @param open whether groups may still submit
	 * @param drafts each group's current order, shared by its members
	 * @param submissions each group's submitted ranking
	 */
	public record RankingView(List<String> themes, Instant deadline, boolean open, Map<Integer, List<String>> drafts,
			Map<Integer, Submission> submissions) {

		public List<CombinedRank> combined() {
			return RankingAggregation.combine(this.themes,
					this.submissions.values().stream().map(Submission::order).toList());
		}

	}

	/**
	 * A group's ranking as submitted.
	 *
	 * @param order the themes, most important first
	 * @param by the participant who submitted it
	 * @param at when
	 * @param late whether it came after the timer ran out (still counted: a timer is a
	 * guide)
	 */
	public record Submission(List<String> order, long by, Instant at, boolean late) {
	}

	/**
	 * An action agreed in stage five.
	 *
	 * @param id its number within the workshop
	 * @param title what was agreed
	 * @param owner the partner that owns it, or null
	 * @param due when it is due, or null
	 * @param subDimension the linked sub-dimension code, or null
	 * @param at when it was agreed
	 */
	public record Agreement(long id, String title, PartnerId owner, LocalDate due, String subDimension, Instant at) {
	}

	/**
	 * One turn in a round, for the voice record.
	 *
	 * @param participant who
	 * @param stage in which stage
	 * @param round which round of that stage
	 * @param outcome spoke, passed or left
	 * @param start when invited
	 * @param end when it ended
	 */
	public record Turn(long participant, Stage stage, int round, TurnOutcome outcome, Instant start, Instant end) {
	}

	/**
	 * The question a round was started with.
	 *
	 * @param stage the stage it belongs to
	 * @param number 1 for the stage's first round
	 * @param question as the facilitator asked it
	 */
	public record RoundAsked(Stage stage, int number, String question) {
	}

	/**
	 * The workshop as a report may show it to anyone who may read its outcomes: nobody's
	 * name or details (participants are left out; turns and groups keep only their
	 * numbers), post-its only once revealed and without their author, and no join code.
	 * The join notice promises exactly this (post-its shown without names, voice figures
	 * only by groups).
	 */
	public WorkshopSnapshot withoutPeople() {
		List<PostIt> shown = this.postIts.stream()
			.filter((note) -> this.revealed.contains(note.question()))
			.map((note) -> new PostIt(note.id(), 0, note.question(), note.text(), note.theme()))
			.toList();
		Optional<RankingView> rankingWithoutNames = this.ranking.map((r) -> new RankingView(r.themes(), r.deadline(),
				r.open(), Map.of(),
				r.submissions()
					.entrySet()
					.stream()
					.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
							(e) -> new Submission(e.getValue().order(), 0, e.getValue().at(), e.getValue().late())))));
		return new WorkshopSnapshot(this.id, this.title, this.mode, this.status, this.stage, this.version, this.plan,
				"", List.of(), Optional.empty(), this.roundsPerStage, shown, this.revealed, this.themes, this.groups,
				rankingWithoutNames, this.agreements, this.turns, this.asked);
	}

	public Optional<Participant> participant(long participantId) {
		return this.participants.stream().filter((person) -> person.id() == participantId).findFirst();
	}

	public List<Participant> present() {
		return this.participants.stream().filter((person) -> !person.left()).toList();
	}

	public Optional<Group> groupOf(long participantId) {
		return this.groups.stream().filter((group) -> group.members().contains(participantId)).findFirst();
	}

	public String name(long participantId) {
		return participant(participantId).map(Participant::name).orElse("Someone");
	}

}
