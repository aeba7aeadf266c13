package org.threefold.security;

/**
 * Thrown (or routed to) when a client has used up its allowance for a purpose; the user
 * sees "Too many attempts" and how long to wait, never a stack trace.
 */
public class TooManyAttemptsException extends RuntimeException {

	private final long retryAfterSeconds;

	public TooManyAttemptsException(long retryAfterSeconds) {
		super("Too many attempts; try again in " + retryAfterSeconds + " seconds");
		this.retryAfterSeconds = retryAfterSeconds;
	}

	public long retryAfterSeconds() {
		return this.retryAfterSeconds;
	}

}
