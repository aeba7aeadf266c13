package org.threefold.assessment.internal;

/**
 * A group key (null for "not asked"), a response status and how many responses have both.
 */
public record CountRow(String groupKey, String status, Long count) {
}
