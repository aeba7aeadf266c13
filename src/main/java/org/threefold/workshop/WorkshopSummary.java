package org.threefold.workshop;

import java.time.LocalDateTime;

import org.threefold.shared.WorkshopId;

/**
 * A workshop in a list.
 *
 * @param id the workshop
 * @param title its title
 * @param mode in person, online or mixed
 * @param status scheduled, running or finished
 * @param startsAt the planned start, UK time, or null
 * @param joinCode the code participants type, as shown (two groups of four)
 * @param participants how many have joined
 */
public record WorkshopSummary(WorkshopId id, String title, WorkshopMode mode, WorkshopStatus status,
		LocalDateTime startsAt, String joinCode, int participants) {
}
