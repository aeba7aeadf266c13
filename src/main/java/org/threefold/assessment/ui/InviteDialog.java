package org.threefold.assessment.ui;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.function.SerializableFunction;

import org.threefold.assessment.InvitationLinkView;
import org.threefold.assessment.InvitationResult;
import org.threefold.questionnaire.Audience;
import org.threefold.shared.PartnerId;
import org.threefold.shared.ValidationException;

/**
 * Emails single-use invitations for one partner and group. The choices come from the
 * links the user may share, so a partner lead can only invite for their own organisation.
 * The sending is handed in; the dialog never sees a service, and stays open to send more.
 */
class InviteDialog extends Dialog {

	/** Who to invite, as the dialog hands it over. */
	record Invitations(PartnerId partner, Audience audience, List<String> emails) {
	}

	private final Select<PartnerId> partner = new Select<>();

	private final Select<Audience> audience = new Select<>();

	private final TextArea emails = new TextArea("Email addresses, one per line");

	private final ProblemList problems = new ProblemList("Nothing was sent. Please fix:");

	private final Paragraph outcome = new Paragraph();

	private final SerializableFunction<Invitations, InvitationResult> send;

	/**
	 * @param send emails the invitations, or throws {@link ValidationException} saying
	 * why not
	 */
	InviteDialog(List<InvitationLinkView> links, SerializableFunction<Invitations, InvitationResult> send) {
		this.send = send;
		setHeaderTitle("Invite people by email");
		setWidth("min(640px, 100vw)");
		Map<PartnerId, String> names = new LinkedHashMap<>();
		links.forEach((link) -> names.putIfAbsent(link.partnerId(), link.partnerName()));
		this.partner.setLabel("Partner");
		this.partner.setItems(names.keySet());
		this.partner.setItemLabelGenerator(names::get);
		this.audience.setLabel("Who answers");
		this.audience.setItems(links.stream().map(InvitationLinkView::audience).distinct().sorted().toList());
		this.audience.setItemLabelGenerator(Audience::label);
		if (names.size() == 1) {
			this.partner.setValue(names.keySet().iterator().next());
		}
		this.audience.getListDataView().getItems().findFirst().ifPresent(this.audience::setValue);
		this.emails.setHelperText("Each person gets their own link, which works once; nothing links their answers to "
				+ "their address. Anyone already invited to this assessment is skipped.");
		this.emails.setWidthFull();
		this.emails.setMinRows(5);
		this.outcome.getElement().setAttribute("aria-live", "polite");
		this.outcome.addClassName("tf-done");
		add(this.problems, this.partner, this.audience, this.emails, this.outcome);

		Button sendButton = new Button("Send invitations");
		sendButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		// One batch per click: the button stays disabled until the emails are recorded.
		sendButton.setDisableOnClick(true);
		sendButton.addClickListener((click) -> {
			try {
				attempt();
			}
			finally {
				sendButton.setEnabled(true);
			}
		});
		getFooter().add(new Button("Close", (click) -> close()), sendButton);
	}

	private void attempt() {
		this.outcome.setText("");
		if (this.partner.getValue() == null || this.audience.getValue() == null) {
			this.problems.show(List.of("Choose the partner and who answers"));
			return;
		}
		List<String> addresses = Arrays.stream(this.emails.getValue().split("[\\r\\n,;]+"))
			.map(String::strip)
			.filter((line) -> !line.isEmpty())
			.toList();
		try {
			InvitationResult result = this.send
				.apply(new Invitations(this.partner.getValue(), this.audience.getValue(), addresses));
			this.problems.show(List.of());
			this.emails.clear();
			this.outcome.setText(describe(result));
		}
		catch (ValidationException ex) {
			this.problems.show(ex.problems());
		}
	}

	static String describe(InvitationResult result) {
		return result.sent() + ((result.sent() == 1) ? " invitation" : " invitations") + " sent; "
				+ result.skipped().size() + " skipped (already invited)"
				+ (result.skipped().isEmpty() ? "" : ": " + String.join(", ", result.skipped()));
	}

}
