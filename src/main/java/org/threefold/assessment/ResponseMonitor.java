package org.threefold.assessment;

import java.util.List;

/**
 * Live response counts. Counts of responses are shown unsuppressed (MEASUREMENT.md:
 * "counts of responses are commonly shown unsuppressed"); scores never are.
 *
 * @param byPartner one row per partner taking part, including those with none yet
 * @param invitationsSent emailed invitations, and how many have been used to start
 */
public record ResponseMonitor(long submitted, long inProgress, List<GroupCount> byPartner,
		List<GroupCount> byProfession, List<GroupCount> bySeniority, long invitationsSent, long invitationsUsed) {

	/**
	 * @param headcount the partner's staff headcount when known, for a response rate
	 */
	public record GroupCount(String group, long submitted, long inProgress, Integer headcount) {

		/**
		 * Submitted responses as a percentage of headcount, when the headcount is known.
		 */
		public Double ratePercent() {
			return (this.headcount == null || this.headcount == 0) ? null : 100.0 * this.submitted / this.headcount;
		}

	}

}
