package org.threefold.workshop;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;

import org.threefold.partner.PartnerService;
import org.threefold.scoring.AssessmentResults;
import org.threefold.scoring.Cell;
import org.threefold.scoring.ResultsService;
import org.threefold.scoring.Scale;
import org.threefold.security.CurrentUser;
import org.threefold.security.Role;
import org.threefold.security.SignedInUser;
import org.threefold.shared.AssessmentId;
import org.threefold.shared.NotFoundException;
import org.threefold.shared.ValidationException;
import org.threefold.shared.WorkshopId;
import org.threefold.workshop.internal.GroupFormation;
import org.threefold.workshop.internal.Secrets;
import org.threefold.workshop.internal.WorkshopAggregate.PartnerChoice;
import org.threefold.workshop.internal.WorkshopStore;

/**
 * Planning and running workshops, for facilitators and ICS leaders of the workshop's ICS.
 * Every change is checked against the workshop's current state, stored as an event and
 * announced on the {@link LiveWorkshopBus}; a refused change throws
 * {@link ValidationException} and stores nothing. Commands name what they act on (the
 * person whose turn ends, the stage to open), so a second facilitator tab acting on an
 * old screen gets a clear refusal instead of a double step. Transactions are opened by
 * the store, inside the workshop's lock.
 */
@Service
@RolesAllowed({ Role.ICS_LEADER_NAME, Role.FACILITATOR_NAME })
public class WorkshopService {

	private static final ZoneId UK = ZoneId.of("Europe/London");

	/** The default stage-four timer, from seed 001. */
	public static final Duration RANKING_TIME = Duration.ofMinutes(15);

	private final WorkshopStore store;

	private final CurrentUser currentUser;

	private final PartnerService partners;

	private final ResultsService results;

	private final Clock clock;

	WorkshopService(WorkshopStore store, CurrentUser currentUser, PartnerService partners, ResultsService results,
			Clock clock) {
		this.store = store;
		this.currentUser = currentUser;
		this.partners = partners;
		this.results = results;
		this.clock = clock;
	}

	/** Board viewers may list workshops too (the read-only API acts as one). */
	@RolesAllowed({ Role.ICS_LEADER_NAME, Role.FACILITATOR_NAME, Role.BOARD_VIEWER_NAME })
	public List<WorkshopSummary> list() {
		return this.store.list(this.currentUser.requireIcs())
			.stream()
			.map((header) -> new WorkshopSummary(header.id(), header.title(), header.mode(), header.status(),
					header.startsAt(), Secrets.display(header.joinCode()), this.store.participantCount(header.id())))
			.toList();
	}

	/** Creates a scheduled workshop; its partners are the ICS's partners today. */
	public WorkshopId create(WorkshopPlan plan) {
		List<String> problems = plan.problems();
		if (!problems.isEmpty()) {
			throw new ValidationException(problems);
		}
		SignedInUser user = this.currentUser.require();
		List<PartnerChoice> choices = this.partners.list()
			.stream()
			.map((partner) -> new PartnerChoice(partner.id(), partner.name(), partner.sector()))
			.toList();
		if (plan.assessment() != null) {
			this.results.results(plan.assessment());
		}
		return this.store.create(this.currentUser.requireIcs(), plan, user.username(), choices);
	}

	public WorkshopPlan plan(WorkshopId id) {
		return own(id).plan();
	}

	public void updatePlan(WorkshopId id, WorkshopPlan plan) {
		own(id);
		List<String> problems = plan.problems();
		if (!problems.isEmpty()) {
			throw new ValidationException(problems);
		}
		this.store.replacePlan(id, plan);
	}

