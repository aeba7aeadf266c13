package org.threefold.assessment.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import org.threefold.assessment.AssessmentPlan;
import org.threefold.partner.PartnerView;
import org.threefold.questionnaire.Audience;
import org.threefold.questionnaire.QuestionnaireSummary;

/**
 * The plan of an assessment campaign. It is handed the partners and questionnaires to
 * choose from and knows nothing of services, so it tests without Spring: {@link #plan()}
 * hands back what was typed, and the plan's own checks and the service decide whether it
 * is acceptable.
 */
public class AssessmentPlanForm extends FormLayout {

	/** Four weeks gives staff on rotas and part-time hours a fair chance to answer. */
	static final int SUGGESTED_WEEKS_OPEN = 4;

	/**
	 * {@code Locale.UK} is {@code new Locale("en", "GB")} without the deprecated
	 * constructor: UK month names and Monday as the first day of the week.
	 */
	private static final Locale UK = Locale.UK;

	private final TextField title = new TextField("Title");

	private final TextField series = new TextField("Series (optional)");

	private final DatePicker opensOn = ukDatePicker("Opens on");

	private final DatePicker closesOn = ukDatePicker("Closes on");

	private final IntegerField scoreThreshold = threshold("Anonymity threshold for scores",
			AssessmentPlan.DEFAULT_SCORE_THRESHOLD);

	private final IntegerField textThreshold = threshold("Anonymity threshold for free text",
			AssessmentPlan.DEFAULT_TEXT_THRESHOLD);

	private final Checkbox askProfession = new Checkbox("Ask each respondent's profession", true);

	private final Checkbox askSeniority = new Checkbox("Ask each respondent's seniority", true);

	private final Select<QuestionnaireSummary> leadsQuestionnaire;

	private final Select<QuestionnaireSummary> staffQuestionnaire;

	private final Checkbox allPartners = new Checkbox("Select all partners");

	private final CheckboxGroup<PartnerView> partners = new CheckboxGroup<>("Partners taking part");

	private final List<PartnerView> partnerChoices;

