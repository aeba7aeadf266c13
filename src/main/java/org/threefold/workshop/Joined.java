package org.threefold.workshop;

import org.threefold.shared.WorkshopId;

/**
 * A successful join: the token the browser keeps so a reload or a return finds the same
 * participant. Only its hash is stored.
 *
 * @param workshop the workshop joined
 * @param participant the participant's number
 * @param token the secret to keep
 */
public record Joined(WorkshopId workshop, long participant, String token) {
}
