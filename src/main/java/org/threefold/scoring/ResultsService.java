package org.threefold.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.threefold.assessment.AssessmentDetail;
import org.threefold.assessment.AssessmentService;
import org.threefold.assessment.AssessmentStatus;
import org.threefold.assessment.AssessmentSummary;
import org.threefold.partner.PartnerService;
import org.threefold.partner.PartnerView;
import org.threefold.questionnaire.Dimension;
import org.threefold.questionnaire.Framework;
import org.threefold.questionnaire.Item;
import org.threefold.questionnaire.ItemSpec;
import org.threefold.questionnaire.QuestionnaireCatalog;
import org.threefold.questionnaire.QuestionnaireDefinition;
import org.threefold.questionnaire.SubDimension;
import org.threefold.scoring.internal.ScoreCubeRepository;
import org.threefold.security.CurrentUser;
import org.threefold.security.Role;
import org.threefold.security.SignedInUser;
import org.threefold.shared.AssessmentId;
import org.threefold.shared.NotFoundException;

/**
 * Results of an assessment for the signed-in user's ICS, suppressed before they leave
 * this service. Screens, exports and the API all come through here, so none can show a
 * withheld number. Partner leads get their own organisation's row beside the
 * partnership's.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({ Role.ICS_LEADER_NAME, Role.PARTNER_LEAD_NAME, Role.FACILITATOR_NAME, Role.BOARD_VIEWER_NAME })
public class ResultsService {

	private final AssessmentService assessments;

	private final PartnerService partners;

	private final QuestionnaireCatalog catalog;

	private final ScoreCubeRepository cube;

	private final CurrentUser currentUser;

	private final KeptFigures kept;

	ResultsService(AssessmentService assessments, PartnerService partners, QuestionnaireCatalog catalog,
			ScoreCubeRepository cube, CurrentUser currentUser, KeptFigures kept) {
		this.assessments = assessments;
		this.partners = partners;
		this.catalog = catalog;
		this.cube = cube;
		this.currentUser = currentUser;
		this.kept = kept;
	}

	public AssessmentResults results(AssessmentId id) {
		AssessmentDetail assessment = this.assessments.get(id);
		Framework framework = this.catalog.framework().orElseThrow(() -> new IllegalStateException("No framework"));
		List<ScoreCubeRepository.CubeRow> rows = this.cube.cube(id.value(),
				List.of("OVERALL", "DIMENSION", "SUBDIMENSION"), List.of());
		List<Scale> scales = scales(framework, rows);
		Map<Long, ResultsBuilder.PartnerInfo> partnerInfo = partnerInfo();
		ResultsBuilder.Built built = new ResultsBuilder(assessment.scoreThreshold(), scales, partnerInfo)
			.build(toRows(rows));
		Map<Grouping, List<GroupResult>> groups = ownPartnerOnly(built.groups());

		List<AssessmentSummary> earlier = earlierInSeries(assessment);
		Optional<AssessmentSummary> previous = earlier.isEmpty() ? Optional.empty()
				: Optional.of(earlier.get(earlier.size() - 1));
		List<SeriesPoint> series = new ArrayList<>();
		for (AssessmentSummary round : earlier) {
			series.add(new SeriesPoint(round.id(), round.title(), partnership(round, scales, partnerInfo)));
		}
		List<Change> changes = previous
			.map((p) -> changes(series.get(series.size() - 1).partnership(), scales, built.ics()))
			.orElse(List.of());
		series.add(new SeriesPoint(id, assessment.title(), built.ics()));
		Cell overall = built.ics().cell(scales.get(0));
		long respondents = (overall instanceof Cell.Shown shown) ? shown.statistic().n() : 0;
		return new AssessmentResults(id, assessment.title(), assessment.scoreThreshold(), respondents, scales,
				built.ics(), built.partnerWeighted(), built.partnersLeftOut(), groups, gaps(scales, built.groups()),
				previous.map(AssessmentSummary::title), changes,
				cachedReliability(id, assessment.scoreThreshold(), framework, respondents),
				overall.shown() ? distributions(id) : Map.of(), series);
	}

	/**
	 * The closed assessments of the same series that closed before this one, oldest
	 * first, the most recent {@link AssessmentResults#SERIES_LENGTH} − 1 of them. The
	 * last is the one {@link AssessmentService#previousInSeries} names.
	 */
	private List<AssessmentSummary> earlierInSeries(AssessmentDetail assessment) {
		List<AssessmentSummary> earlier = this.assessments.list()
			.stream()
			.filter((other) -> other.series().equals(assessment.series()) && !other.id().equals(assessment.id())
					&& other.status() == AssessmentStatus.CLOSED && other.closesOn().isBefore(assessment.closesOn()))
			.sorted(Comparator.comparing(AssessmentSummary::closesOn))
			.toList();
		return earlier.subList(Math.max(0, earlier.size() - (AssessmentResults.SERIES_LENGTH - 1)), earlier.size());
	}

	/**
	 * The partnership's results of a closed earlier round. A closed round changes only
	 * through a response import or a rescoring, so the figure is kept per response count,
	 * threshold, scales and partners (see {@link KeptFigures}).
	 */
	private GroupResult partnership(AssessmentSummary round, List<Scale> scales,
			Map<Long, ResultsBuilder.PartnerInfo> partnerInfo) {
		AssessmentDetail detail = this.assessments.get(round.id());
		String key = round.submitted() + ":" + detail.scoreThreshold() + ":" + scales.hashCode() + ":"
				+ partnerInfo.hashCode();
		return this.kept.get(round.id(), "round", key,
				() -> new ResultsBuilder(detail.scoreThreshold(), scales, partnerInfo).build(toRows(
						this.cube.cube(round.id().value(), List.of("OVERALL", "DIMENSION", "SUBDIMENSION"), List.of())))
					.ics());
	}

	/** The questions behind one sub-dimension, suppressed the same way. */
	public ItemResults items(AssessmentId id, String subdimensionId) {
		AssessmentDetail assessment = this.assessments.get(id);
		Framework framework = this.catalog.framework().orElseThrow();
		SubDimension subdimension = framework.subdimension(subdimensionId)
			.orElseThrow(() -> new NotFoundException("Sub-dimension " + subdimensionId));
		Map<String, Item> items = new LinkedHashMap<>();
		Map<String, String> sourceTitle = new LinkedHashMap<>();
		for (long version : this.assessments.questionnaireVersions(id).values()) {
			QuestionnaireDefinition questionnaire = this.catalog.definitionOfVersion(version);
			questionnaire.items()
				.filter((item) -> item.scored() && subdimensionId.equals(item.subdimension()))
				.forEach((item) -> {
					items.putIfAbsent(item.id(), item);
					sourceTitle.putIfAbsent(item.id(), questionnaire.title());
				});
		}
		List<Scale> scales = items.values()
			.stream()
			.map((item) -> new Scale(Scale.Kind.ITEM, item.id(), item.text(), subdimension.dimension()))
			.toList();
		Scale subScale = new Scale(Scale.Kind.SUBDIMENSION, subdimension.id(), subdimension.name(),
				subdimension.dimension());
		if (scales.isEmpty()) {
			return new ItemResults(subScale, List.of());
		}
		ResultsBuilder.Built built = new ResultsBuilder(assessment.scoreThreshold(), scales, partnerInfo())
			.build(toRows(this.cube.cube(id.value(), List.of("ITEM"), items.keySet())));
		List<GroupResult> partnerRows = ownPartnerOnly(built.groups()).get(Grouping.PARTNER);
		List<ItemResults.ItemRow> rows = scales.stream()
			.map((scale) -> new ItemResults.ItemRow(scale, sourceTitle.get(scale.id()),
					((ItemSpec.Likert) items.get(scale.id()).spec()).reverse(), built.ics(), partnerRows))
			.toList();
		return new ItemResults(subScale, rows);
	}

	/**
	 * Free-text answers under the free-text threshold (see {@link Comments}). Sorted by
	 * text, never by time, so their order cannot point to a respondent.
	 */
	public Comments comments(AssessmentId id) {
		AssessmentDetail assessment = this.assessments.get(id);
		int threshold = assessment.textThreshold();
		Map<String, Item> textItems = new LinkedHashMap<>();
		for (long version : this.assessments.questionnaireVersions(id).values()) {
			this.catalog.definitionOfVersion(version)
				.items()
				.filter((item) -> item.spec() instanceof ItemSpec.FreeText)
				.forEach((item) -> textItems.putIfAbsent(item.id(), item));
		}
		Map<Long, Long> respondents = this.cube.respondentsByPartner(id.value());
		long total = respondents.values().stream().mapToLong(Long::longValue).sum();
		if (total < threshold) {
			return new Comments(threshold, List.of(),
					"Comments are shown once at least " + threshold + " people have responded");
		}
		Map<Long, String> names = new LinkedHashMap<>();
		partnerInfo().forEach((partnerId, info) -> names.put(partnerId, info.name()));
		Optional<String> own = this.currentUser.require().is(Role.PARTNER_LEAD)
				? this.currentUser.require().partnerId().map(Object::toString) : Optional.empty();
		List<ScoreCubeRepository.TextRow> rows = this.cube.freeText(id.value(), textItems.keySet());
		List<Comments.Question> questions = new ArrayList<>();
		for (Item item : textItems.values()) {
			List<ScoreCubeRepository.TextRow> answers = rows.stream()
				.filter((r) -> r.itemId().equals(item.id()))
				.toList();
			Map<String, List<String>> byPartner = new LinkedHashMap<>();
			answers.stream()
				.filter((r) -> respondents.getOrDefault(r.partnerId(), 0L) >= threshold)
				.filter((r) -> own.map((p) -> p.equals(Long.toString(r.partnerId()))).orElse(true))
				.forEach((r) -> byPartner.computeIfAbsent(names.get(r.partnerId()), (k) -> new ArrayList<>())
					.add(r.text()));
			questions.add(new Comments.Question(item.id(), item.text(),
					answers.stream().map(ScoreCubeRepository.TextRow::text).toList(), byPartner));
		}
		return new Comments(threshold, questions, null);
	}

	private List<Scale> scales(Framework framework, List<ScoreCubeRepository.CubeRow> rows) {
		Set<String> present = new LinkedHashSet<>();
		rows.forEach((row) -> present.add(row.kind() + ":" + row.scaleId()));
		List<Scale> scales = new ArrayList<>();
		scales.add(new Scale(Scale.Kind.OVERALL, "overall", "Overall", null));
		for (Dimension dimension : Dimension.values()) {
			Scale scale = new Scale(Scale.Kind.DIMENSION, dimension.code(), dimension.label(), dimension);
			if (present.contains(scale.key())) {
				scales.add(scale);
			}
		}
		for (SubDimension subdimension : framework.subdimensions()) {
			Scale scale = new Scale(Scale.Kind.SUBDIMENSION, subdimension.id(), subdimension.name(),
					subdimension.dimension());
			if (present.contains(scale.key())) {
				scales.add(scale);
			}
		}
		return scales;
	}

	private static List<ResultsBuilder.Row> toRows(List<ScoreCubeRepository.CubeRow> rows) {
		return rows.stream()
			.map((row) -> new ResultsBuilder.Row(row.partnerId(), row.profession(), row.seniority(),
					row.kind() + ":" + row.scaleId(), row.moments()))
			.toList();
	}

	private Map<Long, ResultsBuilder.PartnerInfo> partnerInfo() {
		Map<Long, ResultsBuilder.PartnerInfo> info = new LinkedHashMap<>();
		for (PartnerView partner : this.partners.list()) {
			info.put(partner.id().value(), new ResultsBuilder.PartnerInfo(partner.name(), partner.sector()));
		}
		return info;
	}

	private Map<Grouping, List<GroupResult>> ownPartnerOnly(Map<Grouping, List<GroupResult>> groups) {
		SignedInUser user = this.currentUser.require();
		if (!user.is(Role.PARTNER_LEAD)) {
			return groups;
		}
		String own = user.partnerId().map(Object::toString).orElse("");
		Map<Grouping, List<GroupResult>> filtered = new LinkedHashMap<>(groups);
		filtered.put(Grouping.PARTNER,
				groups.getOrDefault(Grouping.PARTNER, List.of()).stream().filter((g) -> g.key().equals(own)).toList());
		return filtered;
	}

	private static List<PerceptionGap> gaps(List<Scale> scales, Map<Grouping, List<GroupResult>> groups) {
		List<PerceptionGap> gaps = new ArrayList<>();
		for (Scale scale : scales) {
			if (scale.kind() == Scale.Kind.SUBDIMENSION) {
				continue;
			}
			gap(gaps, "Leaders and frontline", scale, groups.get(Grouping.LEADERSHIP), "LEADERS", "FRONTLINE");
			gap(gaps, "NHS and non-NHS organisations", scale, groups.get(Grouping.NHS_STATUS), "NHS", "NON_NHS");
		}
		return gaps;
	}

	private static void gap(List<PerceptionGap> gaps, String comparison, Scale scale, List<GroupResult> rows,
			String firstKey, String secondKey) {
		Optional<GroupResult> first = rows.stream().filter((g) -> g.key().equals(firstKey)).findFirst();
		Optional<GroupResult> second = rows.stream().filter((g) -> g.key().equals(secondKey)).findFirst();
		if (first.isEmpty() || second.isEmpty()) {
			return;
		}
		Cell a = first.get().cell(scale);
		Cell b = second.get().cell(scale);
		boolean clear = a instanceof Cell.Shown shownA && b instanceof Cell.Shown shownB
				&& shownA.statistic().clearlyDifferentFrom(shownB.statistic());
		gaps.add(new PerceptionGap(comparison, scale, first.get().label(), a, second.get().label(), b, clear));
	}

	private List<Change> changes(GroupResult before, List<Scale> scales, GroupResult current) {
		return scales.stream().map((scale) -> {
			Cell was = before.cell(scale);
			Cell now = current.cell(scale);
			boolean clear = was instanceof Cell.Shown a && now instanceof Cell.Shown b
					&& a.statistic().clearlyDifferentFrom(b.statistic());
			return new Change(scale, was, now, clear);
		}).toList();
	}

	/**
	 * Alpha needs item-level scores of complete respondents, the one costly query here;
	 * it changes only when responses are added, so it is kept per assessment and response
	 * count.
	 */
	private List<Reliability> cachedReliability(AssessmentId id, int threshold, Framework framework, long respondents) {
		return this.kept.get(id, "alpha", respondents + ":" + threshold + ":" + framework.contentHash(),
				() -> reliability(id, threshold, framework));
	}

	private List<Reliability> reliability(AssessmentId id, int threshold, Framework framework) {
		List<ScoreCubeRepository.AlphaRow> rows = this.cube.alphaRows(id.value());
		List<Reliability> reliability = new ArrayList<>();
		this.assessments.questionnaireVersions(id).forEach((audience, version) -> {
			QuestionnaireDefinition questionnaire = this.catalog.definitionOfVersion(version);
			for (SubDimension subdimension : framework.subdimensions()) {
				List<String> itemIds = questionnaire.items()
					.filter((item) -> item.scored() && subdimension.id().equals(item.subdimension()))
					.map(Item::id)
					.toList();
				int k = itemIds.size();
				if (k < 2) {
					continue;
				}
				// Only respondents who answered all k items of the scale count.
				List<Moments> items = rows.stream()
					.filter((row) -> row.audience().equals(audience.name()) && row.kind().equals("ITEM")
							&& row.scaleItems() == k && itemIds.contains(row.scaleId()))
					.map(ScoreCubeRepository.AlphaRow::moments)
					.toList();
				// A sub-dimension score is the mean of its k item scores, so the
				// respondent's total
				// is k times it: n stays, the sum scales by k and the sum of squares by
				// k².
				Moments totals = rows.stream()
					.filter((row) -> row.audience().equals(audience.name()) && row.kind().equals("SUBDIMENSION")
							&& row.scaleItems() == k && row.scaleId().equals(subdimension.id()))
					.map(ScoreCubeRepository.AlphaRow::moments)
					.map((m) -> new Moments(m.n(), m.sum() * k, m.sumOfSquares() * k * k))
					.findFirst()
					.orElse(Moments.EMPTY);
				long respondents = totals.n();
				boolean enough = respondents >= Math.max(threshold, 2) && items.size() == k;
				reliability.add(new Reliability(questionnaire.title(),
						new Scale(Scale.Kind.SUBDIMENSION, subdimension.id(), subdimension.name(),
								subdimension.dimension()),
						k, enough ? respondents : 0, enough ? CronbachAlpha.of(items, totals) : Double.NaN));
			}
		});
		return reliability;
	}

	private Map<String, long[]> distributions(AssessmentId id) {
		Map<String, long[]> distributions = new LinkedHashMap<>();
		for (Object[] row : this.cube.bandCounts(id.value())) {
			distributions.computeIfAbsent(row[0] + ":" + row[1], (k) -> new long[5])[(Integer) row[2]] = (Long) row[3];
		}
		return distributions;
	}

}
