/**
 * The audit log: who exported, who changed thresholds, who issued API tokens, who viewed
 * small-group detail, who erased an account. Any module publishes
 * {@link org.threefold.shared.AuditEvent} as a Spring application event; this module
 * records it with the acting user, their role and ICS, and the time. Administrators read
 * every entry, ICS leaders those of their own ICS.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit log")
package org.threefold.audit;
