package org.threefold.security;

import java.util.List;

/**
 * Implemented by the demo module when demo data is switched on, so the login page can
 * list the demo accounts without this module knowing about the demo files.
 */
public interface DemoAccounts {

	/**
	 * @param description what the account is for, e.g. "Partner lead (Riverside
	 * Pharmacy)"
	 */
	record DemoAccount(String username, String description) {
	}

	String partnershipName();

	String password();

	List<DemoAccount> accounts();

}
