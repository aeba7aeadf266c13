package org.threefold.partner;

import java.util.Map;

/**
 * The shape of a partnership at a glance, for home pages and reports.
 *
 * @param partnersBySector partner counts per sector, sectors with none left out
 * @param totalHeadcount sum of known headcounts
 * @param partnersWithoutHeadcount partners whose headcount is unknown, so the total is a
 * floor
 */
public record PartnershipSummary(IcsView ics, long partnerCount, long nhsPartners, long nonNhsPartners,
		Map<Sector, Long> partnersBySector, long totalHeadcount, long partnersWithoutHeadcount) {

	public int sectorCount() {
		return this.partnersBySector.size();
	}

}
