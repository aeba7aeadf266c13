package org.threefold.shared;

/**
 * The stored respondent scores of an assessment were recomputed in bulk (a rescoring), so
 * figures derived from them may have changed without a change in the number of responses.
 * Published by the assessment module after the rewrite is committed; whoever keeps
 * figures of an assessment drops them.
 *
 * @param assessment the assessment whose scores were rewritten
 */
public record ScoresRewritten(AssessmentId assessment) {

}
