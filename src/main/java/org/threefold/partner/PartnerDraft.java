package org.threefold.partner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a user types to add or change a partner, before it is accepted.
 * {@link #problems()} lists every problem at once, so a form or a CSV row can show them
 * all rather than one at a time.
 *
 * @param name organisation name as staff know it
 * @param sector kind of organisation
 * @param odsCode NHS Organisation Data Service code, optional (many VCS partners have
 * none)
 * @param headcount staff headcount, optional
 * @param budgetBand annual budget band, optional
 */
public record PartnerDraft(String name, Sector sector, String odsCode, Integer headcount, BudgetBand budgetBand) {

	public static final int MAX_NAME_LENGTH = 200;

	/**
	 * The largest NHS employers have around 40,000 staff; this leaves room without
	 * accepting typos.
	 */
	public static final int MAX_HEADCOUNT = 500_000;

	/** ODS codes are short upper-case alphanumerics, e.g. RXX, A81001, 8HV48. */
	private static final Pattern ODS_CODE = Pattern.compile("[A-Z0-9]{3,10}");

	public PartnerDraft {
		name = (name == null) ? "" : name.strip().replaceAll("\\s+", " ");
		odsCode = (odsCode == null || odsCode.isBlank()) ? null : odsCode.strip().toUpperCase(Locale.ROOT);
	}

	public List<String> problems() {
		List<String> problems = new ArrayList<>();
		if (this.name.isEmpty()) {
			problems.add("Name is required");
		}
		else if (this.name.length() > MAX_NAME_LENGTH) {
			problems.add("Name must be at most " + MAX_NAME_LENGTH + " characters");
		}
		if (this.sector == null) {
			problems.add("Sector is required (one of: " + Sector.codes() + ")");
		}
		if (this.odsCode != null && !ODS_CODE.matcher(this.odsCode).matches()) {
			problems.add("ODS code \"" + this.odsCode + "\" must be 3 to 10 letters or digits, e.g. RXX or A81001");
		}
		if (this.headcount != null && (this.headcount < 1 || this.headcount > MAX_HEADCOUNT)) {
			problems.add("Headcount must be between 1 and " + MAX_HEADCOUNT);
		}
		return problems;
	}

}
