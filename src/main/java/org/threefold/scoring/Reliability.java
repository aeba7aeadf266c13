package org.threefold.scoring;

/**
 * Internal consistency of a scale in one questionnaire (Cronbach's alpha), over the
 * respondents who answered all its items.
 *
 * @param alpha NaN when fewer than the threshold answered all items, or the scale has one
 * item
 */
public record Reliability(String questionnaireTitle, Scale scale, int items, long respondents, double alpha) {
}
