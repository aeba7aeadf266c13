package org.threefold.assessment.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

import org.springframework.stereotype.Component;

/**
 * Dates as the partnership lives them (Europe/London), and the coarse week that is the
 * finest time a response ever records.
 */
@Component
public class UkCalendar {

	public static final ZoneId LONDON = ZoneId.of("Europe/London");

	private final Clock clock;

	UkCalendar(Clock clock) {
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(this.clock.withZone(LONDON));
	}

	/**
	 * The Monday of the current week: precise enough for trends, too coarse to identify
	 * anyone.
	 */
	public LocalDate thisWeek() {
		return today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

	public Clock clock() {
		return this.clock;
	}

}
