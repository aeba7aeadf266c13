package org.threefold.assessment;

/**
 * Proof of submission for the respondent. The code is random and stored only with the
 * response, so it says nothing about who answered.
 *
 * @param firstTime false when the response had already been submitted (a repeat is
 * harmless)
 */
public record Receipt(String code, boolean firstTime) {
}
