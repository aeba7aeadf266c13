package org.threefold.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.threefold.shared.IcsId;
import org.threefold.shared.PartnerId;

/**
 * A request to open an account. {@link #problems()} lists every reason it cannot be
 * accepted.
 *
 * @param icsId required for every role but administrator, which must not have one
 * @param partnerId required for partner leads only
 */
public record NewUserAccount(String username, String displayName, String email, String password, Role role, IcsId icsId,
		PartnerId partnerId) {

	/**
	 * NCSC guidance favours length over composition rules; 12 characters is our floor.
	 */
	public static final int MIN_PASSWORD_LENGTH = 12;

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,99}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	public NewUserAccount {
		username = (username == null) ? "" : username.strip().toLowerCase(Locale.ROOT);
		displayName = (displayName == null) ? "" : displayName.strip();
		email = (email == null || email.isBlank()) ? null : email.strip();
	}

	public List<String> problems() {
		List<String> problems = new ArrayList<>();
		if (!USERNAME.matcher(this.username).matches()) {
			problems.add("Username must be 3 to 100 lower-case letters, digits, dots, hyphens or underscores");
		}
		if (this.displayName.isEmpty() || this.displayName.length() > 200) {
			problems.add("Name is required (at most 200 characters)");
		}
		if (this.email != null && (this.email.length() > 254 || !EMAIL.matcher(this.email).matches())) {
			problems.add("Email address \"" + this.email + "\" does not look right");
		}
		if (this.password == null || this.password.length() < MIN_PASSWORD_LENGTH || this.password.length() > 128) {
			problems.add("Password must be " + MIN_PASSWORD_LENGTH + " to 128 characters long");
		}
		if (this.role == null) {
			problems.add("Role is required");
		}
		else if (this.role.belongsToIcs() && this.icsId == null) {
			problems.add(this.role.label() + " accounts must belong to an ICS");
		}
		else if (!this.role.belongsToIcs() && this.icsId != null) {
			problems.add("Administrator accounts do not belong to an ICS");
		}
		if (this.role == Role.PARTNER_LEAD && this.partnerId == null) {
			problems.add("A partner lead must be linked to their partner organisation");
		}
		if (this.role != Role.PARTNER_LEAD && this.partnerId != null) {
			problems.add("Only partner leads are linked to a partner organisation");
		}
		return problems;
	}

}
