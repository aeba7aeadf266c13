package org.threefold;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import org.threefold.partner.CsvProblem;
import org.threefold.partner.IcsService;
import org.threefold.partner.IcsView;
import org.threefold.partner.PartnerDraft;
import org.threefold.partner.PartnerImport;
import org.threefold.partner.PartnerNames;
import org.threefold.partner.PartnerService;
import org.threefold.partner.PartnerView;
import org.threefold.partner.Sector;
import org.threefold.questionnaire.QuestionnaireCatalog;
import org.threefold.security.Role;
import org.threefold.security.SystemTask;
import org.threefold.shared.NotFoundException;
import org.threefold.shared.PartnerId;
import org.threefold.shared.ValidationException;
import org.threefold.support.SignIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the partnership foundation must do on every supported database. Subclasses start
 * the application on H2 and on PostgreSQL; the tests are the same, so a difference
 * between the two databases shows up as a failure in one of them.
 */
abstract class PartnershipContract {

	@Autowired
	IcsService icsService;

	@Autowired
	PartnerService partners;

	@Autowired
	QuestionnaireCatalog catalog;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PartnerNames partnerNames;

	@Autowired
	ApplicationRunner[] runners;

	@Test
	void the_demo_partnership_is_loaded_on_first_start_with_a_user_for_every_role() {
		Long demoIcs = this.jdbc.queryForObject("select id from ics where code = 'NORTH-VALE' and demo = true",
				Long.class);
		assertThat(this.jdbc.queryForObject("select count(*) from partner where ics_id = ?", Long.class, demoIcs))
			.isBetween(12L, 16L);
		assertThat(this.jdbc.queryForObject("select count(distinct sector) from partner where ics_id = ?", Long.class,
				demoIcs))
			.isGreaterThanOrEqualTo(10L);
		assertThat(this.jdbc.queryForList("select distinct role from app_user", String.class))
			.containsExactlyInAnyOrder("ADMINISTRATOR", "ICS_LEADER", "PARTNER_LEAD", "FACILITATOR", "BOARD_VIEWER");
	}

	@Test
	void partner_names_for_the_respondent_form_are_those_asked_for_in_alphabetical_order() {
		List<Map<String, Object>> rows = this.jdbc
			.queryForList("select id, name from partner where ics_id = (select id from ics where code = 'NORTH-VALE') "
					+ "order by id fetch first 3 rows only");
		List<PartnerId> asked = rows.stream()
			.map((row) -> new PartnerId(((Number) row.get("id")).longValue()))
			.toList();

		Map<PartnerId, String> names = this.partnerNames.of(asked);

		assertThat(names.keySet()).containsExactlyInAnyOrderElementsOf(asked);
		assertThat(List.copyOf(names.values())).isSorted()
			.containsExactlyInAnyOrderElementsOf(rows.stream().map((row) -> (String) row.get("name")).toList());
		assertThat(this.partnerNames.of(List.of())).isEmpty();
	}

	@Test
	void starting_again_does_not_load_the_demo_a_second_time() throws Exception {
		long before = this.jdbc.queryForObject("select count(*) from partner", Long.class);
		ApplicationArguments none = new DefaultApplicationArguments();
		for (ApplicationRunner runner : this.runners) {
			runner.run(none);
		}
		assertThat(this.jdbc.queryForObject("select count(*) from ics where code = 'NORTH-VALE'", Long.class))
			.isEqualTo(1L);
		assertThat(this.jdbc.queryForObject("select count(*) from partner", Long.class)).isEqualTo(before);
	}

	@Test
	void passwords_are_stored_as_bcrypt_hashes_never_as_typed() {
		assertThat(this.jdbc.queryForList("select password_hash from app_user", String.class))
			.allSatisfy((hash) -> assertThat(hash).startsWith("{bcrypt}$2"))
			.noneMatch((hash) -> hash.contains("threefold-demo"));
	}

