package org.threefold.shared;

import java.util.List;

/**
 * Bad input with a message a user can act on. Services throw it before changing anything,
 * so a rejected request leaves the data as it was.
 */
public class ValidationException extends RuntimeException {

	private final List<String> problems;

	public ValidationException(String problem) {
		this(List.of(problem));
	}

	public ValidationException(List<String> problems) {
		super(String.join("; ", problems));
		if (problems.isEmpty()) {
			throw new IllegalArgumentException("A validation failure needs at least one problem");
		}
		this.problems = List.copyOf(problems);
	}

	public List<String> problems() {
		return this.problems;
	}

}
