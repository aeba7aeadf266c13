package org.threefold.browser;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core in the page the browser shows and lists every serious or critical
 * violation of WCAG 2.2 A and AA (and axe's best practices), one readable line per
 * element. Milder findings are left to review, as the issue asks.
 */
final class AxeCheck {

	static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa",
			"best-practice");

	static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");

	private AxeCheck() {
	}

	/**
	 * The serious and critical violations on the current page, empty when there are none.
	 */
	static List<String> seriousViolations(WebDriver driver) {
		Results results = new AxeBuilder().withTags(TAGS).analyze(driver);
		if (results.isErrored()) {
			throw new IllegalStateException("axe-core did not run: " + results.getErrorMessage());
		}
		return results.getViolations()
			.stream()
			.filter((rule) -> FAILING_IMPACTS.contains(rule.getImpact()))
			.flatMap((rule) -> rule.getNodes()
				.stream()
				.filter((node) -> !gridCellFocus(rule, node))
				.map((node) -> describe(rule, node)))
			.toList();
	}

	/**
	 * A Vaadin grid makes each body cell focusable so the keyboard can move through the
	 * table; a cell does nothing when clicked, so it is not a pointer target in the sense
	 * of WCAG 2.5.8, and axe's target-size finding on it (the link inside "obscures" it)
	 * is left out. Links inside cells are still checked.
	 */
	private static boolean gridCellFocus(Rule rule, CheckedNode node) {
		return "target-size".equals(rule.getId()) && node.getHtml() != null && node.getHtml().startsWith("<td")
				&& String.valueOf(node.getTarget()).contains("vaadin-grid");
	}

	private static String describe(Rule rule, CheckedNode node) {
		String html = node.getHtml() == null ? "" : node.getHtml().replaceAll("\\s+", " ");
		if (html.length() > 200) {
			html = html.substring(0, 200) + "…";
		}
		String summary = node.getFailureSummary() == null ? ""
				: node.getFailureSummary().lines().map(String::strip).collect(Collectors.joining(" "));
		return "[" + rule.getImpact() + "] " + rule.getId() + " (" + rule.getHelp() + ") at " + node.getTarget() + ": "
				+ html + " – " + summary;
	}

}
