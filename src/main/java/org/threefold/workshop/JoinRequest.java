package org.threefold.workshop;

import org.threefold.partner.Profession;
import org.threefold.partner.SeniorityBand;
import org.threefold.shared.PartnerId;

/**
 * What a person gives to join.
 *
 * @param name the display name others see, up to 60 characters
 * @param partner their organisation
 * @param profession their profession
 * @param seniority their seniority band
 */
public record JoinRequest(String name, PartnerId partner, Profession profession, SeniorityBand seniority) {
}
