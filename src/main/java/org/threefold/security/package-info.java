/**
 * Who may do what: user accounts with hashed passwords, the five roles, form login, and
 * {@link org.threefold.security.CurrentUser}, the one place every other module asks
 * "which ICS is this request about?". Respondents and workshop participants never have
 * accounts.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security")
package org.threefold.security;
