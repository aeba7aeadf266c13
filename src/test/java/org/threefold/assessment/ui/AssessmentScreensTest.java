package org.threefold.assessment.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.spring.SpringInstantiator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import org.threefold.assessment.AssessmentDetail;
import org.threefold.assessment.AssessmentPlan;
import org.threefold.assessment.AssessmentService;
import org.threefold.assessment.RespondentProfile;
import org.threefold.assessment.RespondentService;
import org.threefold.assessment.UkDates;
import org.threefold.assessment.internal.UkCalendar;
import org.threefold.partner.PartnerView;
import org.threefold.partner.Profession;
import org.threefold.partner.SeniorityBand;
import org.threefold.questionnaire.Audience;
import org.threefold.security.Role;
import org.threefold.security.SignedInUser;
import org.threefold.shared.IcsId;
import org.threefold.shared.PartnerId;
import org.threefold.support.SignIn;
import org.threefold.support.SpringMockServlet;
import org.threefold.ui.RecordNotFoundView;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt.get_textRecursively;
import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The campaign screens against the real services and the demo partnership, without a
 * browser: Karibu drives the views, which Spring builds as it does in the running
 * application (constructor injection through {@link SpringInstantiator}). Each test signs
 * in with {@link SignIn}; the views call the secured services as that person.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:screens-${random.uuid};DB_CLOSE_DELAY=-1",
		"threefold.demo.enabled=true", "threefold.scheduling.enabled=false" })
class AssessmentScreensTest {

	private static final String RIVERSIDE = "Riverside Community Pharmacy";

	private static final String ST_AIDANS = "St Aidan's Hospice";

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AssessmentService assessments;

	@Autowired
	RespondentService respondents;

	@Autowired
	UkCalendar calendar;

	private IcsId northVale;

	private SignedInUser leader;

	@BeforeEach
	void openBrowserlessUi() {
		this.northVale = new IcsId(this.jdbc.queryForObject("select id from ics where code='NORTH-VALE'", Long.class));
		this.leader = SignIn.as(Role.ICS_LEADER, this.northVale, null);
		Routes routes = new Routes(Set.of(AssessmentsView.class, AssessmentDetailView.class),
				Set.of(RecordNotFoundView.class), true);
		MockVaadin.setup(UI::new, new SpringMockServlet(routes, this.context));
	}

	@AfterEach
	void closeUi() {
		MockVaadin.tearDown();
	}

