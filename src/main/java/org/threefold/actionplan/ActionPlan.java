package org.threefold.actionplan;

import java.util.List;
import java.util.Map;

/**
 * The ICS's action plan: every action, oldest first, and how many stand at each status.
 */
public record ActionPlan(List<PlanAction> actions, Map<ActionStatus, Long> counts) {

	public long count(ActionStatus status) {
		return this.counts.getOrDefault(status, 0L);
	}

	/** Done out of accepted, in progress and done; 0 when nothing is taken on. */
	public int percentDone() {
		long taken = count(ActionStatus.ACCEPTED) + count(ActionStatus.IN_PROGRESS) + count(ActionStatus.DONE);
		return (taken == 0) ? 0 : (int) Math.round(100.0 * count(ActionStatus.DONE) / taken);
	}

}
