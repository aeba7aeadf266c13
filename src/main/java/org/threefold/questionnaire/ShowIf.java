package org.threefold.questionnaire;

import java.math.BigDecimal;
import java.util.List;

/**
 * Shows an item only when an earlier item's answer matches. Exactly one of the conditions
 * is set.
 */
public record ShowIf(String item, List<String> anyOf, BigDecimal atLeast, BigDecimal atMost) {
}
