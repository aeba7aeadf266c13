package org.threefold.assessment.ui;

import java.io.ByteArrayInputStream;
import java.text.Normalizer;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.InputStreamDownloadHandler;

import org.threefold.assessment.InvitationLinkView;
import org.threefold.assessment.QrCodes;

/**
 * One link as a QR code: small on screen, large in the download so it stays sharp on a
 * printed poster. The PNG is drawn when the browser asks for it, not when the dialog
 * opens.
 */
class QrCodeDialog extends Dialog {

	static final int SCREEN_SIZE = 320;

	static final int PRINT_SIZE = 1024;

	QrCodeDialog(InvitationLinkView link) {
		String what = link.partnerName() + ", " + link.audience().label().toLowerCase();
		setHeaderTitle("QR code: " + what);
		String fileName = fileName(link);
		Image image = new Image(png(link.url(), SCREEN_SIZE, fileName).inline(), "QR code for " + what);
		image.setWidth(SCREEN_SIZE + "px");
		image.setHeight(SCREEN_SIZE + "px");
		image.setMaxWidth("100%");
		Span url = new Span(link.url());
		url.addClassName("tf-code");
		Anchor download = new Anchor(png(link.url(), PRINT_SIZE, fileName), AttachmentType.DOWNLOAD,
				"Download the QR code for printing (PNG, " + PRINT_SIZE + " pixels)");
		add(image, new Paragraph(new Span("It opens "), url), download);
		getFooter().add(new Button("Close", (click) -> close()));
	}

	private static InputStreamDownloadHandler png(String url, int size, String fileName) {
		return DownloadHandler.fromInputStream((event) -> {
			byte[] png = QrCodes.png(url, size);
			return new DownloadResponse(new ByteArrayInputStream(png), fileName, "image/png", png.length);
		});
	}

	/**
	 * e.g. "qr-riverside-community-pharmacy-staff.png": readable, and safe in any file
	 * system.
	 */
	static String fileName(InvitationLinkView link) {
		String slug = Normalizer.normalize(link.partnerName(), Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("(^-+|-+$)", "");
		return "qr-" + slug + "-" + link.audience().code() + ".png";
	}

}
