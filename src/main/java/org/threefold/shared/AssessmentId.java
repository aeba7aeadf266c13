package org.threefold.shared;

/** Identifies an assessment campaign across modules. */
public record AssessmentId(long value) {

	public AssessmentId {
		if (value <= 0) {
			throw new IllegalArgumentException("AssessmentId must be positive, was " + value);
		}
	}

	@Override
	public String toString() {
		return Long.toString(value);
	}

}
