package org.threefold.questionnaire;

import java.time.Instant;
import java.util.List;

/**
 * What the last read of the questionnaires directory found, for the administrator's
 * screen.
 *
 * @param directory the directory read, as an absolute path
 * @param files names of the files read
 */
public record LoadReport(String directory, Instant readAt, List<String> files, List<LoadProblem> problems) {

	public boolean clean() {
		return this.problems.isEmpty();
	}

}
