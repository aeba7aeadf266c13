package org.threefold.workshop.ui;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import org.threefold.assessment.AssessmentService;
import org.threefold.assessment.AssessmentSummary;
import org.threefold.security.Role;
import org.threefold.shared.ValidationException;
import org.threefold.shared.WorkshopId;
import org.threefold.ui.ViewHeader;
import org.threefold.workshop.AssessmentSeeds;
import org.threefold.workshop.Stage;
import org.threefold.workshop.StagePlan;
import org.threefold.workshop.WorkshopMode;
import org.threefold.workshop.WorkshopPlan;
import org.threefold.workshop.WorkshopService;
import org.threefold.workshop.WorkshopSummary;

/**
 * The ICS's workshops, and planning a new one from the five-stage template: title, mode,
 * start, each stage's prompts (truncate, extend or replace them) and minutes, and the
 * themes to rank, optionally seeded from an assessment's weakest and most disputed
 * sub-dimensions.
 */
@Route("workshops")
@PageTitle("Workshops | Threefold")
@Menu(title = "Workshops", order = 30, icon = "vaadin:group")
@RolesAllowed({ Role.ICS_LEADER_NAME, Role.FACILITATOR_NAME })
@StyleSheet("styles/workshop.css")
public class WorkshopsView extends Main {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK);

	private final WorkshopService workshops;

	private final AssessmentService assessments;

	private final Grid<WorkshopSummary> grid = new Grid<>();

	private final Span problem = new Span();

	private final TextField title = new TextField("Title");

	private final Select<WorkshopMode> mode = new Select<>();

	private final DateTimePicker startsAt = new DateTimePicker("Starts");

	private final List<TextArea> prompts = new ArrayList<>();

	private final List<IntegerField> minutes = new ArrayList<>();

	private final TextArea themes = new TextArea("Themes for groups to rank, one per line");

	private final ComboBox<AssessmentSummary> assessment = new ComboBox<>("Seed from an assessment (optional)");

	public WorkshopsView(WorkshopService workshops, AssessmentService assessments) {
		this.workshops = workshops;
		this.assessments = assessments;
		addClassNames("tf-page", "tf-workshop");
		add(new ViewHeader("Workshops", "A generative dialogue workshop runs the five stages of the method live:"
				+ " check-in, individual thoughts, time to think, groups, and agreement. Plan one below, then open"
				+ " its console to run it; participants join on their phones with the code, without an account."));
		this.grid.addComponentColumn((w) -> new Anchor("workshop/" + w.id(), w.title()))
			.setHeader("Workshop")
			.setFlexGrow(3);
		this.grid.addColumn((w) -> w.status().label()).setHeader("Status");
		this.grid.addColumn((w) -> (w.startsAt() == null) ? "" : WHEN.format(w.startsAt())).setHeader("Starts");
		this.grid.addColumn(WorkshopSummary::joinCode).setHeader("Code");
		this.grid.addColumn(WorkshopSummary::participants).setHeader("People");
		this.grid.setAllRowsVisible(true);
		add(this.grid, planForm());
		refresh();
	}

	private void refresh() {
		this.grid.setItems(this.workshops.list());
	}

	private Div planForm() {
		WorkshopPlan template = WorkshopPlan.template("", WorkshopMode.IN_PERSON, null);
		Div form = new Div();
		form.addClassName("tf-ws-panel");
		form.add(new H2("Plan a workshop"));
		this.problem.addClassName("tf-ws-problem");
		this.problem.getElement().setAttribute("role", "alert");
		this.title.setMaxLength(WorkshopPlan.MAX_TITLE);
		this.title.setWidthFull();
		this.title.setId("ws-plan-title");
		this.mode.setLabel("Where");
		this.mode.setItems(WorkshopMode.values());
		this.mode.setItemLabelGenerator(WorkshopMode::label);
		this.mode.setValue(WorkshopMode.IN_PERSON);
		this.startsAt.setLocale(Locale.UK);
		form.add(this.problem, this.title, this.mode, this.startsAt);
		this.assessment.setItems(this.assessments.list());
		this.assessment.setItemLabelGenerator(AssessmentSummary::title);
		Button seed = new Button("Suggest questions and themes", (click) -> seed());
		form.add(new Div(this.assessment, seed));
		for (StagePlan stage : template.stages()) {
			TextArea area = new TextArea(stage.stage().number() + ". " + stage.stage().title()
					+ (stage.stage().rounds() ? " — one round per line" : " — one prompt per line"));
			area.setValue(String.join("\n", stage.prompts()));
			area.setWidthFull();
			area.setHelperText(helpFor(stage.stage()));
			IntegerField time = new IntegerField("Minutes");
			time.setValue(stage.minutes());
			time.setMin(0);
			time.setMax(480);
			this.prompts.add(area);
			this.minutes.add(time);
			form.add(area, time);
		}
		this.themes.setValue(String.join("\n", template.themes()));
		this.themes.setWidthFull();
		Button create = new Button("Create workshop", (click) -> create());
		create.addThemeVariants(ButtonVariant.PRIMARY);
		create.setId("ws-create");
		form.add(this.themes, create);
		return form;
	}

	private static String helpFor(Stage stage) {
		return switch (stage) {
			case CHECK_IN -> "What each person answers in the check-in round.";
			case INDIVIDUAL_THOUGHTS -> "The questions post-its are written around (the seed's three by default).";
			case TIME_TO_THINK -> "Three to five questions: each round gets a new question and a new order.";
			case GROUPS -> "The task groups work on together.";
			case AGREEMENT -> "The final rounds before agreeing actions.";
		};
	}

	private void seed() {
		if (this.assessment.getValue() == null) {
			this.problem.setText("Choose an assessment first.");
			return;
		}
		try {
			AssessmentSeeds seeds = this.workshops.suggestFromAssessment(this.assessment.getValue().id());
			this.prompts.get(1).setValue(String.join("\n", seeds.questions()));
			this.themes.setValue(String.join("\n", seeds.themes()));
			this.problem.setText("");
		}
		catch (ValidationException ex) {
			this.problem.setText(String.join(" ", ex.problems()));
		}
	}

	private void create() {
		List<StagePlan> stages = new ArrayList<>();
		for (Stage stage : Stage.values()) {
			List<String> lines = Arrays.stream(this.prompts.get(stage.ordinal()).getValue().split("\\R"))
				.map(String::strip)
				.filter((line) -> !line.isEmpty())
				.toList();
			Integer time = this.minutes.get(stage.ordinal()).getValue();
			stages.add(new StagePlan(stage, lines, (time == null) ? 0 : time));
		}
		List<String> themeLines = Arrays.stream(this.themes.getValue().split("\\R"))
			.map(String::strip)
			.filter((line) -> !line.isEmpty())
			.toList();
		LocalDateTime when = this.startsAt.getValue();
		WorkshopPlan plan = new WorkshopPlan(this.title.getValue(), this.mode.getValue(), when, stages, themeLines,
				(this.assessment.getValue() == null) ? null : this.assessment.getValue().id());
		try {
			WorkshopId id = this.workshops.create(plan);
			if (!plan.warnings().isEmpty()) {
				this.problem.setText(String.join(" ", plan.warnings()));
			}
			getUI().ifPresent((ui) -> ui.navigate("workshop/" + id));
		}
		catch (ValidationException ex) {
			this.problem.setText(String.join(" ", ex.problems()));
		}
		if (!plan.warnings().isEmpty()) {
			add(new Paragraph(String.join(" ", plan.warnings())));
		}
	}

}
