package org.threefold.export;

import java.util.UUID;

/**
 * A background export as its screen sees it.
 *
 * @param progress from 0 to 1
 * @param step what it is doing, in words
 * @param size bytes written, once done
 * @param problem why it failed, in words, when it failed
 */
public record ExportJob(UUID id, ExportFormat format, String fileName, Status status, double progress, String step,
		long size, String problem) {

	/** Where a job is. */
	public enum Status {

		RUNNING, DONE, FAILED

	}

	public boolean finished() {
		return this.status != Status.RUNNING;
	}

}
