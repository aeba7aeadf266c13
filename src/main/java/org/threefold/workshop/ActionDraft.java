package org.threefold.workshop;

import java.time.LocalDate;

import org.threefold.shared.PartnerId;

/**
 * An action the room agreed in stage five, as the facilitator types it.
 *
 * @param title what will be done, plain text up to 300 characters
 * @param owner the partner that owns it, or null
 * @param due when it is due, or null
 * @param subDimension the sub-dimension it addresses (for example R5), or null
 */
public record ActionDraft(String title, PartnerId owner, LocalDate due, String subDimension) {
}
