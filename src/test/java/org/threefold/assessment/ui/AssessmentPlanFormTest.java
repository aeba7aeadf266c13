package org.threefold.assessment.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.threefold.assessment.AssessmentPlan;
import org.threefold.partner.PartnerView;
import org.threefold.partner.Sector;
import org.threefold.questionnaire.Audience;
import org.threefold.questionnaire.QuestionnaireSummary;
import org.threefold.shared.IcsId;
import org.threefold.shared.PartnerId;
import org.threefold.shared.ValidationException;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan form and its dialog in a browserless UI, with no Spring: partners and
 * questionnaires are made by hand, and saving goes to a list or throws as the service
 * would.
 */
class AssessmentPlanFormTest {

	private static final IcsId NORTH_VALE = new IcsId(1);

	private static final PartnerView RIVERSIDE_PHARMACY = aPartner(11, "Riverside Community Pharmacy");

	private static final PartnerView VALE_COUNCIL = aPartner(12, "North Vale County Council");

	private static final PartnerView ST_AIDANS = aPartner(13, "St Aidan's Hospice");

	private static final QuestionnaireSummary PARTNERSHIP_ASSESSMENT = aQuestionnaire("partnership-assessment",
			"Partnership assessment", Audience.LEADS);

	private static final QuestionnaireSummary STAFF_PULSE = aQuestionnaire("staff-pulse", "Staff pulse",
			Audience.STAFF);

	private static final QuestionnaireSummary CHANGE_READINESS = aQuestionnaire("change-readiness",
			"Readiness for a shared change", Audience.ANY);

	private final List<AssessmentPlan> saved = new ArrayList<>();

	private AssessmentPlanForm form;

	@BeforeEach
	void openForm() {
		MockVaadin.setup();
		this.form = new AssessmentPlanForm(List.of(RIVERSIDE_PHARMACY, VALE_COUNCIL, ST_AIDANS),
				List.of(PARTNERSHIP_ASSESSMENT, STAFF_PULSE, CHANGE_READINESS));
	}

	@AfterEach
	void closeUi() {
		MockVaadin.tearDown();
	}

	@Test
	void a_new_plan_starts_with_the_default_anonymity_thresholds_and_asks_profession_and_seniority() {
		UI.getCurrent().add(this.form);

		assertThat(integerField("Anonymity threshold for scores").getValue()).isEqualTo(5);
		assertThat(integerField("Anonymity threshold for free text").getValue()).isEqualTo(10);
		assertThat(integerField("Anonymity threshold for scores").getHelperText())
			.contains("shown only when at least this many people");
		assertThat(checkbox("Ask each respondent's profession").getValue()).isTrue();
		assertThat(checkbox("Ask each respondent's seniority").getValue()).isTrue();
		AssessmentPlan plan = this.form.plan();
		assertThat(plan.scoreThreshold()).isEqualTo(AssessmentPlan.DEFAULT_SCORE_THRESHOLD);
		assertThat(plan.textThreshold()).isEqualTo(AssessmentPlan.DEFAULT_TEXT_THRESHOLD);
	}

	@Test
	void each_questionnaire_choice_offers_only_questionnaires_written_for_that_group() {
		UI.getCurrent().add(this.form);

		assertThat(leadsQuestionnaire().getListDataView().getItems()).containsExactly(PARTNERSHIP_ASSESSMENT,
				CHANGE_READINESS);
		assertThat(staffQuestionnaire().getListDataView().getItems()).containsExactly(STAFF_PULSE, CHANGE_READINESS);
		assertThat(leadsQuestionnaire().getValue()).as("the one written for leads").isEqualTo(PARTNERSHIP_ASSESSMENT);
		assertThat(staffQuestionnaire().getValue()).as("the one written for staff").isEqualTo(STAFF_PULSE);
		assertThat(leadsQuestionnaire().isEmptySelectionAllowed()).isTrue();
		assertThat(leadsQuestionnaire().getEmptySelectionCaption()).isEqualTo("None");
	}

