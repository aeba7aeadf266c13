package org.threefold.scoring.ui;

import java.util.Optional;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.threefold.questionnaire.QuestionnaireCatalog;
import org.threefold.scoring.AssessmentResults;
import org.threefold.scoring.Cell;
import org.threefold.scoring.ResultsService;
import org.threefold.security.CurrentUser;
import org.threefold.security.Role;
import org.threefold.security.SignedInUser;
import org.threefold.shared.AssessmentId;
import org.threefold.shared.NotFoundException;
import org.threefold.ui.EmptyState;
import org.threefold.ui.ViewHeader;

/**
 * The results of one assessment at {@code results/{assessmentId}}: overview, heatmap,
 * gaps, distribution, change over time, reliability and the questions behind each
 * sub-dimension, one tab each. Everything comes already suppressed from
 * {@link ResultsService}, which also checks the id against the user's ICS and limits a
 * partner lead to their own organisation; this view only lays results out. Not in the
 * menu: it is reached from an assessment.
 */
@Route("results")
@PageTitle("Results | Threefold")
@StyleSheet("styles/results.css")
@RolesAllowed({ Role.ICS_LEADER_NAME, Role.PARTNER_LEAD_NAME, Role.FACILITATOR_NAME, Role.BOARD_VIEWER_NAME })
public class ResultsView extends Main implements HasUrlParameter<Long> {

	private final ResultsService service;

	private final QuestionnaireCatalog catalog;

	private final boolean partnerLead;

	private final Optional<String> ownPartner;

	public ResultsView(ResultsService service, QuestionnaireCatalog catalog, CurrentUser currentUser) {
		this.service = service;
		this.catalog = catalog;
		SignedInUser user = currentUser.require();
		this.partnerLead = user.is(Role.PARTNER_LEAD);
		this.ownPartner = this.partnerLead ? user.partnerId().map(Object::toString) : Optional.empty();
		addClassName("tf-page");
		addClassName("tf-results");
	}

	@Override
	public void setParameter(BeforeEvent event, Long id) {
		if (id == null || id <= 0) {
			throw new NotFoundException("Assessment");
		}
		show(this.service.results(new AssessmentId(id)));
	}

	private void show(AssessmentResults results) {
		removeAll();
		AssessmentId id = results.id();
		add(new ViewHeader("Results: " + results.title(), help()));
		if (results.ics().cells().values().stream().noneMatch(Cell::shown)) {
			add(new EmptyState("No results to show yet", "Scores appear once at least " + results.threshold()
					+ " people have submitted their answers, so that nobody can be identified."));
		}
		else {
			ResultFormat format = new ResultFormat(results.threshold());
			TabSheet tabs = new TabSheet();
			tabs.add("Overview", new OverviewSection(results, format, this.ownPartner));
			tabs.add("Heatmap", new HeatmapSection(results, format, this.partnerLead));
			tabs.add("Gaps", new GapsSection(results, format));
			tabs.add("Distribution", new DistributionSection(results, format));
			tabs.add("Change over time", new TrendSection(results, format));
			tabs.add("Reliability", new ReliabilitySection(results, format));
			tabs.add("Questions", new QuestionsSection(results, format, this.catalog.framework(),
					(subdimension) -> this.service.items(id, subdimension)));
			tabs.add("Comments", new CommentsSection(this.service.comments(id)));
			add(tabs);
		}
		add(new Anchor("assessments/" + id.value(), "Back to the assessment"));
	}

	private String help() {
		return this.partnerLead
				? "Your organisation's results beside the whole partnership's. Groups with too few responses are "
						+ "withheld so that nobody can be identified, and each one says why."
				: "How the partnership scores on technology, relationships and the enabling environment, which "
						+ "count equally, and on readiness for change. Groups with too few responses are withheld "
						+ "so that nobody can be identified, and each one says why.";
	}

}