	@Test
	void a_leader_sees_only_the_partners_of_their_own_ics() {
		IcsView north = anIcsWithPartners("Alpha Trust", "Beta Council");
		IcsView south = anIcsWithPartners("Gamma Hospice");
		assertThat(SignIn.run(SignIn.as(Role.ICS_LEADER, north.id(), null), this.partners::list))
			.extracting(PartnerView::name)
			.containsExactly("Alpha Trust", "Beta Council");
		assertThat(SignIn.run(SignIn.as(Role.ICS_LEADER, south.id(), null), this.partners::list))
			.extracting(PartnerView::name)
			.containsExactly("Gamma Hospice");
	}

	@Test
	void another_ics_partner_reads_as_not_found_whatever_the_role() {
		IcsView mine = anIcsWithPartners("Home Trust");
		PartnerId theirs = partnerIdOf(anIcsWithPartners("Away Trust"), "Away Trust");
		for (Role role : new Role[] { Role.ICS_LEADER, Role.FACILITATOR, Role.BOARD_VIEWER }) {
			assertThatThrownBy(() -> SignIn.run(SignIn.as(role, mine.id(), null), () -> this.partners.get(theirs)))
				.as(role.label())
				.isInstanceOf(NotFoundException.class);
		}
		assertThatThrownBy(() -> SignIn.run(SignIn.as(Role.ICS_LEADER, mine.id(), null),
				() -> this.partners.update(theirs, new PartnerDraft("Taken over", Sector.OTHER, null, null, null))))
			.isInstanceOf(NotFoundException.class);
		assertThat(SystemTask.asAdministrator(() -> this.icsService.partnersOf(partnerIcs(theirs))))
			.extracting(PartnerView::name)
			.containsExactly("Away Trust");
	}

	@Test
	void a_partner_lead_opens_their_own_organisation_but_no_other() {
		IcsView ics = anIcsWithPartners("Own Pharmacy", "Neighbour Practice");
		PartnerId own = partnerIdOf(ics, "Own Pharmacy");
		PartnerId neighbour = partnerIdOf(ics, "Neighbour Practice");
		var lead = SignIn.as(Role.PARTNER_LEAD, ics.id(), own);
		assertThat(SignIn.run(lead, () -> this.partners.get(own)).name()).isEqualTo("Own Pharmacy");
		assertThatThrownBy(() -> SignIn.run(lead, () -> this.partners.get(neighbour)))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void only_ics_leaders_may_change_partners() {
		IcsView ics = anIcsWithPartners("Steady Trust");
		PartnerDraft draft = new PartnerDraft("New Charity", Sector.VOLUNTARY_COMMUNITY, null, 12, null);
		for (Role role : new Role[] { Role.PARTNER_LEAD, Role.FACILITATOR, Role.BOARD_VIEWER }) {
			assertThatThrownBy(() -> SignIn.run(SignIn.as(role, ics.id(), null), () -> this.partners.create(draft)))
				.as(role.label())
				.isInstanceOf(AccessDeniedException.class);
		}
		assertThatThrownBy(() -> SystemTask.asAdministrator(() -> this.partners.list()))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(partnerNames(ics)).containsExactly("Steady Trust");
	}

	@Test
	void a_duplicate_name_or_ods_code_is_refused_and_nothing_changes() {
		IcsView ics = anIcsWithPartners("Castle Practice");
		var leader = SignIn.as(Role.ICS_LEADER, ics.id(), null);
		SignIn.run(leader,
				() -> this.partners.create(new PartnerDraft("Coded Trust", Sector.ACUTE_TRUST, "rx1", 10, null)));
		assertThatThrownBy(() -> SignIn.run(leader,
				() -> this.partners
					.create(new PartnerDraft("castle practice", Sector.GENERAL_PRACTICE, null, null, null))))
			.isInstanceOf(ValidationException.class)
			.hasMessageContaining("already called");
		assertThatThrownBy(() -> SignIn.run(leader,
				() -> this.partners.create(new PartnerDraft("Other Trust", Sector.ACUTE_TRUST, "RX1", null, null))))
			.isInstanceOf(ValidationException.class)
			.hasMessageContaining("ODS code RX1");
		assertThat(partnerNames(ics)).containsExactly("Castle Practice", "Coded Trust");
	}

	@Test
	void a_csv_with_any_bad_row_imports_nothing_and_reports_each_line() {
		IcsView ics = anIcsWithPartners("Existing Trust");
		String csv = """
				name,sector,ods_code,headcount,budget_band
				Fresh Pharmacy,community-pharmacy,,12,under-1m
				Existing Trust,acute-trust,,,
				Odd One,space-agency,,,
				""";
		PartnerImport result = SignIn.run(SignIn.as(Role.ICS_LEADER, ics.id(), null),
				() -> this.partners.importCsv(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))));
		assertThat(result.succeeded()).isFalse();
		assertThat(result.problems()).extracting(CsvProblem::line).contains(4L);
		assertThat(result.problems()).map(CsvProblem::message).anyMatch((m) -> m.contains("space-agency"));
		assertThat(partnerNames(ics)).containsExactly("Existing Trust");

