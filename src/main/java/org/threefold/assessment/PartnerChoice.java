package org.threefold.assessment;

/**
 * A partner a respondent rates or shares points with; {@code key} is the answer sub-key.
 */
public record PartnerChoice(String key, String name) {
}
