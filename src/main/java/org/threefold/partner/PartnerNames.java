package org.threefold.partner;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.threefold.partner.internal.PartnerRepository;
import org.threefold.shared.PartnerId;

/**
 * Partner names for people without accounts: a respondent's form names the partners they
 * rate. Only names of the ids asked for, which the caller takes from an assessment, never
 * a listing, so nothing else about partners is exposed.
 */
@Service
@Transactional(readOnly = true)
public class PartnerNames {

	private final PartnerRepository partners;

	PartnerNames(PartnerRepository partners) {
		this.partners = partners;
	}

	/** Names in alphabetical order. */
	public Map<PartnerId, String> of(Collection<PartnerId> ids) {
		Map<PartnerId, String> names = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return names;
		}
		this.partners.namesOf(ids.stream().map(PartnerId::value).distinct().toList())
			.stream()
			.sorted(java.util.Comparator.comparing((Object[] row) -> (String) row[1]))
			.forEach((row) -> names.put(new PartnerId((Long) row[0]), (String) row[1]));
		return names;
	}

}
