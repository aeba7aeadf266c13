package org.threefold.mail;

/** Where an email stands, with the words the outbox screen shows for it. */
public enum EmailStatus {

	/** Recorded; the mail server gets it once the caller's transaction commits. */
	QUEUED("Waiting to be sent"),

	/** The mail server accepted it. Whether it reached the inbox is beyond our sight. */
	SENT("Sent"),

	/** The mail server could not be reached or refused it; the error says why. */
	FAILED("Not sent: the mail server refused it or could not be reached"),

	/** No mail server is configured, so it was kept here for the leader to pass on. */
	OUTBOX("Kept here, not sent (no mail server)");

	private final String label;

	EmailStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