	@Test
	void what_the_leader_fills_in_becomes_the_plan() {
		UI.getCurrent().add(this.form);

		_setValue(_get(TextField.class, (spec) -> spec.withLabel("Title")), "Partnership readiness, spring 2027");
		_setValue(_get(TextField.class, (spec) -> spec.withLabel("Series (optional)")), "Partnership readiness");
		_setValue(datePicker("Opens on"), LocalDate.of(2027, 3, 3));
		_setValue(datePicker("Closes on"), LocalDate.of(2027, 3, 31));
		_setValue(integerField("Anonymity threshold for scores"), 7);
		_setValue(integerField("Anonymity threshold for free text"), 12);
		_setValue(checkbox("Ask each respondent's seniority"), false);
		_setValue(leadsQuestionnaire(), null);
		_setValue(staffQuestionnaire(), CHANGE_READINESS);
		_setValue(partners(), Set.of(RIVERSIDE_PHARMACY, ST_AIDANS));

		assertThat(this.form.plan()).isEqualTo(new AssessmentPlan("Partnership readiness, spring 2027",
				"Partnership readiness", LocalDate.of(2027, 3, 3), LocalDate.of(2027, 3, 31), 7, 12, true, false, null,
				"change-readiness", Set.of(RIVERSIDE_PHARMACY.id(), ST_AIDANS.id())));
		assertThat(this.form.unreadable()).isEmpty();
	}

	@Test
	void select_all_ticks_every_partner_and_unticking_it_clears_them() {
		UI.getCurrent().add(this.form);

		_setValue(checkbox("Select all partners"), true);
		assertThat(this.form.plan().partners()).containsExactlyInAnyOrder(RIVERSIDE_PHARMACY.id(), VALE_COUNCIL.id(),
				ST_AIDANS.id());

		_setValue(checkbox("Select all partners"), false);
		assertThat(this.form.plan().partners()).isEmpty();

		_setValue(partners(), Set.of(VALE_COUNCIL));
		assertThat(checkbox("Select all partners").isIndeterminate()).as("some but not all chosen").isTrue();
	}

	@Test
	void dates_are_picked_and_typed_the_uk_way() {
		UI.getCurrent().add(this.form);

		DatePicker opens = datePicker("Opens on");
		assertThat(opens.getLocale()).isEqualTo(Locale.of("en", "GB"));
		assertThat(opens.getI18n().getDateFormats()).containsExactly("d/M/yyyy");
		assertThat(opens.getI18n().getFirstDayOfWeek()).as("Monday").isEqualTo(1);
	}

	@Test
	void a_saved_draft_fills_the_form_so_it_can_be_changed() {
		AssessmentPlan draft = new AssessmentPlan("Staff pulse, autumn 2027", "Staff pulse", LocalDate.of(2027, 10, 4),
				LocalDate.of(2027, 10, 29), 6, 15, false, true, null, "staff-pulse", Set.of(VALE_COUNCIL.id()));
		UI.getCurrent().add(this.form);

		this.form.show(draft);

		assertThat(this.form.plan()).isEqualTo(draft);
	}

	@Test
	void saving_hands_the_plan_over_and_closes_the_dialog() {
		this.form.suggestDates(LocalDate.of(2027, 3, 3));
		AssessmentPlanDialog dialog = openDialog((plan) -> this.saved.add(plan));
		_setValue(_get(TextField.class, (spec) -> spec.withLabel("Title")), "Partnership readiness, spring 2027");
		_setValue(checkbox("Select all partners"), true);

		_click(_get(Button.class, (spec) -> spec.withText("Save draft")));

		assertThat(this.saved).singleElement().satisfies((plan) -> {
			assertThat(plan.title()).isEqualTo("Partnership readiness, spring 2027");
			assertThat(plan.series()).as("defaults to the title").isEqualTo("Partnership readiness, spring 2027");
			assertThat(plan.opensOn()).isEqualTo(LocalDate.of(2027, 3, 3));
			assertThat(plan.closesOn()).isEqualTo(LocalDate.of(2027, 3, 31));
			assertThat(plan.problems()).isEmpty();
		});
		assertThat(dialog.isOpened()).isFalse();
	}

