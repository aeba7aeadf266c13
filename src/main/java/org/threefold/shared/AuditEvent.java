package org.threefold.shared;

/**
 * Something an administrator or ICS leader may later need to know happened: an export, a
 * changed threshold, an API token issued or revoked, small-group detail viewed. Any
 * module publishes it as a Spring application event, synchronously in the acting user's
 * thread; the audit log records who did it and when.
 *
 * @param ics the partnership concerned, or {@code null} for installation-wide actions
 * @param action a short stable name such as {@code export.board-report}
 * @param subject what it was done to, in words (for example the assessment's title)
 */
public record AuditEvent(IcsId ics, String action, String subject) {

}
