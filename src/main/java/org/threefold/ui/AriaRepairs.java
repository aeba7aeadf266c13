package org.threefold.ui;

/**
 * Repairs three accessibility faults inside Vaadin 25.2's own components that axe-core
 * finds and our code cannot reach, added to every page by {@link AppShell} as one inline
 * script:
 * <ul>
 * <li>a required checkbox group puts {@code aria-required} on an element whose role is
 * {@code group}, which does not allow it;</li>
 * <li>a required select puts it on its value button (role {@code button}), likewise;</li>
 * <li>{@code vaadin-tabs} keeps a focusable scroller ({@code tabindex="-1"}) between its
 * tab list and the tabs, which a tab list may not contain.</li>
 * </ul>
 * Screen readers ignore {@code aria-required} on those roles, so removing it loses
 * nothing; the fields still show "required" and the server still checks. The script
 * watches the page and repairs new components once per frame. Remove a line when Vaadin
 * fixes the fault; {@code AccessibilityIT} will say if it comes back.
 */
final class AriaRepairs {

	static final String SCRIPT = """
			(() => {
			  let queued = false;
			  const repair = () => {
			    queued = false;
			    document.querySelectorAll('vaadin-checkbox-group[aria-required], vaadin-select-value-button[aria-required]')
			      .forEach((element) => element.removeAttribute('aria-required'));
			    document.querySelectorAll('vaadin-tabs').forEach((tabs) => {
			      const scroller = tabs.shadowRoot && tabs.shadowRoot.getElementById('scroll');
			      if (scroller && scroller.hasAttribute('tabindex')) {
			        scroller.removeAttribute('tabindex');
			      }
			    });
			  };
			  const queue = () => {
			    if (!queued) {
			      queued = true;
			      requestAnimationFrame(repair);
			    }
			  };
			  const start = () => {
			    queue();
			    new MutationObserver(queue).observe(document.body,
			        { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-required'] });
			  };
			  if (document.body) {
			    start();
			  } else {
			    document.addEventListener('DOMContentLoaded', start);
			  }
			})();
			""";

	private AriaRepairs() {
	}

}