	/**
	 * Suggests stage-two questions and stage-four themes from an assessment: the three
	 * weakest and the three most disputed sub-dimensions the partnership's results show.
	 */
	public AssessmentSeeds suggestFromAssessment(AssessmentId assessment) {
		AssessmentResults result = this.results.results(assessment);
		List<AssessmentSeeds.SubDimensionScore> scores = new ArrayList<>();
		for (Scale scale : result.scales(Scale.Kind.SUBDIMENSION)) {
			if (result.ics().cell(scale) instanceof Cell.Shown shown) {
				scores.add(new AssessmentSeeds.SubDimensionScore(scale.id(), scale.label(), shown.statistic().mean(),
						shown.statistic().agreement()));
			}
		}
		if (scores.isEmpty()) {
			throw new ValidationException("This assessment has no sub-dimension results to show yet.");
		}
		List<AssessmentSeeds.SubDimensionScore> weakest = scores.stream()
			.sorted(Comparator.comparingDouble(AssessmentSeeds.SubDimensionScore::mean))
			.limit(3)
			.toList();
		List<AssessmentSeeds.SubDimensionScore> disputed = scores.stream()
			.filter((score) -> !Double.isNaN(score.agreement()))
			.sorted(Comparator.comparingDouble(AssessmentSeeds.SubDimensionScore::agreement))
			.limit(3)
			.toList();
		List<String> questions = new ArrayList<>();
		for (AssessmentSeeds.SubDimensionScore weak : weakest) {
			questions.add("\"" + weak.label() + "\" scored lowest (" + Math.round(weak.mean())
					+ " of 100). What is holding it back?");
		}
		for (AssessmentSeeds.SubDimensionScore split : disputed) {
			if (questions.size() >= 5) {
				break;
			}
			if (weakest.contains(split)) {
				continue;
			}
			questions.add("People disagreed most about \"" + split.label() + "\". Why might we see it so differently?");
		}
		List<String> themes = new ArrayList<>();
		weakest.forEach((score) -> themes.add(score.code() + " " + score.label()));
		disputed.stream()
			.filter((score) -> !weakest.contains(score))
			.forEach((score) -> themes.add(score.code() + " " + score.label()));
		return new AssessmentSeeds(weakest, disputed, questions,
				themes.stream().map((theme) -> truncate(theme, WorkshopPlan.MAX_THEME)).toList());
	}

	private static String truncate(String text, int max) {
		return (text.length() <= max) ? text : text.substring(0, max - 1) + "…";
	}

	/** The whole state, as the facilitator sees it. */
	public WorkshopSnapshot snapshot(WorkshopId id) {
		own(id);
		return this.store.snapshot(id);
	}

	/**
	 * What a workshop produced, without anyone's name or details
	 * ({@link WorkshopSnapshot#withoutPeople()}), for the workshop report. Board viewers
	 * may read it (the read-only API acts as one); the voice figures that go with it come
	 * by groups from {@link WorkshopVoiceService}.
	 */
	@RolesAllowed({ Role.ICS_LEADER_NAME, Role.FACILITATOR_NAME, Role.BOARD_VIEWER_NAME })
	public WorkshopSnapshot outcomes(WorkshopId id) {
		own(id);
		return this.store.snapshot(id).withoutPeople();
	}

	/** The combined ranking of the groups' submitted rankings, for the plenary. */
	public List<CombinedRank> combinedRanking(WorkshopId id) {
		return snapshot(id).ranking().map(WorkshopSnapshot.RankingView::combined).orElse(List.of());
	}

	/** The address path participants open: {@code /w/<code>}. */
	public String joinPath(WorkshopId id) {
		return "/w/" + own(id).joinCode();
	}

	public WorkshopSnapshot start(WorkshopId id) {
		return change(id, (workshop) -> workshop.start());
	}

	public WorkshopSnapshot openStage(WorkshopId id, Stage stage) {
		return change(id, (workshop) -> workshop.openStage(stage));
	}

	/**
	 * Starts a round with a question, an order of everyone present (drag or shuffle on
	 * screen) and an optional per-turn timer that only ever guides.
	 */
	public WorkshopSnapshot startRound(WorkshopId id, String question, List<Long> order, Integer turnSeconds) {
		return change(id, (workshop) -> workshop.startRound(question, order, turnSeconds));
	}

	/** Invites the next person the round's rules name. */
	public WorkshopSnapshot inviteNext(WorkshopId id) {
		return change(id, (workshop) -> workshop.inviteNext());
	}

	/**
	 * Ends a named person's turn as spoken or passed (for example for someone in the
	 * room).
	 */
	public WorkshopSnapshot endTurn(WorkshopId id, long participant, TurnOutcome outcome) {
		return change(id, (workshop) -> workshop.endTurn(participant, outcome));
	}

	public WorkshopSnapshot endRound(WorkshopId id) {
		return change(id, (workshop) -> workshop.endRound());
	}

	/**
	 * Marks someone as gone; their turn, if it was theirs, ends and the round moves on.
	 */
	public WorkshopSnapshot markLeft(WorkshopId id, long participant) {
		return change(id, (workshop) -> workshop.leave(participant));
	}

