package org.threefold.ui;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A link that makes a small file when clicked and downloads it: the file is written in
 * memory first, so a refusal or a fault gives the browser an error status, never half a
 * file. For files made in well under a second (an action plan, a workshop report); larger
 * exports run as background jobs with a progress bar.
 */
public final class FileDownload {

	private static final Logger log = LoggerFactory.getLogger(FileDownload.class);

	/** Writes the file. */
	@FunctionalInterface
	public interface Writer {

		void write(OutputStream out) throws IOException;

	}

	private FileDownload() {
	}

	/**
	 * @param text the link's text, e.g. "Workshop report (Word)"
	 * @param fileName the name to save the file under
	 */
	public static Anchor link(String text, String fileName, String contentType, Writer writer) {
		Anchor link = new Anchor(DownloadHandler.fromInputStream((event) -> {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			try {
				writer.write(out);
			}
			catch (IOException | RuntimeException ex) {
				log.warn("Could not make {}", fileName, ex);
				return DownloadResponse.error(500, "The file could not be made. Please try again.");
			}
			byte[] bytes = out.toByteArray();
			return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, contentType, bytes.length);
		}), text);
		link.getElement().setAttribute("download", fileName);
		link.getElement().setAttribute("aria-label", "Download " + text);
		return link;
	}

}
