package org.threefold.assessment.ui.respond;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;

import org.threefold.assessment.Invitation;
import org.threefold.assessment.RespondentProfile;
import org.threefold.partner.Profession;
import org.threefold.partner.SeniorityBand;

/**
 * The first page of an invitation: what the survey is, the privacy notice, the optional
 * questions about the person's group (each defaulting to "Prefer not to say"), and Start.
 */
final class LandingPanel extends Div {

	static final String PREFER_NOT_TO_SAY = "Prefer not to say";

	private final Select<Profession> profession = new Select<>();

	private final Select<SeniorityBand> seniority = new Select<>();

	private final Button start = new Button("Start now");

	LandingPanel(Invitation invitation, boolean emailed, Consumer<RespondentProfile> onStart) {
		addClassName("tf-landing");
		H1 heading = new H1("Before you start");
		Paragraph lead = new Paragraph(PrivacyNotice.summary(invitation));
		lead.addClassName("tf-lead");
		add(heading, lead, privacy(invitation, emailed));
		if (invitation.askProfession() || invitation.askSeniority()) {
			add(aboutYou(invitation));
		}
		this.start.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
		this.start.addClassName("tf-start");
		this.start.setDisableOnClick(true);
		this.start.addClickListener((click) -> onStart.accept(profile(invitation)));
		Paragraph resume = new Paragraph("Started already on another device? ");
		resume.add(new Anchor("resume", "Enter your resume code"));
		add(this.start, resume);
	}

	Button startButton() {
		return this.start;
	}

	Select<Profession> professionSelect() {
		return this.profession;
	}

	Select<SeniorityBand> senioritySelect() {
		return this.seniority;
	}

	private RespondentProfile profile(Invitation invitation) {
		return new RespondentProfile(invitation.askProfession() ? this.profession.getValue() : null,
				invitation.askSeniority() ? this.seniority.getValue() : null);
	}

	private static Section privacy(Invitation invitation, boolean emailed) {
		Section privacy = new Section(new H2("How your answers are protected"));
		privacy.addClassName("tf-privacy");
		privacy.add(new Paragraph("You do not need an account. We keep:"), list(PrivacyNotice.collected(invitation)));
		privacy.add(new Paragraph("We do not keep:"), list(PrivacyNotice.notCollected()));
		PrivacyNotice.protections(invitation, emailed).forEach((line) -> privacy.add(new Paragraph(line)));
		return privacy;
	}

	private Section aboutYou(Invitation invitation) {
		Section about = new Section(new H2("About you (optional)"));
		about.add(new Paragraph("These help compare groups of staff. Like every result, they are only shown for "
				+ "groups of at least " + invitation.scoreThreshold() + " people."));
		if (invitation.askProfession()) {
			setUp(this.profession, "Your profession", List.of(Profession.values()));
			this.profession.setItemLabelGenerator((p) -> (p == null) ? PREFER_NOT_TO_SAY : p.label());
			about.add(this.profession);
		}
		if (invitation.askSeniority()) {
			setUp(this.seniority, "Your seniority", List.of(SeniorityBand.values()));
			this.seniority.setItemLabelGenerator((s) -> (s == null) ? PREFER_NOT_TO_SAY : s.label());
			about.add(this.seniority);
		}
		return about;
	}

	private static <T> void setUp(Select<T> select, String label, List<T> items) {
		select.setLabel(label);
		select.setItems(items);
		select.setEmptySelectionAllowed(true);
		select.setEmptySelectionCaption(PREFER_NOT_TO_SAY);
		select.setWidthFull();
	}

	private static UnorderedList list(List<String> lines) {
		UnorderedList list = new UnorderedList();
		lines.forEach((line) -> list.add(new ListItem(line)));
		return list;
	}

}
