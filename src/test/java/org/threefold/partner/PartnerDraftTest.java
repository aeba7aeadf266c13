package org.threefold.partner;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PartnerDraftTest {

	@Test
	void names_and_ods_codes_are_tidied_before_they_are_checked() {
		PartnerDraft draft = new PartnerDraft("  North   Vale  Trust ", Sector.ACUTE_TRUST, " rxx ", null, null);
		assertThat(draft.name()).isEqualTo("North Vale Trust");
		assertThat(draft.odsCode()).isEqualTo("RXX");
		assertThat(draft.problems()).isEmpty();
	}

	@Test
	void every_problem_is_listed_at_once() {
		PartnerDraft draft = new PartnerDraft("", null, "R!", 0, null);
		assertThat(draft.problems()).containsExactly("Name is required",
				"Sector is required (one of: " + Sector.codes() + ")",
				"ODS code \"R!\" must be 3 to 10 letters or digits, e.g. RXX or A81001",
				"Headcount must be between 1 and 500000");
	}

	@Test
	void a_name_longer_than_the_column_is_refused() {
		assertThat(new PartnerDraft("x".repeat(201), Sector.OTHER, null, null, null).problems())
			.containsExactly("Name must be at most 200 characters");
	}

	@Test
	void reference_lists_accept_codes_enum_names_and_labels_in_any_case() {
		assertThat(Sector.parse("acute-trust")).contains(Sector.ACUTE_TRUST);
		assertThat(Sector.parse("ACUTE_TRUST")).contains(Sector.ACUTE_TRUST);
		assertThat(Sector.parse(" acute hospital trust ")).contains(Sector.ACUTE_TRUST);
		assertThat(Sector.parse("hospital")).isEmpty();
		assertThat(BudgetBand.parse("£1m to £10m")).contains(BudgetBand.FROM_1M_TO_10M);
		assertThat(SeniorityBand.parse("frontline")).contains(SeniorityBand.FRONTLINE);
		assertThat(Profession.parse("Nurse or midwife")).contains(Profession.NURSE);
	}

	@Test
	void nhs_sectors_are_the_nhs_bodies_and_nhs_commissioned_primary_care() {
		assertThat(Sector.GENERAL_PRACTICE.nhs()).isTrue();
		assertThat(Sector.COMMUNITY_PHARMACY.nhs()).isTrue();
		assertThat(Sector.LOCAL_AUTHORITY.nhs()).isFalse();
		assertThat(Sector.VOLUNTARY_COMMUNITY.nhs()).isFalse();
		assertThat(SeniorityBand.BOARD_EXECUTIVE.leadership()).isTrue();
		assertThat(SeniorityBand.MANAGER_TEAM_LEADER.leadership()).isFalse();
		assertThat(SeniorityBand.MANAGER_TEAM_LEADER.frontline()).isFalse();
	}

}
