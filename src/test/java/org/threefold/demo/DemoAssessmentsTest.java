package org.threefold.demo;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

import org.threefold.assessment.CompletedResponse;
import org.threefold.partner.PartnerView;
import org.threefold.partner.Sector;
import org.threefold.questionnaire.QuestionnaireCatalog;
import org.threefold.questionnaire.QuestionnaireDefinition;
import org.threefold.shared.IcsId;
import org.threefold.shared.PartnerId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's assessments give a newcomer something worth exploring: a closed round big
 * and varied enough for every report, with small partners that suppression must hide and
 * the leaders-versus-frontline gap the reports exist to show, and a round still in
 * progress.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:demo-${random.uuid};DB_CLOSE_DELAY=-1",
		"threefold.demo.enabled=true", "threefold.scheduling.enabled=false" })
class DemoAssessmentsTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DemoDataLoader loader;

	@Autowired
	QuestionnaireCatalog catalog;

	@Test
	void the_closed_round_has_about_nine_hundred_submitted_responses_from_staff_and_leads() {
		long closed = assessment("Partnership readiness 2026", "CLOSED");
		assertThat(count("select count(*) from response where assessment_id = ? and status = 'SUBMITTED'", closed))
			.isBetween(850L, 950L);
		assertThat(count("select count(*) from response where assessment_id = ? and status = 'DRAFT'", closed))
			.isZero();
		assertThat(count("select count(*) from response where assessment_id = ? and audience = 'LEADS'", closed))
			.isBetween(50L, 70L);
		assertThat(count("select count(distinct partner_id) from response where assessment_id = ?", closed))
			.isEqualTo(15L);
		assertThat(count("select count(*) from respondent_score where assessment_id = ? and scale_kind = 'OVERALL'",
				closed))
			.isGreaterThan(800L);
		assertThat(count("""
				select count(*) from answer a join response r on r.id = a.response_id
				where r.assessment_id = ? and a.answer_value in ('not-applicable', 'dont-know')""", closed))
			.isPositive();
		assertThat(count("""
				select count(*) from answer a join response r on r.id = a.response_id
				where r.assessment_id = ? and a.item_id = 'sp-one-thing'""", closed)).isGreaterThanOrEqualTo(2 * 15L);
	}

	@Test
	void some_small_partners_have_fewer_than_five_staff_responses_so_suppression_has_work() {
		long closed = assessment("Partnership readiness 2026", "CLOSED");
		List<Long> perPartner = this.jdbc.queryForList("""
				select count(*) from response where assessment_id = ? and audience = 'STAFF'
				group by partner_id""", Long.class, closed);
		assertThat(perPartner).filteredOn((n) -> n < 5).hasSizeGreaterThanOrEqualTo(2);
		assertThat(perPartner).allSatisfy((n) -> assertThat(n).isBetween(1L, 150L));
	}

	@Test
	void leaders_see_relationships_more_favourably_than_frontline_staff() {
		long closed = assessment("Partnership readiness 2026", "CLOSED");
		String mean = """
				select avg(score) from respondent_score where assessment_id = ? and scale_kind = 'DIMENSION'
				and scale_id = 'relationships' and seniority in (%s)""";
		double leaders = this.jdbc.queryForObject(mean.formatted("'BOARD_EXECUTIVE', 'SENIOR_LEADER'"), Double.class,
				closed);
		double frontline = this.jdbc.queryForObject(mean.formatted("'FRONTLINE'"), Double.class, closed);
		assertThat(leaders).isGreaterThan(frontline + 5);
	}

	@Test
	void acute_trusts_are_ahead_of_the_voluntary_sector_on_technology() {
		long closed = assessment("Partnership readiness 2026", "CLOSED");
		String mean = """
				select avg(s.score) from respondent_score s join partner p on p.id = s.partner_id
				where s.assessment_id = ? and s.scale_kind = 'DIMENSION' and s.scale_id = 'technology' and p.sector = ?""";
		double acute = this.jdbc.queryForObject(mean, Double.class, closed, Sector.ACUTE_TRUST.name());
		double voluntary = this.jdbc.queryForObject(mean, Double.class, closed, Sector.VOLUNTARY_COMMUNITY.name());
		assertThat(acute).isGreaterThan(voluntary + 10);
	}

	@Test
	void the_open_round_has_submissions_and_real_drafts_with_answers() {
		long open = assessment("Staff pulse, winter 2026", "OPEN");
		assertThat(count("select count(*) from response where assessment_id = ? and status = 'SUBMITTED'", open))
			.isBetween(30L, 50L);
		assertThat(count("select count(*) from response where assessment_id = ? and status = 'DRAFT'", open))
			.isBetween(10L, 15L);
		assertThat(count("""
				select count(distinct r.id) from response r join answer a on a.response_id = r.id
				where r.assessment_id = ? and r.status = 'DRAFT'""", open))
			.isEqualTo(count("select count(*) from response where assessment_id = ? and status = 'DRAFT'", open));
		assertThat(count("""
				select count(*) from respondent_score s join response r on r.id = s.response_id
				where r.assessment_id = ? and r.status = 'DRAFT'""", open)).isZero();
	}

	@Test
	void loading_again_adds_nothing() throws Exception {
		long responses = count("select count(*) from response");
		long assessments = count("select count(*) from assessment");
		this.loader.run(new DefaultApplicationArguments());
		assertThat(count("select count(*) from response")).isEqualTo(responses);
		assertThat(count("select count(*) from assessment")).isEqualTo(assessments);
	}

	@Test
	void the_same_seed_gives_the_same_respondents() throws IOException {
		DemoAssessmentSeed seed = seed();
		QuestionnaireDefinition staff = this.catalog.find("staff-pulse").orElseThrow();
		QuestionnaireDefinition leads = this.catalog.find("partnership-assessment").orElseThrow();
		List<PartnerView> partners = List.of(
				new PartnerView(new PartnerId(1), new IcsId(1), "Acute", Sector.ACUTE_TRUST, null, 4000, null),
				new PartnerView(new PartnerId(2), new IcsId(1), "Carers", Sector.VOLUNTARY_COMMUNITY, null, 20, null));
		LocalDate today = LocalDate.of(2026, 3, 2);
		List<CompletedResponse> first = new SyntheticRespondents(seed).closedRound(partners, staff, leads,
				today.minusWeeks(8), today);
		List<CompletedResponse> second = new SyntheticRespondents(seed).closedRound(partners, staff, leads,
				today.minusWeeks(8), today);
		assertThat(first).isNotEmpty().isEqualTo(second);
	}

	private DemoAssessmentSeed seed() throws IOException {
		try (Reader reader = Files.newBufferedReader(Path.of("seed-data", "demo-assessments.yaml"))) {
			Map<String, Object> yaml = new Yaml(new LoaderOptions()).load(reader);
			return DemoAssessmentSeed.from(yaml);
		}
	}

	private long assessment(String title, String status) {
		return this.jdbc.queryForObject("select id from assessment where title = ? and status = ?", Long.class, title,
				status);
	}

	private long count(String sql, Object... arguments) {
		return this.jdbc.queryForObject(sql, Long.class, arguments);
	}

}