		PartnerImport clash = SignIn.run(SignIn.as(Role.ICS_LEADER, ics.id(), null),
				() -> this.partners.importCsv(new ByteArrayInputStream(
						"name,sector\nExisting Trust,acute-trust\n".getBytes(StandardCharsets.UTF_8))));
		assertThat(clash.problems())
			.containsExactly(new CsvProblem(2, "a partner called \"Existing Trust\" already exists"));
		assertThat(partnerNames(ics)).containsExactly("Existing Trust");
	}

	@Test
	void a_good_csv_imports_every_row_in_one_go() {
		IcsView ics = anIcsWithPartners();
		String csv = "\uFEFFName,Sector,ODS_code,Headcount,Budget_band\r\n"
				+ "\"Hill, Dale and Moor PCN\",Primary care network,U1234,\"1,200\",£1m to £10m\r\n"
				+ "Moor Hospice,hospice,,80,\r\n";
		PartnerImport result = SignIn.run(SignIn.as(Role.ICS_LEADER, ics.id(), null),
				() -> this.partners.importCsv(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))));
		assertThat(result.problems()).isEmpty();
		assertThat(result.imported()).isEqualTo(2);
		PartnerView pcn = SignIn.run(SignIn.as(Role.ICS_LEADER, ics.id(), null), this.partners::list).get(0);
		assertThat(pcn.name()).isEqualTo("Hill, Dale and Moor PCN");
		assertThat(pcn.headcount()).isEqualTo(1200);
		assertThat(pcn.sector()).isEqualTo(Sector.PRIMARY_CARE_NETWORK);
	}

	@Test
	void each_questionnaire_version_is_stored_once_and_kept() {
		SystemTask.asAdministrator(this.catalog::reload);
		SystemTask.asAdministrator(this.catalog::reload);
		String hash = this.catalog.find("staff-pulse").orElseThrow().contentHash();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from questionnaire_version where definition_id = 'staff-pulse' and content_hash = ?",
				Long.class, hash))
			.isEqualTo(1L);
		assertThat(this.jdbc.queryForObject(
				"select content from questionnaire_version where definition_id = 'staff-pulse' and content_hash = ?",
				String.class, hash))
			.contains("kind: questionnaire");
	}

	private IcsView anIcsWithPartners(String... names) {
		String code = "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		return SystemTask.asAdministrator(() -> {
			IcsView ics = this.icsService.create(code, "Test ICS " + code, null, false);
			StringBuilder csv = new StringBuilder("name,sector\n");
			for (String name : names) {
				csv.append(name).append(",other\n");
			}
			if (names.length > 0) {
				PartnerImport imported = this.icsService.importPartners(ics.id(),
						new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)));
				assertThat(imported.problems()).isEmpty();
			}
			return ics;
		});
	}

	private java.util.List<String> partnerNames(IcsView ics) {
		return SystemTask.asAdministrator(() -> this.icsService.partnersOf(ics.id()))
			.stream()
			.map(PartnerView::name)
			.toList();
	}

	private PartnerId partnerIdOf(IcsView ics, String name) {
		return SystemTask.asAdministrator(() -> this.icsService.partnersOf(ics.id()))
			.stream()
			.filter((p) -> p.name().equals(name))
			.findFirst()
			.orElseThrow()
			.id();
	}

	private org.threefold.shared.IcsId partnerIcs(PartnerId id) {
		return new org.threefold.shared.IcsId(
				this.jdbc.queryForObject("select ics_id from partner where id = ?", Long.class, id.value()));
	}

}
