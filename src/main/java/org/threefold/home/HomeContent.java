package org.threefold.home;

import java.util.List;

import org.springframework.stereotype.Service;

import org.threefold.assessment.AssessmentService;
import org.threefold.assessment.AssessmentSummary;
import org.threefold.partner.IcsService;
import org.threefold.partner.IcsView;
import org.threefold.partner.PartnerService;
import org.threefold.partner.PartnerView;
import org.threefold.partner.PartnershipSummary;
import org.threefold.questionnaire.Dimension;
import org.threefold.questionnaire.LoadReport;
import org.threefold.questionnaire.QuestionnaireCatalog;
import org.threefold.questionnaire.QuestionnaireSummary;
import org.threefold.questionnaire.SubDimension;
import org.threefold.security.SignedInUser;

/**
 * Gathers what the home pages show, in one call per page, as records. The calls go
 * through the secured services, so each role gets only what its services allow.
 */
@Service
class HomeContent {

	/** What every ICS role's home shows about its partnership and instruments. */
	record Partnership(PartnershipSummary summary, List<QuestionnaireSummary> questionnaires,
			List<FrameworkDimension> framework, List<AssessmentSummary> assessments) {
	}

	record FrameworkDimension(Dimension dimension, List<SubDimension> subdimensions) {
	}

	record Administrator(List<IcsView> partnerships, LoadReport questionnaireReport, int questionnaireCount) {
	}

	private final PartnerService partners;

	private final IcsService icsService;

	private final QuestionnaireCatalog catalog;

	private final AssessmentService assessments;

	HomeContent(PartnerService partners, IcsService icsService, QuestionnaireCatalog catalog,
			AssessmentService assessments) {
		this.assessments = assessments;
		this.partners = partners;
		this.icsService = icsService;
		this.catalog = catalog;
	}

	Partnership partnership() {
		List<FrameworkDimension> framework = this.catalog.framework()
			.map((f) -> java.util.Arrays.stream(Dimension.values())
				.map((d) -> new FrameworkDimension(d, f.subdimensionsOf(d)))
				.toList())
			.orElse(List.of());
		return new Partnership(this.partners.summary(), this.catalog.questionnaires(), framework,
				this.assessments.list());
	}

	PartnerView ownPartner(SignedInUser user) {
		return this.partners.get(user.partnerId().orElseThrow());
	}

	Administrator administrator() {
		return new Administrator(this.icsService.list(), this.catalog.report(), this.catalog.questionnaires().size());
	}

}
