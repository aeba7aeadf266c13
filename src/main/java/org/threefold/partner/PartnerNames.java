package org.threefold.partner;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.threefold.shared.PartnerId;

/**
 * Partner names for people without accounts: a respondent's form names the partners they
 * rate. Only names of the ids asked for, which the caller takes from an assessment, never
 * a listing, so nothing else about partners is exposed.
 * <p>
 * Plain SQL rather than a repository query: the respondent form reads these names with
 * every answer saved, and Hibernate translates a query with a list parameter afresh on
 * every call ({@code findAllById} or JPQL alike), which was the larger part of the CPU of
 * saving an answer in the HTTP load test (docs/performance.md).
 */
@Service
@Transactional(readOnly = true)
public class PartnerNames {

	private final NamedParameterJdbcTemplate jdbc;

	PartnerNames(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Names in alphabetical order. */
	public Map<PartnerId, String> of(Collection<PartnerId> ids) {
		Map<PartnerId, String> names = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return names;
		}
		List<Map.Entry<PartnerId, String>> found = new ArrayList<>();
		this.jdbc.query("select id, name from partner where id in (:ids)",
				Map.of("ids", ids.stream().map(PartnerId::value).distinct().toList()), (row) -> {
					found.add(Map.entry(new PartnerId(row.getLong("id")), row.getString("name")));
				});
		found.sort(Map.Entry.comparingByValue(Comparator.naturalOrder()));
		found.forEach((entry) -> names.put(entry.getKey(), entry.getValue()));
		return names;
	}

}
