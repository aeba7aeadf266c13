package org.threefold.power.ui;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.threefold.assessment.AssessmentService;
import org.threefold.assessment.AssessmentStatus;
import org.threefold.assessment.AssessmentSummary;
import org.threefold.power.HeatCell;
import org.threefold.power.HeatmapPicture;
import org.threefold.power.MatrixMeasure;
import org.threefold.power.PowerMaps;
import org.threefold.power.PowerService;
import org.threefold.power.RaterGrouping;
import org.threefold.power.SaidAndDone;
import org.threefold.power.VoiceMaps;
import org.threefold.power.VoicePowerService;
import org.threefold.security.CurrentUser;
import org.threefold.security.Role;
import org.threefold.shared.AssessmentId;
import org.threefold.shared.NotFoundException;
import org.threefold.ui.EmptyState;
import org.threefold.ui.ViewHeader;
import org.threefold.workshop.VoiceGrouping;
import org.threefold.workshop.WorkshopSummary;

/**
 * The power maps of an assessment at {@code power/{assessmentId}} (without an id, the
 * latest closed assessment): influence, respect and data trust, and who carries the cost
 * and risk and who benefits, one tab each. Everything comes suppressed from
 * {@link PowerService}; this view only lays it out.
 */
@Route("power")
@PageTitle("Power dynamics | Threefold")
@StyleSheet("styles/results.css")
@StyleSheet("styles/power.css")
@Menu(title = "Power dynamics", order = 17, icon = "vaadin:scale-unbalance")
@RolesAllowed({ Role.ICS_LEADER_NAME, Role.PARTNER_LEAD_NAME, Role.FACILITATOR_NAME, Role.BOARD_VIEWER_NAME })
public class PowerView extends Main implements HasUrlParameter<Long> {

	private static final String HELP = "How partners see each other: who influences shared decisions, who is treated "
			+ "as an equal and trusted with shared data, and who is seen to carry the cost and risk of joint work and "
			+ "who benefits. Each figure says how many people it rests on (n); groups too small to show safely are "
			+ "withheld. Colours show where to look, not who is right.";

	private final PowerService service;

	private final AssessmentService assessments;

	private final VoicePowerService voice;

	private final CurrentUser currentUser;

	private RaterGrouping grouping = RaterGrouping.PARTNER;

	public PowerView(PowerService service, AssessmentService assessments, VoicePowerService voice,
			CurrentUser currentUser) {
		this.service = service;
		this.assessments = assessments;
		this.voice = voice;
		this.currentUser = currentUser;
		addClassName("tf-page");
		addClassName("tf-results");
		addClassName("tf-power");
	}

	@Override
	public void setParameter(BeforeEvent event, @OptionalParameter Long id) {
		List<AssessmentSummary> closed = this.assessments.list()
			.stream()
			.filter((a) -> a.status() == AssessmentStatus.CLOSED)
			.toList();
		if (id == null) {
			Optional<AssessmentSummary> latest = closed.stream()
				.max(java.util.Comparator.comparing(AssessmentSummary::closesOn));
			if (latest.isEmpty()) {
				removeAll();
				add(new ViewHeader("Power dynamics", HELP));
				add(new EmptyState("No closed assessment yet",
						"The power maps appear once an assessment with the partner questions has closed."));
				return;
			}
			id = latest.get().id().value();
		}
		if (id <= 0) {
			throw new NotFoundException("Assessment");
		}
		show(new AssessmentId(id), closed);
	}

