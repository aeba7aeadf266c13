/**
 * The partnership: an Integrated Care System and its partner organisations, with the
 * reference lists (sectors, professions, seniority bands, budget bands) that every
 * grouping in Threefold uses.
 * <p>
 * API: {@link org.threefold.partner.PartnerService} for the signed-in user's own ICS,
 * {@link org.threefold.partner.IcsService} for administrators, and the CSV import in
 * {@link org.threefold.partner.PartnerCsvParser}. Every read is scoped to the caller's
 * ICS.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Partnership and partners")
package org.threefold.partner;
