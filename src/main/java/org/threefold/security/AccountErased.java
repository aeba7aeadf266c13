package org.threefold.security;

import org.threefold.shared.UserId;

/**
 * Published when an administrator erases a person's account data, so that modules holding
 * the person's name (the audit log) replace it with the same pseudonym.
 */
public record AccountErased(UserId id, String pseudonym) {
}
