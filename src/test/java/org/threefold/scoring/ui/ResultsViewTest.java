package org.threefold.scoring.ui;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.threefold.questionnaire.Dimension;
import org.threefold.questionnaire.QuestionnaireCatalog;
import org.threefold.scoring.GroupResult;
import org.threefold.scoring.Grouping;
import org.threefold.scoring.Comments;
import org.threefold.scoring.ItemResults;
import org.threefold.scoring.ResultsService;
import org.threefold.scoring.Scale;
import org.threefold.security.CurrentUser;
import org.threefold.security.Role;
import org.threefold.security.SignedInUser;
import org.threefold.shared.AssessmentId;
import org.threefold.shared.IcsId;
import org.threefold.shared.NotFoundException;
import org.threefold.shared.PartnerId;
import org.threefold.shared.UserId;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt.get_textRecursively;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The results screen with its service stubbed by hand-built, already suppressed results:
 * every tab renders, charts carry their alt text, and withheld cells say why.
 */
class ResultsViewTest {

	private static final AssessmentId ASSESSMENT = new AssessmentId(7);

	private final ResultsService service = mock(ResultsService.class);

	private final QuestionnaireCatalog catalog = mock(QuestionnaireCatalog.class);

	private final CurrentUser currentUser = mock(CurrentUser.class);

	@BeforeEach
	void openUi() {
		when(this.service.results(ASSESSMENT)).thenReturn(ResultSamples.northVale2026());
		when(this.catalog.framework()).thenReturn(Optional.empty());
		when(this.service.comments(ASSESSMENT))
			.thenReturn(new Comments(10, List.of(new Comments.Question("change", "What one change would help most?",
					List.of("<b>More</b> time together", "Shared rota"), Map.of())), null));
		MockVaadin.setup();
	}

	@AfterEach
	void closeUi() {
		MockVaadin.tearDown();
	}

	@Test
	void the_overview_names_the_weakest_dimension_and_shows_the_profile_with_its_table() {
		open(Role.ICS_LEADER);

		String text = get_textRecursively(_get(OverviewSection.class));
		assertThat(text).contains("Relationships is the weakest dimension at 48 (band 3).", "Based on 140 respondents",
				"1 of 2 partners have enough responses to be included. The other is left out");
		Image profile = _find(Image.class).get(0);
		assertThat(profile.getAlt()).hasValueSatisfying((alt) -> assertThat(alt).contains("Overall 55 (band 3"));
		Grid<?> table = _get(_get(OverviewSection.class), Grid.class);
		assertThat(_getFormatted(table, 2, "partnership"))
			.isEqualTo("48 (band 3) \u00b7 n 138 \u00b7 95% CI 46\u201351");
	}

	@Test
	void comparing_with_a_partner_adds_its_scores_with_withheld_ones_explained() {
		open(Role.ICS_LEADER);

		@SuppressWarnings("unchecked")
		Select<GroupResult> compare = _get(_get(OverviewSection.class), Select.class);
		_setValue(compare, ResultSamples.riverside());

		assertThat(_find(Image.class).get(0).getAlt().orElseThrow())
			.contains("Relationships: Riverside Hospitals NHS Trust withheld");
		assertThat(get_textRecursively(_get(OverviewSection.class))).contains("Riverside Hospitals NHS Trust");
	}

	@Test
	void a_partner_lead_sees_their_organisation_beside_the_partnership() {
		open(Role.PARTNER_LEAD);

		assertThat(_find(H2.class)).extracting(H2::getText).contains("Your organisation beside the partnership");
		assertThat(get_textRecursively(_get(OverviewSection.class))).contains(
				"In Riverside Hospitals NHS Trust: The weakest dimension cannot be named",
				"1 partner is left out for having too few responses to show.");
	}

