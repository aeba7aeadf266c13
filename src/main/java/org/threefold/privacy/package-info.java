/**
 * Privacy controls for a data protection officer: how long each partnership keeps raw
 * answers (deleted by a nightly job once an assessment has been closed that long, while
 * the stored scores stay), and erasing a named person's account data. Both are audited.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Privacy")
package org.threefold.privacy;
