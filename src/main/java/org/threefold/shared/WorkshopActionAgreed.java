package org.threefold.shared;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A workshop agreed an action in its fifth stage. The workshop module publishes it as a
 * Spring application event; the action plan of the ICS takes it in. Kept here, in shared,
 * so that neither module depends on the other.
 *
 * @param ics the partnership the workshop belongs to
 * @param workshop the workshop that agreed it
 * @param agreementId identifies the agreement within the workshop, so that a repeated
 * event adds nothing
 * @param workshopTitle the workshop's title, named as the action's source
 * @param title what was agreed, plain text
 * @param owner the partner that owns it, or {@code null} if none was named
 * @param due when it is due, or {@code null}
 * @param subDimension the linked sub-dimension code (for example {@code R5}), or
 * {@code null}
 * @param assessment the assessment whose results seeded the workshop, or {@code null}
 * @param agreedAt when it was agreed
 */
public record WorkshopActionAgreed(IcsId ics, WorkshopId workshop, long agreementId, String workshopTitle, String title,
		PartnerId owner, LocalDate due, String subDimension, AssessmentId assessment, Instant agreedAt) {

}
