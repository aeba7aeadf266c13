package org.threefold.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.threefold.shared.IcsId;

/**
 * An email to send on behalf of an ICS, such as a survey invitation or reminder. Plain
 * text only, so nothing a user typed into a campaign can turn into markup in someone's
 * mail client. {@link #problems()} lists every reason it cannot be sent.
 *
 * @param icsId the partnership the email is sent for; its leader sees it in the outbox
 * @param to one recipient address
 * @param subject a single line
 * @param body plain text; it may hold single-use survey links, so it is never logged
 */
public record EmailMessage(IcsId icsId, String to, String subject, String body) {

	/** The longest address SMTP can carry (RFC 5321 §4.5.3.1.3). */
	public static final int MAX_ADDRESS_LENGTH = 254;

	public static final int MAX_SUBJECT_LENGTH = 200;

	public static final int MAX_BODY_LENGTH = 20_000;

	/**
	 * Deliberately loose, as the mail server has the final word; it refuses separators
	 * and brackets so one field can never smuggle in a second recipient.
	 */
	private static final Pattern ADDRESS = Pattern
		.compile("[^@\\s,;:<>()\\[\\]\"]+@[^@\\s,;:<>()\\[\\]\"]+\\.[^@\\s,;:<>()\\[\\]\"]+");

	public EmailMessage {
		to = (to == null) ? "" : to.strip();
		subject = (subject == null) ? "" : subject.strip();
		body = (body == null) ? "" : body;
	}

	public List<String> problems() {
		List<String> problems = new ArrayList<>();
		if (this.icsId == null) {
			problems.add("An email must be sent on behalf of an ICS");
		}
		if (this.to.isEmpty()) {
			problems.add("The recipient's email address is missing");
		}
		else if (!looksLikeAddress(this.to)) {
			problems.add("Email address \"" + abbreviate(this.to) + "\" does not look right");
		}
		if (this.subject.isEmpty()) {
			problems.add("The subject is missing");
		}
		else if (this.subject.length() > MAX_SUBJECT_LENGTH) {
			problems.add("The subject must be at most " + MAX_SUBJECT_LENGTH + " characters");
		}
		else if (this.subject.contains("\n") || this.subject.contains("\r")) {
			problems.add("The subject must be a single line");
		}
		if (this.body.isBlank()) {
			problems.add("The email has no text");
		}
		else if (this.body.length() > MAX_BODY_LENGTH) {
			problems.add("The email text must be at most " + MAX_BODY_LENGTH + " characters");
		}
		return problems;
	}

	/**
	 * The address check {@link #problems()} applies, for forms that take a list of
	 * addresses and want to point at the bad ones before sending anything.
	 */
	public static boolean looksLikeAddress(String address) {
		return address != null && address.length() <= MAX_ADDRESS_LENGTH && ADDRESS.matcher(address).matches();
	}

	private static String abbreviate(String text) {
		return (text.length() <= 60) ? text : text.substring(0, 57) + "...";
	}

}
