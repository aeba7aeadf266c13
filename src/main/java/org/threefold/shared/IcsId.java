package org.threefold.shared;

/**
 * Identifies an Integrated Care System across modules; modules refer to each other by id,
 * never by entity.
 */
public record IcsId(long value) {

	public IcsId {
		if (value <= 0) {
			throw new IllegalArgumentException("IcsId must be positive, was " + value);
		}
	}

	@Override
	public String toString() {
		return Long.toString(value);
	}

}
