package org.threefold.security;

/**
 * The five kinds of account (PRODUCT.md, "Who uses it"). The string constants exist for
 * {@code @RolesAllowed}, which needs compile-time constants.
 */
public enum Role {

	ADMINISTRATOR("Administrator", false), ICS_LEADER("ICS leader", true), PARTNER_LEAD("Partner lead", true),
	FACILITATOR("Facilitator", true), BOARD_VIEWER("Board viewer", true);

	public static final String ADMINISTRATOR_NAME = "ADMINISTRATOR";

	public static final String ICS_LEADER_NAME = "ICS_LEADER";

	public static final String PARTNER_LEAD_NAME = "PARTNER_LEAD";

	public static final String FACILITATOR_NAME = "FACILITATOR";

	public static final String BOARD_VIEWER_NAME = "BOARD_VIEWER";

	private final String label;

	private final boolean belongsToIcs;

	Role(String label, boolean belongsToIcs) {
		this.label = label;
		this.belongsToIcs = belongsToIcs;
	}

	public String label() {
		return this.label;
	}

	/** Every role but the administrator works inside exactly one ICS. */
	public boolean belongsToIcs() {
		return this.belongsToIcs;
	}

	public String authority() {
		return "ROLE_" + name();
	}

}