	@Test
	void a_leader_plans_opens_shares_watches_and_closes_an_assessment() {
		SignIn.run(this.leader, () -> {
			UI.getCurrent().navigate("assessments");
			_click(_get(Button.class, (spec) -> spec.withText("Plan an assessment")));
			_setValue(_get(TextField.class, (spec) -> spec.withLabel("Title")), "Spring readiness 2027");
			choosePartners(RIVERSIDE, ST_AIDANS);
			_click(_get(Button.class, (spec) -> spec.withText("Save draft")));

			expectNotifications("Draft saved: Spring readiness 2027. Check it, then open it when you are ready.");
			AssessmentDetailView draft = _get(AssessmentDetailView.class);
			LocalDate today = this.calendar.today();
			assertThat(_get(H1.class).getText()).isEqualTo("Spring readiness 2027");
			assertThat(get_textRecursively(_get(PlanFacts.class))).contains("Draft")
				.contains(today.format(UkDates.LONG))
				.contains(today.plusWeeks(4).format(UkDates.LONG))
				.contains("5 people")
				.contains("10 people")
				.contains("Partnership assessment")
				.contains("Staff pulse")
				.contains("Partners taking part (2)")
				.contains(RIVERSIDE)
				.contains(ST_AIDANS);
			_assertNone(draft, LinksPanel.class);
			_assertNone(draft, MonitorPanel.class);

			_click(_get(Button.class, (spec) -> spec.withText("Open assessment")));
			_fireConfirm(_get(ConfirmDialog.class));

			expectNotifications("Assessment opened: share the links below");
			assertThat(get_textRecursively(_get(PlanFacts.class))).contains("Open");
			Grid<?> links = _get(_get(LinksPanel.class), Grid.class);
			assertThat(_size(links)).as("one link per partner and audience").isEqualTo(4);
			assertThat(List.of(_getFormatted(links, 0, "partner"), _getFormatted(links, 0, "audience"),
					_getFormatted(links, 1, "partner"), _getFormatted(links, 1, "audience")))
				.containsExactly(RIVERSIDE, Audience.LEADS.label(), RIVERSIDE, Audience.STAFF.label());
			assertThat(get_textRecursively(_getCellComponent(links, 0, "url"))).contains("/r/");

			_click(_get(_getCellComponent(links, 0, "actions"), Button.class, (spec) -> spec.withText("Copy")));
			expectNotifications("Link copied");
			_click(_get(_getCellComponent(links, 1, "actions"), Button.class, (spec) -> spec.withText("QR code")));
			Image qr = _get(_get(QrCodeDialog.class), Image.class);
			assertThat(qr.getAlt()).contains("QR code for " + RIVERSIDE + ", all staff");
			assertThat(qr.getSrc()).isNotBlank();
			_get(QrCodeDialog.class).close();

			MonitorPanel monitor = _get(MonitorPanel.class);
			assertThat(get_textRecursively(monitor)).contains("0responses submitted").contains("0in progress");
			Grid<?> byPartner = _find(monitor, Grid.class).get(0);
			assertThat(_size(byPartner)).isEqualTo(2);
			assertThat(_getFormatted(byPartner, 0, "group")).isEqualTo(RIVERSIDE);
			assertThat(_getFormatted(byPartner, 0, "headcount")).isEqualTo("14");
			assertThat(_getFormatted(byPartner, 0, "rate")).isEqualTo("0.0%");
			assertThat(UI.getCurrent().getPollInterval()).as("refreshing while open").isEqualTo(10_000);

			String staffLink = get_textRecursively(_getCellComponent(links, 1, "url"));
			this.respondents.startFromLink(staffLink.substring(staffLink.lastIndexOf('/') + 1),
					new RespondentProfile(Profession.PHARMACY, SeniorityBand.FRONTLINE));
			ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
			assertThat(get_textRecursively(monitor)).as("re-read on the next poll").contains("1in progress");
			assertThat(_getFormatted(byPartner, 0, "inProgress")).isEqualTo("1");
			Grid<?> byProfession = _find(monitor, Grid.class).get(1);
			assertThat(_getFormatted(byProfession, 0, "group")).isEqualTo(Profession.PHARMACY.label());

			_click(_get(Button.class, (spec) -> spec.withText("Invite by email")));
			chooseInviteTarget(RIVERSIDE, Audience.STAFF);
			_setValue(_get(TextArea.class, (spec) -> spec.withLabel("Email addresses, one per line")),
					"sam.jones@riverside.example\nalex.khan@riverside.example\n");
			_click(_get(Button.class, (spec) -> spec.withText("Send invitations")));
			assertThat(_get(_get(InviteDialog.class), Paragraph.class, (spec) -> spec.withClasses("tf-done")).getText())
				.isEqualTo("2 invitations sent; 0 skipped (already invited)");
			_setValue(_get(TextArea.class, (spec) -> spec.withLabel("Email addresses, one per line")),
					"Sam.Jones@riverside.example\nlee.wong@riverside.example");
			_click(_get(Button.class, (spec) -> spec.withText("Send invitations")));
			assertThat(_get(_get(InviteDialog.class), Paragraph.class, (spec) -> spec.withClasses("tf-done")).getText())
				.isEqualTo("1 invitation sent; 1 skipped (already invited): sam.jones@riverside.example");
			_get(InviteDialog.class).close();

			_click(_get(Button.class, (spec) -> spec.withText("Send reminders")));
			_fireConfirm(_get(ConfirmDialog.class));
			expectNotifications("3 people reminded");

			_click(_get(Button.class, (spec) -> spec.withText("Close now")));
			_fireConfirm(_get(ConfirmDialog.class));

			expectNotifications("Assessment closed");
			assertThat(get_textRecursively(_get(PlanFacts.class))).contains("Closed");
			assertThat(get_textRecursively(_get(AssessmentDetailView.class))).contains("counts below are final");
			_assertNone(LinksPanel.class);
			_assertNone(Button.class, (spec) -> spec.withText("Close now"));
			assertThat(UI.getCurrent().getPollInterval()).as("nothing changes once closed").isEqualTo(-1);

			UI.getCurrent().navigate("assessments");
			Grid<?> list = _get(_get(AssessmentsView.class), Grid.class);
			int row = rowOf(list, "Spring readiness 2027");
			assertThat(_getFormatted(list, row, "status")).isEqualTo("Closed");
			assertThat(_getFormatted(list, row, "opens")).isEqualTo(today.format(UkDates.LONG));
			assertThat(_getFormatted(list, row, "partners")).isEqualTo("2");
		});
	}

	@Test
	void a_refused_plan_keeps_the_dialog_open_with_the_reasons_and_saves_nothing() {
		SignIn.run(this.leader, () -> {
			int before = this.assessments.list().size();
			UI.getCurrent().navigate("assessments");
			_click(_get(Button.class, (spec) -> spec.withText("Plan an assessment")));
			_setValue(_get(TextField.class, (spec) -> spec.withLabel("Title")), "No partners chosen");

			_click(_get(Button.class, (spec) -> spec.withText("Save draft")));

			assertThat(_get(ProblemList.class).problems()).containsExactly("Choose at least one partner to take part");
			assertThat(_get(AssessmentPlanDialog.class).isOpened()).isTrue();
			assertThat(this.assessments.list()).hasSize(before);
		});
	}

