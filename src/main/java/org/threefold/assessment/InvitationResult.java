package org.threefold.assessment;

import java.util.List;

/**
 * What happened to a batch of email invitations.
 *
 * @param skipped addresses already invited to this assessment (each person gets one
 * token)
 */
public record InvitationResult(int sent, List<String> skipped) {
}
