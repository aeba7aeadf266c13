package org.threefold.workshop;

/** How a turn in a round ended. */
public enum TurnOutcome {

	/** The person spoke. */
	SPOKE,
	/** The person passed; the facilitator comes back to them at the end of the round. */
	PASSED,
	/** The person left the workshop during or before their turn. */
	LEFT

}