	private void show(AssessmentId id, List<AssessmentSummary> closed) {
		removeAll();
		PowerMaps maps = this.service.maps(id, this.grouping);
		add(new ViewHeader("Power dynamics: " + maps.title(), HELP));
		Div controls = new Div();
		controls.addClassName("tf-power-controls");
		if (closed.size() > 1) {
			Select<AssessmentSummary> assessment = new Select<>();
			assessment.setLabel("Assessment");
			assessment.setItems(closed);
			assessment.setItemLabelGenerator(AssessmentSummary::title);
			closed.stream().filter((a) -> a.id().equals(id)).findFirst().ifPresent(assessment::setValue);
			assessment.addValueChangeListener((e) -> UI.getCurrent().navigate("power/" + e.getValue().id().value()));
			controls.add(assessment);
		}
		Select<RaterGrouping> rows = new Select<>();
		rows.setLabel("Rows: raters grouped by");
		rows.setItems(RaterGrouping.values());
		rows.setItemLabelGenerator((g) -> switch (g) {
			case PARTNER -> "Partner";
			case SECTOR -> "Sector";
			case NHS_STATUS -> "NHS or non-NHS";
		});
		rows.setValue(this.grouping);
		rows.addValueChangeListener((e) -> {
			this.grouping = e.getValue();
			show(id, closed);
		});
		controls.add(rows);
		add(controls);
		if (!maps.anyShown()) {
			add(new EmptyState("No power maps to show",
					"This assessment did not ask the partner questions, or too few people answered them to show "
							+ "safely (at least " + maps.threshold() + " for any figure)."));
			return;
		}
		TabSheet tabs = new TabSheet();
		maps.matrices()
			.stream()
			.filter((m) -> m.measure() == MatrixMeasure.INFLUENCE)
			.findFirst()
			.ifPresent((m) -> tabs.add("Influence", influence(m)));
		Div respect = new Div();
		maps.matrices()
			.stream()
			.filter((m) -> m.measure() != MatrixMeasure.INFLUENCE)
			.forEach((m) -> respect.add(new H2(m.measure().title()), matrix(m)));
		if (respect.getComponentCount() > 0) {
			tabs.add("Respect and data trust", respect);
		}
		if (maps.shares() != null) {
			tabs.add("Cost, risk and benefit", shares(maps.shares()));
		}
		// The voice record names people, so only those who may read it see these tabs.
		if (this.currentUser.require().is(Role.ICS_LEADER) || this.currentUser.require().is(Role.FACILITATOR)) {
			tabs.add("Voice in workshops", voiceTab());
			tabs.add("Said and done", saidAndDoneTab());
		}
		add(tabs);
		add(new Anchor("results/" + id.value(), "All results of this assessment"));
		add(new Anchor("actions", "Action plan"));
	}

	private Div influence(PowerMaps.Matrix matrix) {
		Div section = new Div();
		section.add(new Paragraph("Who shapes agendas, priorities and spending. Read down a column to see how one "
				+ "partner is seen; the last row is everyone but the partner itself."));
		section.add(matrix(matrix));
		return section;
	}

	private Div matrix(PowerMaps.Matrix matrix) {
		Div section = new Div();
		section.add(new HeatmapFigure(matrix.heatmap(), matrix.measure().code() + "-heatmap.png"));
		if (!matrix.withheldRows().isEmpty()) {
			section.add(new Paragraph("Not drawn as rows, because too few of their people answered to show any "
					+ "figure safely: " + String.join(", ", matrix.withheldRows()) + ". Their answers still count in "
					+ "the last row and in the sector and NHS views, where they are combined with others."));
		}
		section.add(new H2("Self-view against how others see each partner"));
		UnorderedList selves = new UnorderedList();
		for (PowerMaps.SelfView view : matrix.selfViews()) {
			String text = view.partner() + ": sees itself " + describe(view.self()) + "; others see it "
					+ describe(view.others());
			if (!Double.isNaN(view.gap())) {
				long gap = Math.round(view.gap());
				text += (gap == 0) ? ", the same" : ", " + Math.abs(gap) + " points " + ((gap > 0) ? "higher" : "lower")
						+ " in its own eyes" + (view.clear() ? " (a clear difference)" : "");
			}
			selves.add(new ListItem(text));
		}
		section.add(selves);
		section.add(new H2("Both directions: A about B against B about A"));
		if (matrix.asymmetries().isEmpty()) {
			section.add(new Paragraph(
					"No pair of partners has enough people rating each other to compare both " + "directions safely."));
		}
		else {
			UnorderedList pairs = new UnorderedList();
			for (PowerMaps.Asymmetry pair : matrix.asymmetries()) {
				pairs.add(new ListItem(String.format(Locale.UK,
						"%s's people rate %s %s; %s's people rate %s %s: " + "%d points apart%s", pair.a(), pair.b(),
						describe(pair.aRatesB()), pair.b(), pair.a(), describe(pair.bRatesA()),
						Math.round(pair.difference()), pair.clear() ? " (a clear difference)" : "")));
			}
			section.add(pairs);
		}
		return section;
	}

	private Div shares(PowerMaps.Shares shares) {
		Div section = new Div();
		section.add(new Paragraph(String.format(Locale.UK,
				"Each person shared out 100 points of cost, of risk and of benefit across the partners. A partner's "
						+ "share comes from the other partners' people only. An equal share would be %.1f points; "
						+ "the white columns show each partner's share of staff and of budget for comparison.",
				shares.equalShare())));
		section.add(new HeatmapFigure(shares.heatmap(), "cost-risk-benefit-heatmap.png"));
		return section;
	}

	private Select<WorkshopSummary> workshopPicker(List<WorkshopSummary> finished) {
		Select<WorkshopSummary> picker = new Select<>();
		picker.setLabel("Workshop");
		picker.setItems(finished);
		picker.setEmptySelectionAllowed(true);
		picker.setEmptySelectionCaption("All finished workshops");
		picker.setItemLabelGenerator((w) -> (w == null) ? "All finished workshops" : w.title());
		return picker;
	}

