package org.threefold.assessment;

/**
 * The two secrets of a new response, shown once and never stored in clear.
 *
 * @param deviceSecret kept by the browser (cookie) to come back on the same device
 * @param resumeCode short code the respondent can type on another device
 */
public record StartedResponse(String deviceSecret, String resumeCode) {
}
