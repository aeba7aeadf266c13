/**
 * Administration: an installation administrator opens partnerships (ICSs), loads their
 * first partner list and manages the user accounts of every ICS.
 * <p>
 * It owns no data. {@link org.threefold.admin.AccountAdministration} joins what the
 * partner and security modules already hold, so that an account screen can show ICS and
 * partner names, and checks the one rule that spans both modules: a partner lead's
 * organisation must belong to the lead's ICS. Every service and screen here is for
 * administrators only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Administration")
package org.threefold.admin;
