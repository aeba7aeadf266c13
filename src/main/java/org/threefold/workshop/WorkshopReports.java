package org.threefold.workshop;

import java.io.IOException;
import java.io.OutputStream;

import org.threefold.shared.WorkshopId;

/**
 * The Word report of a finished workshop, as the workshop screens offer it for download.
 * The export module writes it (it reads this module, so this module cannot read it back
 * without a cycle); the screens find the writer through this interface.
 */
public interface WorkshopReports {

	/** e.g. "discharge-and-information-sharing-workshop-report.docx". */
	String fileName(WorkshopId id);

	String contentType();

	/**
	 * Writes the report to {@code out}, which the caller closes.
	 * @throws org.threefold.shared.ValidationException when the workshop has not finished
	 * @throws org.threefold.shared.NotFoundException for another ICS's workshop
	 */
	void write(WorkshopId id, OutputStream out) throws IOException;

}
