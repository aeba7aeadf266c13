package org.threefold.assessment;

import org.threefold.partner.Profession;
import org.threefold.partner.SeniorityBand;

/**
 * The groups a respondent says they belong to; either may be left out ("prefer not to
 * say").
 */
public record RespondentProfile(Profession profession, SeniorityBand seniority) {
}
