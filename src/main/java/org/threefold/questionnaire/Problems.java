package org.threefold.questionnaire;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one file so reading can go on and report them all at once. */
final class Problems {

	private final String file;

	private final List<LoadProblem> found = new ArrayList<>();

	Problems(String file) {
		this.file = file;
	}

	void add(int line, String field, String message) {
		this.found.add(new LoadProblem(this.file, line, field, message));
	}

	boolean any() {
		return !this.found.isEmpty();
	}

	int count() {
		return this.found.size();
	}

	List<LoadProblem> list() {
		return List.copyOf(this.found);
	}

	String file() {
		return this.file;
	}

}