	@Test
	void the_heatmap_table_says_why_each_withheld_cell_is_withheld() {
		open(Role.ICS_LEADER);
		select("Heatmap");

		Grid<?> table = _get(_get(HeatmapSection.class), Grid.class);
		assertThat(_getFormatted(table, 0, "group")).isEqualTo("Whole partnership");
		assertThat(_getFormatted(table, 1, "T1")).isEqualTo("70");
		assertThat(_getFormatted(table, 1, "R1")).isEqualTo("Withheld: fewer than 5 responses");
		assertThat(_getFormatted(table, 2, "T1")).isEqualTo("Withheld: fewer than 5 responses");
		assertThat(_find(Image.class).get(0).getAlt().orElseThrow()).contains("R1 Shared purpose withheld");
	}

	@Test
	void every_tab_renders_from_the_sample_results() {
		open(Role.BOARD_VIEWER);

		for (String tab : List.of("Gaps", "Distribution", "Change over time", "Reliability")) {
			select(tab);
		}
		select("Gaps");
		assertThat(get_textRecursively(_get(GapsSection.class))).contains("do not overlap");
		select("Change over time");
		assertThat(get_textRecursively(_get(TrendSection.class))).contains("Compared with Partnership assessment 2025");
		select("Reliability");
		assertThat(get_textRecursively(_get(ReliabilitySection.class))).contains("0.7 or more");
	}

	@Test
	void choosing_a_sub_dimension_lists_its_questions_with_every_partner_cell() {
		Scale item = new Scale(Scale.Kind.ITEM, "r1-goals", "We agree on what we are trying to achieve together.",
				Dimension.RELATIONSHIPS);
		GroupResult ics = new GroupResult(Grouping.ICS, "ics", "Whole partnership",
				Map.of(item.key(), ResultSamples.shown(130, 47, 44, 50, 0.6)));
		GroupResult hospice = new GroupResult(Grouping.PARTNER, "12", "St Clare's Hospice",
				Map.of(item.key(), ResultSamples.TOO_FEW));
		when(this.service.items(ASSESSMENT, "R1")).thenReturn(new ItemResults(ResultSamples.R1,
				List.of(new ItemResults.ItemRow(item, "Partnership assessment", true, ics, List.of(hospice)))));
		open(Role.ICS_LEADER);
		select("Questions");

		@SuppressWarnings("unchecked")
		Select<Scale> subdimension = _get(_get(QuestionsSection.class), Select.class);
		_setValue(subdimension, ResultSamples.R1);

		assertThat(get_textRecursively(_get(QuestionsSection.class))).contains(
				"We agree on what we are trying to achieve together.", "Reverse-scored",
				"St Clare's Hospice: Withheld: fewer than 5 responses");
	}

	@Test
	void an_impossible_id_reads_as_not_found() {
		ResultsView view = new ResultsView(this.service, this.catalog, signedInAs(Role.ICS_LEADER));

		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> view.setParameter(null, 0L));
	}

	private void open(Role role) {
		ResultsView view = new ResultsView(this.service, this.catalog, signedInAs(role));
		view.setParameter(null, ASSESSMENT.value());
		UI.getCurrent().add(view);
	}

	private CurrentUser signedInAs(Role role) {
		Optional<PartnerId> partner = (role == Role.PARTNER_LEAD) ? Optional.of(new PartnerId(11)) : Optional.empty();
		when(this.currentUser.require()).thenReturn(
				new SignedInUser(new UserId(1), "someone", "Someone", role, Optional.of(new IcsId(1)), partner));
		return this.currentUser;
	}

	private static void select(String label) {
		TabSheet tabs = _get(TabSheet.class);
		for (int i = 0; i < tabs.getTabCount(); i++) {
			if (tabs.getTabAt(i).getLabel().equals(label)) {
				tabs.setSelectedIndex(i);
				return;
			}
		}
		throw new AssertionError("No tab " + label);
	}

	@Test
	void comments_are_listed_as_text_in_alphabetical_order() {
		open(Role.ICS_LEADER);
		select("Comments");
		String text = get_textRecursively(_get(CommentsSection.class));
		assertThat(text).contains("<b>More</b> time together").contains("listed alphabetically");
	}

}
