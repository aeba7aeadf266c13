package org.threefold.actionplan;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.threefold.actionplan.internal.PlanActionEntity;
import org.threefold.actionplan.internal.PlanActionRepository;
import org.threefold.assessment.AssessmentService;
import org.threefold.assessment.AssessmentStatus;
import org.threefold.assessment.AssessmentSummary;
import org.threefold.partner.PartnerService;
import org.threefold.partner.PartnerView;
import org.threefold.questionnaire.ActionLibrary;
import org.threefold.questionnaire.Framework;
import org.threefold.questionnaire.QuestionnaireCatalog;
import org.threefold.questionnaire.SubDimension;
import org.threefold.scoring.AssessmentResults;
import org.threefold.scoring.Cell;
import org.threefold.scoring.Change;
import org.threefold.scoring.ResultsService;
import org.threefold.scoring.Scale;
import org.threefold.security.CurrentUser;
import org.threefold.security.Role;
import org.threefold.shared.AssessmentId;
import org.threefold.shared.NotFoundException;
import org.threefold.shared.PartnerId;
import org.threefold.shared.ValidationException;

/**
 * The action plan of the signed-in user's ICS. Every ICS role may read it; ICS leaders
 * change it. Suggestions are stored when asked for, once per assessment and library
 * action, so accepting, editing or dismissing one survives reloads and restarts and
 * asking again adds nothing twice.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({ Role.ICS_LEADER_NAME, Role.PARTNER_LEAD_NAME, Role.FACILITATOR_NAME, Role.BOARD_VIEWER_NAME })
public class ActionPlanService {

	public static final int MAX_TITLE = 300;

	public static final int MAX_DETAIL = 2000;

	public static final int MAX_NOTE = 1000;

	public static final int MAX_SOURCE = 300;

	private final PlanActionRepository repository;

	private final ResultsService results;

	private final AssessmentService assessments;

	private final PartnerService partners;

	private final QuestionnaireCatalog catalog;

	private final CurrentUser currentUser;

	private final Clock clock;

	ActionPlanService(PlanActionRepository repository, ResultsService results, AssessmentService assessments,
			PartnerService partners, QuestionnaireCatalog catalog, CurrentUser currentUser, Clock clock) {
		this.repository = repository;
		this.results = results;
		this.assessments = assessments;
		this.partners = partners;
		this.catalog = catalog;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	/** The whole plan, with progress and, where there is a later round, movement. */
	public ActionPlan plan() {
		List<PlanActionEntity> entities = this.repository.findByIcsIdOrderByIdAsc(icsId());
		Map<Long, String> partnerNames = this.partners.list()
			.stream()
			.collect(Collectors.toMap((p) -> p.id().value(), PartnerView::name));
		List<AssessmentSummary> all = this.assessments.list();
		Map<Long, AssessmentSummary> byId = all.stream().collect(Collectors.toMap((a) -> a.id().value(), (a) -> a));
		Map<String, String> subdimensionNames = this.catalog.framework()
			.map(Framework::subdimensions)
			.orElse(List.of())
			.stream()
			.collect(Collectors.toMap(SubDimension::id, SubDimension::name));
		Map<Long, Optional<AssessmentResults>> later = new HashMap<>();
		List<PlanAction> actions = new ArrayList<>();
		Map<ActionStatus, Long> counts = new EnumMap<>(ActionStatus.class);
		for (PlanActionEntity entity : entities) {
			counts.merge(entity.getStatus(), 1L, Long::sum);
			AssessmentSummary assessment = (entity.getAssessmentId() == null) ? null
					: byId.get(entity.getAssessmentId());
			Optional<Movement> movement = Optional.empty();
			if (assessment != null && entity.getSubdimension() != null) {
				Optional<AssessmentResults> next = later.computeIfAbsent(assessment.id().value(),
						(id) -> next(all, assessment).map((a) -> this.results.results(a.id())));
				movement = next.flatMap((r) -> movement(r, entity.getSubdimension()));
			}
			actions.add(new PlanAction(entity.getId(), entity.getOrigin(), entity.getStatus(), entity.getTitle(),
					entity.getDetail(), entity.getSubdimension(), subdimensionNames.get(entity.getSubdimension()),
					(assessment == null) ? null : assessment.id(), (assessment == null) ? null : assessment.title(),
					entity.getLibraryActionId(), entity.getTrigger(), entity.getEvidence(), entity.getEvidenceScore(),
					entity.getEvidenceBand(), entity.getEvidenceN(), entity.getSource(), entity.isNational(),
					(entity.getOwnerPartnerId() == null) ? null : new PartnerId(entity.getOwnerPartnerId()),
					partnerNames.get(entity.getOwnerPartnerId()), entity.getDueOn(), entity.getProgressNote(),
					movement));
		}
		return new ActionPlan(actions, counts);
	}

	/**
	 * The actions the rules would suggest from an assessment's results, without storing
	 * anything.
	 */
	public List<Suggestion> preview(AssessmentId id) {
		ActionLibrary library = this.catalog.actionLibrary()
			.orElseThrow(() -> new ValidationException(List.of("The action library is not loaded")));
		return SuggestionRules.suggest(this.results.results(id), library);
	}

	/**
	 * Stores the suggestions for an assessment's weak sub-dimensions; those already in
	 * the plan (in any status) are not added again.
	 * @return how many were added
	 */
	@Transactional
	@RolesAllowed(Role.ICS_LEADER_NAME)
	public int suggest(AssessmentId id) {
		AssessmentSummary assessment = this.assessments.list()
			.stream()
			.filter((a) -> a.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Assessment"));
		if (assessment.status() != AssessmentStatus.CLOSED) {
			throw new ValidationException(List.of("Actions are suggested once an assessment is closed"));
		}
		long ics = icsId();
		int added = 0;
		Instant now = Instant.now(this.clock);
		for (Suggestion suggestion : preview(id)) {
			if (this.repository.existsByIcsIdAndAssessmentIdAndLibraryActionId(ics, id.value(),
					suggestion.action().id())) {
				continue;
			}
			PlanActionEntity entity = new PlanActionEntity(ics, ActionOrigin.SUGGESTED, ActionStatus.SUGGESTED,
					clip(suggestion.action().title(), MAX_TITLE), now);
			entity.setDetail(clip(suggestion.action().description(), MAX_DETAIL));
			entity.setSubdimension(suggestion.subdimension());
			entity.evidence(id.value(), suggestion.action().id(), suggestion.trigger(),
					clip(suggestion.evidence(), 500), suggestion.score(), suggestion.band(), suggestion.n(),
					clip(suggestion.action().source(), MAX_SOURCE), suggestion.action().national());
			this.repository.save(entity);
			added++;
		}
		return added;
	}

	/** Accepts a suggested (or dismissed) action into the plan. */
	@Transactional
	@RolesAllowed(Role.ICS_LEADER_NAME)
	public void accept(long actionId) {
		PlanActionEntity entity = find(actionId);
		if (!entity.getStatus().inPlan()) {
			entity.status(ActionStatus.ACCEPTED, Instant.now(this.clock));
		}
	}

	/** Dismisses an action; it stays listed as dismissed and can be accepted later. */
	@Transactional
	@RolesAllowed(Role.ICS_LEADER_NAME)
	public void dismiss(long actionId) {
		find(actionId).status(ActionStatus.DISMISSED, Instant.now(this.clock));
	}

	@Transactional
	@RolesAllowed(Role.ICS_LEADER_NAME)
	public void update(long actionId, ActionEdit edit) {
		PlanActionEntity entity = find(actionId);
		check(edit);
		apply(entity, edit);
	}

	/** Adds the leader's own action. */
	@Transactional
	@RolesAllowed(Role.ICS_LEADER_NAME)
	public long add(ActionEdit edit) {
		check(edit);
		PlanActionEntity entity = new PlanActionEntity(icsId(), ActionOrigin.OWN, edit.status(), edit.title().strip(),
				Instant.now(this.clock));
		apply(entity, edit);
		return this.repository.save(entity).getId();
	}

	/** Text cut to a column's length, blank as null. */
	public static String clip(String text, int max) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String stripped = text.strip();
		return (stripped.length() <= max) ? stripped : stripped.substring(0, max);
	}

	private void apply(PlanActionEntity entity, ActionEdit edit) {
		entity.edit(edit.title().strip(), clip(edit.detail(), MAX_DETAIL), clip(edit.subdimension(), 64),
				(edit.owner() == null) ? null : edit.owner().value(), edit.due(), edit.status(),
				clip(edit.progressNote(), MAX_NOTE), Instant.now(this.clock));
	}

	private void check(ActionEdit edit) {
		List<String> problems = new ArrayList<>(edit.problems());
		if (edit.owner() != null && this.partners.list().stream().noneMatch((p) -> p.id().equals(edit.owner()))) {
			problems.add("Choose an owner from the partners of this partnership");
		}
		if (edit.subdimension() != null && !edit.subdimension().isBlank()
				&& this.catalog.framework().flatMap((f) -> f.subdimension(edit.subdimension().strip())).isEmpty()) {
			problems.add("Choose a sub-dimension of the framework");
		}
		if (!problems.isEmpty()) {
			throw new ValidationException(problems);
		}
	}

	private PlanActionEntity find(long actionId) {
		return this.repository.findByIdAndIcsId(actionId, icsId()).orElseThrow(() -> new NotFoundException("Action"));
	}

	private long icsId() {
		return this.currentUser.requireIcs().value();
	}

	/**
	 * The first closed assessment of the same series that opened after the given one.
	 */
	private static Optional<AssessmentSummary> next(List<AssessmentSummary> all, AssessmentSummary assessment) {
		return all.stream()
			.filter((a) -> a.series().equals(assessment.series()) && a.status() == AssessmentStatus.CLOSED
					&& a.opensOn().isAfter(assessment.opensOn()))
			.min(Comparator.comparing(AssessmentSummary::opensOn));
	}

	private static Optional<Movement> movement(AssessmentResults later, String subdimension) {
		Function<Cell, Double> mean = (cell) -> (cell instanceof Cell.Shown shown) ? shown.statistic().mean()
				: Double.NaN;
		return later.changes()
			.stream()
			.filter((c) -> c.scale().kind() == Scale.Kind.SUBDIMENSION && c.scale().id().equals(subdimension))
			.findFirst()
			.map((Change c) -> new Movement(later.title(), mean.apply(c.previous()), mean.apply(c.current()),
					c.clear()));
	}

}
