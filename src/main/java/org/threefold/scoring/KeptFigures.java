package org.threefold.scoring;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import org.threefold.shared.AssessmentId;
import org.threefold.shared.ScoresRewritten;

/**
 * Figures of an assessment that are costly to compute and change only when its responses
 * or scores do: Cronbach's alpha, and the partnership results of closed earlier rounds
 * shown in the trend (at national scale each earlier round is another aggregate over
 * hundreds of thousands of score rows). Each is kept under a key that names everything it
 * depends on (response count, threshold, framework), and all of an assessment's figures
 * are dropped when its scores are rewritten in bulk.
 * <p>
 * Not a service of its own: it holds nothing a caller could not compute through
 * {@link ResultsService}, which checks the caller's role and ICS before asking here.
 */
@Component
class KeptFigures {

	private final Map<String, Object> figures = new ConcurrentHashMap<>();

	/**
	 * The figure kept for the assessment under this key, or the one computed now (which
	 * replaces whatever was kept for the assessment under another key of the same kind).
	 */
	@SuppressWarnings("unchecked")
	<T> T get(AssessmentId assessment, String kind, String key, Supplier<T> compute) {
		String prefix = prefix(assessment) + kind + ":";
		String fullKey = prefix + key;
		Object kept = this.figures.get(fullKey);
		if (kept != null) {
			return (T) kept;
		}
		T computed = compute.get();
		this.figures.keySet().removeIf((old) -> old.startsWith(prefix));
		this.figures.put(fullKey, computed);
		return computed;
	}

	@EventListener
	void on(ScoresRewritten event) {
		String prefix = prefix(event.assessment());
		this.figures.keySet().removeIf((old) -> old.startsWith(prefix));
	}

	private static String prefix(AssessmentId assessment) {
		return assessment.value() + ":";
	}

}
