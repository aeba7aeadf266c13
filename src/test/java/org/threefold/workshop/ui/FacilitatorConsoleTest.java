package org.threefold.workshop.ui;

import java.util.List;
import java.util.Set;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import org.threefold.partner.Profession;
import org.threefold.partner.SeniorityBand;
import org.threefold.security.Role;
import org.threefold.security.SignedInUser;
import org.threefold.shared.IcsId;
import org.threefold.shared.PartnerId;
import org.threefold.shared.WorkshopId;
import org.threefold.support.SignIn;
import org.threefold.support.SpringMockServlet;
import org.threefold.workshop.CombinedRank;
import org.threefold.workshop.JoinRequest;
import org.threefold.workshop.Joined;
import org.threefold.workshop.Stage;
import org.threefold.workshop.WorkshopMode;
import org.threefold.workshop.WorkshopParticipation;
import org.threefold.workshop.WorkshopPlan;
import org.threefold.workshop.WorkshopService;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The facilitator's console in stage four against the real services, without a browser:
 * what it offers before, during and after a group ranking, and how the combined ranking
 * reads.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:console-${random.uuid};DB_CLOSE_DELAY=-1",
		"threefold.demo.enabled=true", "threefold.scheduling.enabled=false" })
class FacilitatorConsoleTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	WorkshopService workshops;

	@Autowired
	WorkshopParticipation participation;

	private SignedInUser grace;

	private PartnerId partner;

	@BeforeEach
	void openBrowserlessUi() {
		IcsId ics = new IcsId(this.jdbc.queryForObject("select id from ics where code='NORTH-VALE'", Long.class));
		this.partner = new PartnerId(
				this.jdbc.queryForObject("select id from partner where ics_id = ? order by name fetch first 1 row only",
						Long.class, ics.value()));
		this.grace = SignIn.as(Role.FACILITATOR, ics, null);
		MockVaadin.setup(UI::new,
				new SpringMockServlet(new Routes(Set.of(FacilitatorConsole.class), Set.of(), true), this.context));
	}

	@AfterEach
	void closeUi() {
		MockVaadin.tearDown();
	}

	@Test
	void a_closed_ranking_is_not_offered_again_and_its_result_reads_for_one_group() {
		SignIn.run(this.grace, () -> {
			WorkshopId id = this.workshops.create(WorkshopPlan.template("Console check", WorkshopMode.ONLINE, null));
			String code = this.workshops.snapshot(id).joinCode();
			Joined ann = this.participation.join(code, person("Ann"));
			this.participation.join(code, person("Bo"));
			this.workshops.start(id);
			this.workshops.openStage(id, Stage.GROUPS);
			this.workshops.formGroups(id, 5);
			UI.getCurrent().navigate("workshop/" + id.value());

			_assertOne(Button.class, (spec) -> spec.withText("Form groups again"));
			_setValue(_get(TextArea.class, (spec) -> spec.withLabel("Themes to rank, one per line")),
					"Shared records\nTrust between organisations");
			_click(_get(Button.class, (spec) -> spec.withText("Open the ranking")));
			_assertNone(Button.class, (spec) -> spec.withText("Open the ranking"));
			this.participation.submitRanking(ann.token(), List.of("Trust between organisations", "Shared records"));
			_click(_get(Button.class, (spec) -> spec.withText("Close the ranking")));

			_assertNone(Button.class, (spec) -> spec.withText("Open the ranking"));
			_assertNone(Button.class, (spec) -> spec.withText("Form groups again"));
			_assertOne(Paragraph.class,
					(spec) -> spec.withText("The ranking is closed; the combined ranking below is for the plenary."));
			Div combined = _get(Div.class, (spec) -> spec.withId("ws-combined"));
			assertThat(_get(combined, Paragraph.class).getText())
				.startsWith("Borda count over 1 group: first of 2 earns 1 point, last earns none.");
			assertThat(_find(combined, ListItem.class)).extracting(ListItem::getText)
				.containsExactly("Trust between organisations — 1 point, every group placed it 1",
						"Shared records — 0 points, every group placed it 2");
		});
	}

	@Test
	void several_groups_and_points_read_in_the_plural() {
		Div box = (Div) FacilitatorConsole.combined(List.of(new CombinedRank(1, "Trust", 5, 1.5, 1, 2, 0.5, 3),
				new CombinedRank(2, "Records", 1, 2.5, 2, 3, 0.5, 3)), 3);

		assertThat(_get(box, Paragraph.class).getText())
			.startsWith("Borda count over 3 groups: first of 3 earns 2 points, last earns none.");
		assertThat(_find(box, ListItem.class)).extracting(ListItem::getText)
			.containsExactly("Trust — 5 points, placed 1 to 2", "Records — 1 point, placed 2 to 3");
	}

	private JoinRequest person(String name) {
		return new JoinRequest(name, this.partner, Profession.values()[0], SeniorityBand.values()[0]);
	}

}
