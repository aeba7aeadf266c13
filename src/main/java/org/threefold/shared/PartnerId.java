package org.threefold.shared;

/**
 * Identifies a partner organisation across modules; modules refer to each other by id,
 * never by entity.
 */
public record PartnerId(long value) {

	public PartnerId {
		if (value <= 0) {
			throw new IllegalArgumentException("PartnerId must be positive, was " + value);
		}
	}

	@Override
	public String toString() {
		return Long.toString(value);
	}

}
