package org.threefold.workshop.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.threefold.partner.Profession;
import org.threefold.partner.SeniorityBand;
import org.threefold.partner.Sector;
import org.threefold.shared.PartnerId;
import org.threefold.workshop.WorkshopSnapshot.Participant;

import static org.assertj.core.api.Assertions.assertThat;

class GroupFormationTest {

	@Test
	void groups_spread_each_partner_and_each_band_across_groups() {
		List<Participant> people = new ArrayList<>();
		long id = 1;
		// Four partners with four people each, one of each band.
		for (long partner = 1; partner <= 4; partner++) {
			for (SeniorityBand band : SeniorityBand.values()) {
				people.add(new Participant(id++, "P" + id, new PartnerId(partner), "Partner " + partner,
						Sector.ACUTE_TRUST, Profession.NURSE, band, Instant.EPOCH, false));
			}
		}
		List<List<Long>> groups = GroupFormation.mix(people, 4);
		assertThat(groups).hasSize(4).allSatisfy((group) -> assertThat(group).hasSize(4));
		for (List<Long> group : groups) {
			Set<Long> partners = new HashSet<>();
			group.forEach((member) -> partners.add(people.get((int) (member - 1)).partner().value()));
			assertThat(partners).as("one person per partner in " + group).hasSize(4);
		}
		Set<Long> everyone = new HashSet<>();
		groups.forEach(everyone::addAll);
		assertThat(everyone).hasSize(16);
	}

	@Test
	void a_small_room_is_one_group() {
		List<Participant> people = List.of(
				new Participant(1, "A", new PartnerId(1), "X", Sector.HOSPICE, Profession.OTHER,
						SeniorityBand.FRONTLINE, Instant.EPOCH, false),
				new Participant(2, "B", new PartnerId(2), "Y", Sector.HOSPICE, Profession.OTHER,
						SeniorityBand.FRONTLINE, Instant.EPOCH, false));
		assertThat(GroupFormation.mix(people, 5)).containsExactly(List.of(1L, 2L));
	}

}
