package org.threefold.shared;

/**
 * Identifies a user account across modules; modules refer to each other by id, never by
 * entity.
 */
public record UserId(long value) {

	public UserId {
		if (value <= 0) {
			throw new IllegalArgumentException("UserId must be positive, was " + value);
		}
	}

	@Override
	public String toString() {
		return Long.toString(value);
	}

}