	@Test
	void a_refused_plan_is_listed_in_the_dialog_which_keeps_what_was_typed_and_can_save_again() {
		AssessmentPlanDialog dialog = openDialog((plan) -> {
			throw new ValidationException(
					List.of("Opening and closing dates are required", "Choose at least one partner to take part"));
		});
		_setValue(_get(TextField.class, (spec) -> spec.withLabel("Title")), "Partnership readiness, spring 2027");

		_click(_get(Button.class, (spec) -> spec.withText("Save draft")));

		ProblemList problems = _get(ProblemList.class);
		assertThat(problems.isVisible()).isTrue();
		assertThat(problems.getElement().getAttribute("role")).isEqualTo("alert");
		assertThat(problems.problems()).containsExactly("Opening and closing dates are required",
				"Choose at least one partner to take part");
		assertThat(dialog.isOpened()).isTrue();
		assertThat(_get(TextField.class, (spec) -> spec.withLabel("Title")).getValue())
			.isEqualTo("Partnership readiness, spring 2027");
		assertThat(_get(Button.class, (spec) -> spec.withText("Save draft")).isEnabled()).isTrue();
		assertThat(_get(Button.class, (spec) -> spec.withText("Save draft")).isDisableOnClick()).isTrue();
	}

	@Test
	void a_threshold_that_is_not_a_number_is_reported_without_saving() {
		openDialog((plan) -> this.saved.add(plan));
		_setValue(integerField("Anonymity threshold for scores"), null);

		_click(_get(Button.class, (spec) -> spec.withText("Save draft")));

		assertThat(this.saved).isEmpty();
		assertThat(_get(ProblemList.class).problems())
			.containsExactly("The threshold for scores must be a whole number, e.g. 3");
	}

	@Test
	void with_no_partners_yet_the_form_says_where_to_add_them() {
		this.form = new AssessmentPlanForm(List.of(), List.of(STAFF_PULSE));
		UI.getCurrent().add(this.form);

		assertThat(partners().getHelperText()).contains("Partners page");
		assertThat(checkbox("Select all partners").isEnabled()).isFalse();
		_assertNone(ProblemList.class);
	}

	private AssessmentPlanDialog openDialog(com.vaadin.flow.function.SerializableConsumer<AssessmentPlan> save) {
		AssessmentPlanDialog dialog = new AssessmentPlanDialog("Plan an assessment", "Save draft", this.form, save);
		dialog.open();
		return dialog;
	}

	private static IntegerField integerField(String label) {
		return _get(IntegerField.class, (spec) -> spec.withLabel(label));
	}

	private static Checkbox checkbox(String label) {
		return _get(Checkbox.class, (spec) -> spec.withLabel(label));
	}

	private static DatePicker datePicker(String label) {
		return _get(DatePicker.class, (spec) -> spec.withLabel(label));
	}

	@SuppressWarnings("unchecked")
	private static Select<QuestionnaireSummary> leadsQuestionnaire() {
		return _get(Select.class, (spec) -> spec.withLabel("Questionnaire for partner leads"));
	}

	@SuppressWarnings("unchecked")
	private static Select<QuestionnaireSummary> staffQuestionnaire() {
		return _get(Select.class, (spec) -> spec.withLabel("Questionnaire for staff"));
	}

	@SuppressWarnings("unchecked")
	private static CheckboxGroup<PartnerView> partners() {
		return _get(CheckboxGroup.class, (spec) -> spec.withLabel("Partners taking part"));
	}

	private static PartnerView aPartner(long id, String name) {
		return new PartnerView(new PartnerId(id), NORTH_VALE, name, Sector.OTHER, null, null, null);
	}

	private static QuestionnaireSummary aQuestionnaire(String id, String title, Audience audience) {
		return new QuestionnaireSummary(id, title, audience, 10, "", 20, Map.of(), "1", "abc1234", id + ".yaml");
	}

}