	@Test
	void a_partner_lead_shares_only_their_own_links_and_cannot_close_the_assessment() {
		AssessmentDetail open = SignIn.run(this.leader, () -> this.assessments
			.open(this.assessments.createDraft(aPlan("Pulse for two partners", RIVERSIDE, ST_AIDANS)).id()));
		long riverside = this.jdbc.queryForObject("select id from partner where name = ?", Long.class, RIVERSIDE);
		SignedInUser tom = SignIn.as(Role.PARTNER_LEAD, this.northVale, new PartnerId(riverside));

		SignIn.run(tom, () -> {
			UI.getCurrent().navigate("assessments/" + open.id());

			Grid<?> links = _get(_get(LinksPanel.class), Grid.class);
			assertThat(_size(links)).isEqualTo(2);
			assertThat(_getFormatted(links, 0, "partner")).isEqualTo(RIVERSIDE);
			assertThat(_getFormatted(links, 1, "partner")).isEqualTo(RIVERSIDE);
			_get(Button.class, (spec) -> spec.withText("Invite by email"));
			_assertNone(Button.class, (spec) -> spec.withText("Close now"));
			_assertNone(Button.class, (spec) -> spec.withText("Send reminders"));
			Grid<?> byPartner = _find(_get(MonitorPanel.class), Grid.class).get(0);
			assertThat(_size(byPartner)).as("their own organisation's counts only").isEqualTo(1);
		});
	}

	@Test
	void a_board_viewer_watches_responses_but_sees_no_links_and_no_actions() {
		AssessmentDetail open = SignIn.run(this.leader,
				() -> this.assessments.open(this.assessments.createDraft(aPlan("Board sees counts", RIVERSIDE)).id()));

		SignIn.run(SignIn.as(Role.BOARD_VIEWER, this.northVale, null), () -> {
			UI.getCurrent().navigate("assessments/" + open.id());

			_get(MonitorPanel.class);
			_assertNone(LinksPanel.class);
			_assertNone(Button.class);
		});
	}

	@Test
	void an_unknown_id_or_another_partnerships_assessment_reads_as_page_not_found() {
		AssessmentDetail draft = SignIn.run(this.leader,
				() -> this.assessments.createDraft(aPlan("North Vale only", RIVERSIDE)));

		SignIn.run(this.leader, () -> {
			UI.getCurrent().navigate("assessments/999999999");
			_get(RecordNotFoundView.class);
			UI.getCurrent().navigate("assessments/0");
			_get(RecordNotFoundView.class);
		});
		SignIn.run(SignIn.as(Role.ICS_LEADER, new IcsId(this.northVale.value() + 1000), null), () -> {
			UI.getCurrent().navigate("assessments/" + draft.id());
			_get(RecordNotFoundView.class);
			_assertNone(PlanFacts.class);
		});
	}

	@SuppressWarnings("unchecked")
	private static void choosePartners(String... names) {
		CheckboxGroup<PartnerView> partners = _get(CheckboxGroup.class,
				(spec) -> spec.withLabel("Partners taking part"));
		Set<String> wanted = Set.of(names);
		_setValue(partners,
				partners.getListDataView()
					.getItems()
					.filter((partner) -> wanted.contains(partner.name()))
					.collect(Collectors.toSet()));
	}

	@SuppressWarnings("unchecked")
	private static void chooseInviteTarget(String partnerName, Audience audience) {
		Select<PartnerId> partner = _get(_get(InviteDialog.class), Select.class, (spec) -> spec.withLabel("Partner"));
		_setValue(partner,
				partner.getListDataView()
					.getItems()
					.filter((id) -> partner.getItemLabelGenerator().apply(id).equals(partnerName))
					.findFirst()
					.orElseThrow());
		Select<Audience> who = _get(_get(InviteDialog.class), Select.class, (spec) -> spec.withLabel("Who answers"));
		_setValue(who, audience);
	}

	private static int rowOf(Grid<?> grid, String title) {
		for (int row = 0; row < _size(grid); row++) {
			if (get_textRecursively(_getCellComponent(grid, row, "title")).equals(title)) {
				return row;
			}
		}
		throw new AssertionError("No row for " + title);
	}

	private AssessmentPlan aPlan(String title, String... partnerNames) {
		Set<PartnerId> partners = Set.of(partnerNames)
			.stream()
			.map((name) -> new PartnerId(
					this.jdbc.queryForObject("select id from partner where name = ?", Long.class, name)))
			.collect(Collectors.toSet());
		LocalDate today = this.calendar.today();
		return new AssessmentPlan(title, null, today, today.plusWeeks(2), AssessmentPlan.DEFAULT_SCORE_THRESHOLD,
				AssessmentPlan.DEFAULT_TEXT_THRESHOLD, true, true, "partnership-assessment", "staff-pulse", partners);
	}

}
