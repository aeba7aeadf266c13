package org.threefold.assessment;

import java.util.Map;
import java.util.function.Consumer;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.threefold.assessment.internal.SubmittedResponseReader;
import org.threefold.security.Role;
import org.threefold.shared.AssessmentId;

/**
 * Submitted responses of one assessment of the caller's ICS, read as a stream for
 * anonymised exports: one query, rows handed over one at a time, so a million responses
 * need no more memory than one. Only ICS leaders and board viewers (and API tokens, which
 * act as board viewers) may read them; the export module coarsens and withholds
 * identifying detail before anything leaves the application (docs/exports.md).
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({ Role.ICS_LEADER_NAME, Role.BOARD_VIEWER_NAME })
public class SubmittedResponses {

	private final AssessmentService assessments;

	private final SubmittedResponseReader reader;

	SubmittedResponses(AssessmentService assessments, SubmittedResponseReader reader) {
		this.assessments = assessments;
		this.reader = reader;
	}

	/** Submitted responses per profile, from one {@code GROUP BY}. */
	public Map<ResponseProfile, Long> profileCounts(AssessmentId id) {
		this.assessments.get(id);
		return this.reader.profileCounts(id.value());
	}

	/**
	 * Hands each submitted response to {@code each}, by partner and audience and then by
	 * the random receipt code, an order that says nothing about when a response was given
	 * nor about its profession or seniority.
	 */
	public void forEach(AssessmentId id, Consumer<SubmittedResponse> each) {
		this.assessments.get(id);
		this.reader.forEach(id.value(), each);
	}

}