	public WorkshopSnapshot reveal(WorkshopId id, int question) {
		return change(id, (workshop) -> workshop.reveal(question));
	}

	public WorkshopSnapshot addTheme(WorkshopId id, String name) {
		return change(id, (workshop) -> workshop.addTheme(workshop.nextThemeId(), name));
	}

	/** Puts a revealed post-it into a theme, or out of any theme when theme is null. */
	public WorkshopSnapshot cluster(WorkshopId id, long postIt, Long theme) {
		return change(id, (workshop) -> workshop.cluster(postIt, theme));
	}

	/** Forms groups of about {@code size} that mix partners and seniority. */
	public WorkshopSnapshot formGroups(WorkshopId id, int size) {
		if (size < 2 || size > 20) {
			throw new ValidationException("Choose a group size between 2 and 20.");
		}
		return change(id, (workshop) -> workshop.formGroups(GroupFormation.mix(workshop.snapshot().present(), size)));
	}

	/** Sets groups by hand. */
	public WorkshopSnapshot setGroups(WorkshopId id, List<List<Long>> groups) {
		return change(id, (workshop) -> workshop.formGroups(groups));
	}

	/** Opens the group ranking of these themes with a timer (15 minutes by default). */
	public WorkshopSnapshot openRanking(WorkshopId id, List<String> themes, int minutes) {
		if (minutes < 1 || minutes > 120) {
			throw new ValidationException("Give the groups between 1 and 120 minutes.");
		}
		return change(id,
				(workshop) -> workshop.openRanking(themes, this.store.now().plus(Duration.ofMinutes(minutes))));
	}

	public WorkshopSnapshot closeRanking(WorkshopId id) {
		return change(id, (workshop) -> workshop.closeRanking());
	}

	/**
	 * Records an agreed action; it is published as
	 * {@link org.threefold.shared.WorkshopActionAgreed} for the ICS action plan.
	 */
	public WorkshopSnapshot agree(WorkshopId id, ActionDraft action) {
		LocalDate today = LocalDate.ofInstant(this.store.now(), UK);
		return change(id, (workshop) -> workshop.agree(workshop.nextAgreementId(), action.title(), action.owner(),
				action.due(), action.subDimension(), today));
	}

	/**
	 * Records a workshop held without the live screens (on paper, say) with the times it
	 * happened: every change {@code work} makes is stored as of {@code at}, which it may
	 * move forward through {@code clock}. ICS leaders only; the demo uses it for its
	 * finished workshop.
	 * @param work given a setter for the time of the next changes
	 */
	@RolesAllowed(Role.ICS_LEADER_NAME)
	public void recordPast(java.time.Instant at,
			java.util.function.Consumer<java.util.function.Consumer<java.time.Instant>> work) {
		if (at.isAfter(this.clock.instant())) {
			throw new ValidationException("A workshop recorded after the fact must have happened already.");
		}
		this.store.recordAt(at);
		try {
			work.accept(
					(next) -> this.store.recordAt(next.isAfter(this.clock.instant()) ? this.clock.instant() : next));
		}
		finally {
			this.store.recordAt(null);
		}
	}

	public WorkshopSnapshot finish(WorkshopId id) {
		return change(id, (workshop) -> workshop.finish());
	}

	/** The themes offered for ranking: the post-it themes, then the planned ones. */
	public List<String> rankingThemes(WorkshopId id) {
		WorkshopSnapshot snapshot = snapshot(id);
		List<String> themes = new ArrayList<>();
		snapshot.themes().forEach((theme) -> themes.add(theme.name()));
		for (String planned : snapshot.plan().themes()) {
			if (themes.stream().noneMatch((name) -> name.equalsIgnoreCase(planned))) {
				themes.add(planned);
			}
		}
		return themes;
	}

	private WorkshopSnapshot change(WorkshopId id, WorkshopStore.Decision decision) {
		own(id);
		return this.store.change(id, this.currentUser.require().username(), decision);
	}

	private WorkshopStore.Header own(WorkshopId id) {
		WorkshopStore.Header header;
		try {
			header = this.store.header(id);
		}
		catch (NotFoundException ex) {
			throw new NotFoundException("Workshop " + id);
		}
		if (!header.ics().equals(this.currentUser.requireIcs())) {
			throw new NotFoundException("Workshop " + id);
		}
		return header;
	}

}