	private static Optional<org.threefold.shared.WorkshopId> idOf(WorkshopSummary workshop) {
		return Optional.ofNullable(workshop).map(WorkshopSummary::id);
	}

	private Div voiceTab() {
		Div section = new Div();
		section.addClassName("tf-voice-maps");
		section.add(new Paragraph("Who was heard in the ICS's finished workshops: each group's share of turns, "
				+ "speaking time, passes and post-its in each stage, against its share of the people in the room. "
				+ "Groups with too few people in the room are withheld. Read along a row: purple is heard more than "
				+ "its share of the room, orange less."));
		List<WorkshopSummary> finished = this.voice.finishedWorkshops();
		if (finished.isEmpty()) {
			section.add(new EmptyState("No finished workshop yet",
					"The voice maps appear once a workshop has been run and finished."));
			return section;
		}
		Div controls = new Div();
		controls.addClassName("tf-power-controls");
		Select<WorkshopSummary> picker = workshopPicker(finished);
		Select<VoiceGrouping> groups = new Select<>();
		groups.setLabel("Rows: people grouped by");
		groups.setItems(VoicePowerService.GROUPINGS);
		groups.setItemLabelGenerator(VoiceGrouping::label);
		groups.setValue(VoiceGrouping.SECTOR);
		controls.add(picker, groups);
		Div body = new Div();
		Runnable draw = () -> {
			body.removeAll();
			VoiceMaps.VoiceMap map = this.voice.voiceMap(idOf(picker.getValue()), groups.getValue());
			body.add(new Paragraph(String.format(Locale.UK, "%d workshop%s, %d people in the room in all.",
					map.workshops(), (map.workshops() == 1) ? "" : "s", map.people())));
			body.add(new HeatmapFigure(map.heatmap(), "voice-heatmap.png"));
		};
		picker.addValueChangeListener((e) -> draw.run());
		groups.addValueChangeListener((e) -> draw.run());
		draw.run();
		section.add(controls, body);
		return section;
	}

	private Div saidAndDoneTab() {
		Div section = new Div();
		section.addClassName("tf-said-and-done");
		section.add(new Paragraph(String.format(Locale.UK,
				"Said and done: each partner's own view of its influence over shared decisions, from the latest "
						+ "closed assessment, beside how much it was heard in workshops. A partner is flagged when "
						+ "it rates its own influence %.0f or more but was heard at %.2f times its share of the room "
						+ "or less, or rates it %.0f or less but was heard at %.2f times its share or more. A flag "
						+ "is a question to talk about, not a verdict.",
				SaidAndDone.SAYS_HIGH, SaidAndDone.HEARD_LESS, SaidAndDone.SAYS_LOW, SaidAndDone.HEARD_MORE)));
		List<WorkshopSummary> finished = this.voice.finishedWorkshops();
		if (finished.isEmpty()) {
			section.add(new EmptyState("No finished workshop yet",
					"This comparison appears once a workshop has been run and finished."));
			return section;
		}
		Select<WorkshopSummary> picker = workshopPicker(finished);
		Div controls = new Div(picker);
		controls.addClassName("tf-power-controls");
		Div body = new Div();
		Runnable draw = () -> {
			body.removeAll();
			SaidAndDone.Result result = this.voice.saidAndDone(idOf(picker.getValue()));
			body.add(new HeatmapFigure(result.heatmap(), "said-and-done-heatmap.png"));
			body.add(new H2("Where the survey and the workshops diverge"));
			if (result.flagged().isEmpty()) {
				body.add(new Paragraph("No partner whose figures can both be shown has a survey view and a workshop "
						+ "voice pointing opposite ways."));
			}
			else {
				UnorderedList flags = new UnorderedList();
				result.flagged()
					.forEach((row) -> flags.add(new ListItem(String.format(Locale.UK,
							"%s: %s (own rating %s; speaking time %.2f times its share of the room).", row.partner(),
							row.divergence().text().toLowerCase(Locale.UK), describe(row.selfView()),
							row.voiceRatio()))));
				body.add(flags);
			}
			long unknown = result.rows()
				.stream()
				.filter((r) -> r.divergence() == SaidAndDone.Divergence.UNKNOWN)
				.count();
			if (unknown > 0) {
				body.add(new Paragraph(unknown + " partner" + ((unknown == 1) ? "" : "s")
						+ " cannot be compared because a figure is withheld (too few people) or missing."));
			}
		};
		picker.addValueChangeListener((e) -> draw.run());
		draw.run();
		section.add(controls, body);
		return section;
	}

	private static String describe(HeatCell cell) {
		return switch (cell) {
			case HeatCell.Withheld withheld -> "(withheld: " + withheld.reason().toLowerCase(Locale.UK) + ")";
			case HeatCell.Empty empty -> "(no answers)";
			default -> HeatmapPicture.describe(cell, "");
		};
	}

}
