package org.threefold.assessment;

import org.threefold.questionnaire.Audience;
import org.threefold.shared.PartnerId;

/**
 * A partner's shareable link for one audience, with the full address to print or share.
 */
public record InvitationLinkView(PartnerId partnerId, String partnerName, Audience audience, String url) {
}
