/**
 * Assessment campaigns across partners: drafts, opening and closing, invitation links and
 * emailed single-use tokens, the anonymous respondent journey with answers saved as they
 * are given, and per-respondent scores stored once at submission.
 * <p>
 * API: {@link org.threefold.assessment.AssessmentService} for leaders,
 * {@link org.threefold.assessment.RespondentService} for people answering without an
 * account.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Assessments")
package org.threefold.assessment;
