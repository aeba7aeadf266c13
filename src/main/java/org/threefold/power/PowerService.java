package org.threefold.power;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.threefold.assessment.AssessmentDetail;
import org.threefold.assessment.AssessmentService;
import org.threefold.chart.ChartImage;
import org.threefold.partner.PartnerService;
import org.threefold.partner.PartnerView;
import org.threefold.power.internal.PowerRepository;
import org.threefold.questionnaire.Item;
import org.threefold.questionnaire.ItemSpec;
import org.threefold.questionnaire.QuestionnaireCatalog;
import org.threefold.security.CurrentUser;
import org.threefold.security.Role;
import org.threefold.security.SignedInUser;
import org.threefold.shared.AssessmentId;
import org.threefold.shared.PartnerId;

/**
 * The power maps of an assessment of the signed-in user's ICS, suppressed before they
 * leave this service. A partner lead sees the whole picture of how partners see each
 * other, but among the rater rows only their own organisation's, and only the asymmetries
 * their organisation is part of.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({ Role.ICS_LEADER_NAME, Role.PARTNER_LEAD_NAME, Role.FACILITATOR_NAME, Role.BOARD_VIEWER_NAME })
public class PowerService {

	private final AssessmentService assessments;

	private final PartnerService partners;

	private final QuestionnaireCatalog catalog;

	private final PowerRepository repository;

	private final CurrentUser currentUser;

	PowerService(AssessmentService assessments, PartnerService partners, QuestionnaireCatalog catalog,
			PowerRepository repository, CurrentUser currentUser) {
		this.assessments = assessments;
		this.partners = partners;
		this.catalog = catalog;
		this.repository = repository;
		this.currentUser = currentUser;
	}

	public PowerMaps maps(AssessmentId id, RaterGrouping grouping) {
		AssessmentDetail assessment = this.assessments.get(id);
		Map<String, String> matrixItems = new LinkedHashMap<>();
		Map<String, String> allocationItems = new LinkedHashMap<>();
		Map<String, Integer> totals = new LinkedHashMap<>();
		for (long version : this.assessments.questionnaireVersions(id).values()) {
			this.catalog.definitionOfVersion(version).items().forEach((Item item) -> {
				if (item.spec() instanceof ItemSpec.PartnerMatrix matrix) {
					matrixItems.putIfAbsent(item.id(), matrix.measure());
				}
				else if (item.spec() instanceof ItemSpec.Allocation allocation && allocation.overPartners()) {
					allocationItems.putIfAbsent(item.id(), allocation.measure());
					totals.putIfAbsent(item.id(), allocation.total());
				}
			});
		}
		List<PowerCalculator.PartnerFacts> facts = this.partners.list()
			.stream()
			.filter((p) -> assessment.partners().containsKey(p.id()))
			.sorted(Comparator.comparing(PartnerView::name))
			.map((p) -> new PowerCalculator.PartnerFacts(p.id().value(), p.name(), p.sector(), p.headcount(),
					p.budgetBand()))
			.toList();
		PowerCalculator calculator = new PowerCalculator(assessment.scoreThreshold(), facts);
		List<String> items = new ArrayList<>(matrixItems.keySet());
		items.addAll(allocationItems.keySet());
		List<PowerRepository.Sums> sums = this.repository.sums(id.value(), items);
		List<PowerCalculator.Rating> ratings = PowerRepository.matrix(sums, matrixItems);
		Optional<String> own = ownPartnerName(facts);
		List<PowerMaps.Matrix> matrices = new ArrayList<>();
		for (MatrixMeasure measure : MatrixMeasure.values()) {
			if (matrixItems.containsValue(measure.code())) {
				PowerMaps.Matrix matrix = calculator.matrix(measure, grouping, ratings);
				matrices.add(own.map((name) -> ownRowsOnly(matrix, grouping, name)).orElse(matrix));
			}
		}
		PowerMaps.Shares shares = null;
		if (!allocationItems.isEmpty()) {
			Set<ShareMeasure> asked = EnumSet.noneOf(ShareMeasure.class);
			allocationItems.values().forEach((code) -> ShareMeasure.of(code).ifPresent(asked::add));
			shares = calculator.shares(PowerRepository.allocations(sums, allocationItems, totals,
					facts.stream().map(PowerCalculator.PartnerFacts::id).toList()), asked);
		}
		long raters = matrices.stream()
			.flatMap((m) -> m.selfViews().stream())
			.map(PowerMaps.SelfView::others)
			.filter(HeatCell.Shown.class::isInstance)
			.mapToLong((c) -> ((HeatCell.Shown) c).n())
			.max()
			.orElse(0);
		return new PowerMaps(id, assessment.title(), assessment.scoreThreshold(), raters,
				facts.stream().map(PowerCalculator.PartnerFacts::name).toList(), grouping, matrices, shares);
	}

	/**
	 * Every heatmap of the assessment as a picture with its text alternative, in screen
	 * order, for exports.
	 */
	public List<ChartImage> pictures(AssessmentId id, RaterGrouping grouping) {
		PowerMaps maps = maps(id, grouping);
		List<ChartImage> pictures = new ArrayList<>();
		maps.matrices().forEach((m) -> pictures.add(HeatmapPicture.render(m.heatmap())));
		if (maps.shares() != null) {
			pictures.add(HeatmapPicture.render(maps.shares().heatmap()));
		}
		return pictures;
	}

	private Optional<String> ownPartnerName(List<PowerCalculator.PartnerFacts> facts) {
		SignedInUser user = this.currentUser.require();
		if (!user.is(Role.PARTNER_LEAD)) {
			return Optional.empty();
		}
		long own = user.partnerId().map(PartnerId::value).orElse(-1L);
		return Optional.of(facts.stream()
			.filter((p) -> p.id() == own)
			.map(PowerCalculator.PartnerFacts::name)
			.findFirst()
			.orElse(""));
	}

	private static PowerMaps.Matrix ownRowsOnly(PowerMaps.Matrix matrix, RaterGrouping grouping, String own) {
		if (grouping != RaterGrouping.PARTNER) {
			return new PowerMaps.Matrix(matrix.measure(), matrix.heatmap(), matrix.withheldRows(), matrix.selfViews(),
					matrix.asymmetries().stream().filter((a) -> a.a().equals(own) || a.b().equals(own)).toList());
		}
		Heatmap heatmap = matrix.heatmap();
		List<String> rows = new ArrayList<>();
		List<List<HeatCell>> cells = new ArrayList<>();
		for (int i = 0; i < heatmap.rows().size(); i++) {
			if (heatmap.rows().get(i).equals(own) || i == heatmap.rows().size() - 1) {
				rows.add(heatmap.rows().get(i));
				cells.add(heatmap.cells().get(i));
			}
		}
		return new PowerMaps.Matrix(matrix.measure(),
				new Heatmap(heatmap.title(), heatmap.rowHeading(), heatmap.columnHeading(), rows, heatmap.columns(),
						heatmap.columnKey(), cells, heatmap.scale(), heatmap.unit(), heatmap.reading()),
				matrix.withheldRows().stream().filter(own::equals).toList(), matrix.selfViews(),
				matrix.asymmetries().stream().filter((a) -> a.a().equals(own) || a.b().equals(own)).toList());
	}

}