	public AssessmentPlanForm(List<PartnerView> partnerChoices, List<QuestionnaireSummary> questionnaires) {
		this.partnerChoices = List.copyOf(partnerChoices);
		this.title.setRequired(true);
		this.title.setMaxLength(200);
		this.title.setHelperText("As respondents will see it, e.g. \"Partnership readiness, spring 2027\"");
		this.series.setMaxLength(100);
		this.series
			.setHelperText("Assessments in the same series are compared over time. Leave blank to use the title.");
		this.opensOn.setRequiredIndicatorVisible(true);
		this.closesOn.setRequiredIndicatorVisible(true);
		this.closesOn.setHelperText("It closes at the end of this day; unfinished responses are not counted");
		this.opensOn.addValueChangeListener((change) -> this.closesOn.setMin(change.getValue()));
		this.scoreThreshold.setMin(AssessmentPlan.MINIMUM_THRESHOLD);
		this.scoreThreshold.setHelperText("Results for a group are shown only when at least this many people in it "
				+ "have answered, so nobody can be picked out. At least " + AssessmentPlan.MINIMUM_THRESHOLD
				+ "; fixed once the assessment opens, and told to everyone invited.");
		this.textThreshold.setMin(AssessmentPlan.MINIMUM_THRESHOLD);
		this.textThreshold.setHelperText("Written comments are shown only for groups at least this large, because "
				+ "the way people write can give them away. At least the threshold for scores.");
		this.leadsQuestionnaire = questionnaireSelect("Questionnaire for partner leads", questionnaires, Audience.LEADS,
				"The full assessment, answered by each partner's lead and senior staff");
		this.staffQuestionnaire = questionnaireSelect("Questionnaire for staff", questionnaires, Audience.STAFF,
				"A short anonymous survey for anyone working in a partner organisation");
		configurePartners();

		Div questions = new Div(this.askProfession, this.askSeniority,
				new Paragraph("Asking lets results be compared by profession and by seniority; "
						+ "groups smaller than the threshold stay hidden."));
		add(this.title, this.series, this.opensOn, this.closesOn, this.scoreThreshold, this.textThreshold,
				this.leadsQuestionnaire, this.staffQuestionnaire, questions, this.allPartners, this.partners);
		setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("500px", 2));
		setColspan(this.title, 2);
		setColspan(this.series, 2);
		setColspan(questions, 2);
		setColspan(this.allPartners, 2);
		setColspan(this.partners, 2);
	}

	/** Fills the form with a saved plan, e.g. to edit a draft. */
	public void show(AssessmentPlan plan) {
		this.title.setValue(plan.title());
		this.series.setValue(plan.series().equals(plan.title()) ? "" : plan.series());
		this.opensOn.setValue(plan.opensOn());
		this.closesOn.setValue(plan.closesOn());
		this.scoreThreshold.setValue(plan.scoreThreshold());
		this.textThreshold.setValue(plan.textThreshold());
		this.askProfession.setValue(plan.askProfession());
		this.askSeniority.setValue(plan.askSeniority());
		choose(this.leadsQuestionnaire, plan.leadsQuestionnaire());
		choose(this.staffQuestionnaire, plan.staffQuestionnaire());
		this.partners.setValue(this.partnerChoices.stream()
			.filter((partner) -> plan.partners().contains(partner.id()))
			.collect(Collectors.toSet()));
	}

	/** Proposes dates for a new plan: opening today, closing a few weeks later. */
	public void suggestDates(LocalDate today) {
		this.opensOn.setValue(today);
		this.closesOn.setValue(today.plusWeeks(SUGGESTED_WEEKS_OPEN));
	}

	/** What was typed. A threshold box that does not hold a whole number reads as 0. */
	public AssessmentPlan plan() {
		return new AssessmentPlan(this.title.getValue(), this.series.getValue(), this.opensOn.getValue(),
				this.closesOn.getValue(), valueOrZero(this.scoreThreshold), valueOrZero(this.textThreshold),
				this.askProfession.getValue(), this.askSeniority.getValue(), idOf(this.leadsQuestionnaire),
				idOf(this.staffQuestionnaire),
				this.partners.getValue().stream().map(PartnerView::id).collect(Collectors.toSet()));
	}

	/**
	 * Problems only the form can see: boxes whose text is not a value at all. The plan
	 * cannot tell "left empty" from "typed nonsense", so these are worded here.
	 */
	public List<String> unreadable() {
		List<String> problems = new ArrayList<>();
		unreadableNumber(this.scoreThreshold, "The threshold for scores", problems);
		unreadableNumber(this.textThreshold, "The threshold for free text", problems);
		if (this.opensOn.isInvalid() && this.opensOn.getValue() == null) {
			problems.add("The opening date is not a date: pick one from the calendar or type it as 3/3/2027");
		}
		if (this.closesOn.isInvalid() && this.closesOn.getValue() == null) {
			problems.add("The closing date is not a date: pick one from the calendar or type it as 31/3/2027");
		}
		return problems;
	}

	private void configurePartners() {
		this.partners.setItems(this.partnerChoices);
		this.partners.setItemLabelGenerator(PartnerView::name);
		this.partners.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
		this.partners.setRequiredIndicatorVisible(true);
		this.partners.setHelperText(this.partnerChoices.isEmpty()
				? "Your partnership has no partners yet: add them on the Partners page first"
				: "Each partner gets its own invitation links and its own response counts");
		this.allPartners.setEnabled(!this.partnerChoices.isEmpty());
		this.allPartners.addValueChangeListener((change) -> {
			if (change.getValue()) {
				this.partners.setValue(new HashSet<>(this.partnerChoices));
			}
			else if (this.partners.getValue().size() == this.partnerChoices.size()) {
				this.partners.clear();
			}
		});
		this.partners.addValueChangeListener((change) -> {
			Set<PartnerView> chosen = change.getValue();
			boolean all = !this.partnerChoices.isEmpty() && chosen.size() == this.partnerChoices.size();
			this.allPartners.setValue(all);
			this.allPartners.setIndeterminate(!all && !chosen.isEmpty());
		});
	}

	private static Select<QuestionnaireSummary> questionnaireSelect(String label,
			List<QuestionnaireSummary> questionnaires, Audience audience, String helper) {
		List<QuestionnaireSummary> suitable = questionnaires.stream()
			.filter((q) -> q.audience() == audience || q.audience() == Audience.ANY)
			.toList();
		Select<QuestionnaireSummary> select = new Select<>();
		select.setLabel(label);
		select.setItems(suitable);
		select.setItemLabelGenerator(
				(q) -> (q == null) ? "None" : q.title() + " (about " + q.estimatedMinutes() + " minutes)");
		select.setEmptySelectionAllowed(true);
		select.setEmptySelectionCaption("None");
		select.setHelperText(helper);
		// The questionnaire written for exactly this group is the usual choice.
		suitable.stream().filter((q) -> q.audience() == audience).findFirst().ifPresent(select::setValue);
		return select;
	}

	private static void choose(Select<QuestionnaireSummary> select, String id) {
		select.setValue(select.getListDataView().getItems().filter((q) -> q.id().equals(id)).findFirst().orElse(null));
	}

	private static String idOf(Select<QuestionnaireSummary> select) {
		return (select.getValue() == null) ? null : select.getValue().id();
	}

	private static int valueOrZero(IntegerField field) {
		return (field.getValue() == null) ? 0 : field.getValue();
	}

	private static void unreadableNumber(IntegerField field, String name, List<String> problems) {
		if (field.getValue() == null) {
			problems.add(name + " must be a whole number, e.g. " + field.getMin());
		}
	}

	private static IntegerField threshold(String label, int initial) {
		IntegerField field = new IntegerField(label);
		field.setMax(100);
		field.setStepButtonsVisible(true);
		field.setRequiredIndicatorVisible(true);
		field.setValue(initial);
		field.setSuffixComponent(new Span("people"));
		return field;
	}

	private static DatePicker ukDatePicker(String label) {
		DatePicker picker = new DatePicker(label);
		picker.setLocale(UK);
		picker.setI18n(new DatePicker.DatePickerI18n().setDateFormat("d/M/yyyy").setFirstDayOfWeek(1));
		picker.setPlaceholder("e.g. 3/3/2027");
		return picker;
	}

}
