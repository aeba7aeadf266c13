package org.threefold.export.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.threefold.assessment.ResponseProfile;
import org.threefold.assessment.SubmittedResponse;
import org.threefold.export.AnonymisedResponse;
import org.threefold.questionnaire.Audience;
import org.threefold.shared.PartnerId;

import static org.assertj.core.api.Assertions.assertThat;

class ResponseAnonymiserTest {

	static final PartnerId BIG = new PartnerId(1);

	static final PartnerId SMALL = new PartnerId(2);

	static final LocalDate MARCH = LocalDate.of(2026, 3, 2);

	static final LocalDate APRIL = LocalDate.of(2026, 4, 6);

	@Test
	void a_profile_shared_by_at_least_the_threshold_is_released_in_full_with_its_month() {
		Map<ResponseProfile, Long> counts = new LinkedHashMap<>();
		counts.put(profile(BIG, "NURSE", "FRONTLINE", MARCH), 6L);
		ResponseAnonymiser anonymiser = new ResponseAnonymiser(counts, 5);
		AnonymisedResponse row = anonymise(anonymiser, BIG, "NURSE", "FRONTLINE", MARCH);
		assertThat(row.profession()).isEqualTo("Nurse");
		assertThat(row.seniority()).isEqualTo("Frontline");
		assertThat(row.month()).isEqualTo("2026-03");
		assertThat(anonymiser.released()).isEqualTo(6);
		assertThat(anonymiser.leftOut()).isZero();
	}

	@Test
	void a_small_seniority_group_loses_its_seniority_then_its_profession() {
		Map<ResponseProfile, Long> counts = new LinkedHashMap<>();
		counts.put(profile(BIG, "NURSE", "FRONTLINE", MARCH), 5L);
		counts.put(profile(BIG, "NURSE", "BOARD_EXECUTIVE", MARCH), 1L);
		counts.put(profile(BIG, "NURSE", "SENIOR_LEADER", MARCH), 4L);
		counts.put(profile(BIG, "DOCTOR", "FRONTLINE", MARCH), 2L);
		counts.put(profile(BIG, "SOCIAL_WORK", "FRONTLINE", MARCH), 3L);
		ResponseAnonymiser anonymiser = new ResponseAnonymiser(counts, 5);
		assertThat(anonymise(anonymiser, BIG, "NURSE", "FRONTLINE", MARCH).seniority()).isEqualTo("Frontline");
		AnonymisedResponse executive = anonymise(anonymiser, BIG, "NURSE", "BOARD_EXECUTIVE", MARCH);
		assertThat(executive.profession()).isEqualTo("Nurse");
		assertThat(executive.seniority()).isEqualTo(AnonymisedResponse.NOT_SHOWN);
		AnonymisedResponse doctor = anonymise(anonymiser, BIG, "DOCTOR", "FRONTLINE", MARCH);
		assertThat(doctor.profession()).isEqualTo(AnonymisedResponse.NOT_SHOWN);
		assertThat(doctor.seniority()).isEqualTo(AnonymisedResponse.NOT_SHOWN);
		assertThat(anonymiser.released()).isEqualTo(15);
	}

	@Test
	void responses_of_an_organisation_below_the_threshold_are_left_out() {
		Map<ResponseProfile, Long> counts = new LinkedHashMap<>();
		counts.put(profile(BIG, "NURSE", "FRONTLINE", MARCH), 5L);
		counts.put(profile(SMALL, "NURSE", "FRONTLINE", MARCH), 4L);
		ResponseAnonymiser anonymiser = new ResponseAnonymiser(counts, 5);
		assertThat(anonymise(anonymiser, SMALL, "NURSE", "FRONTLINE", MARCH)).isNull();
		assertThat(anonymiser.released()).isEqualTo(5);
		assertThat(anonymiser.leftOut()).isEqualTo(4);
	}

	@Test
	void a_month_with_too_few_responses_hides_the_month_of_its_whole_group() {
		Map<ResponseProfile, Long> counts = new LinkedHashMap<>();
		counts.put(profile(BIG, "NURSE", "FRONTLINE", MARCH), 7L);
		counts.put(profile(BIG, "NURSE", "FRONTLINE", APRIL), 1L);
		ResponseAnonymiser anonymiser = new ResponseAnonymiser(counts, 5);
		assertThat(anonymise(anonymiser, BIG, "NURSE", "FRONTLINE", MARCH).month())
			.isEqualTo(AnonymisedResponse.NOT_SHOWN);
		assertThat(anonymise(anonymiser, BIG, "NURSE", "FRONTLINE", APRIL).month())
			.isEqualTo(AnonymisedResponse.NOT_SHOWN);
	}

	private static ResponseProfile profile(PartnerId partner, String profession, String seniority, LocalDate week) {
		return new ResponseProfile(partner, Audience.STAFF, profession, seniority, week);
	}

	private static AnonymisedResponse anonymise(ResponseAnonymiser anonymiser, PartnerId partner, String profession,
			String seniority, LocalDate week) {
		return anonymiser.anonymise(
				new SubmittedResponse(partner, Audience.STAFF, profession, seniority, week,
						Map.of("OVERALL:overall", 50.0)),
				"Partner " + partner.value(), "Sector",
				(code) -> code.charAt(0) + code.substring(1).toLowerCase().replace('_', ' '));
	}

}
