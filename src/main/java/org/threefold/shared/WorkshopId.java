package org.threefold.shared;

/** Identifies a generative-dialogue workshop across modules. */
public record WorkshopId(long value) {

	public WorkshopId {
		if (value <= 0) {
			throw new IllegalArgumentException("WorkshopId must be positive, was " + value);
		}
	}

	@Override
	public String toString() {
		return Long.toString(value);
	}

}
