package org.threefold.support;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Points Spring Security's static context holder at the strategy of the application
 * context the next test uses.
 * <p>
 * Vaadin registers its own {@link SecurityContextHolderStrategy} bean, with its own
 * thread-local, and installs it in the JVM-wide {@link SecurityContextHolder} when the
 * context starts. Method security reads the bean, while {@code SystemTask} and
 * {@code CurrentUser} read the static holder. In production there is one context, so both
 * are the same object; in a test JVM that caches several contexts the static holder
 * points at whichever started last, and a test that returns to an older cached context
 * would sign in on one thread-local and be checked on another.
 */
public class SecurityContextStrategyListener extends AbstractTestExecutionListener {

	@Override
	public int getOrder() {
		// After the dependency-injection listener has made sure the context exists.
		return 2100;
	}

	@Override
	public void prepareTestInstance(TestContext testContext) {
		install(testContext);
	}

	@Override
	public void beforeTestMethod(TestContext testContext) {
		install(testContext);
	}

	private static void install(TestContext testContext) {
		if (!testContext.hasApplicationContext()) {
			return;
		}
		testContext.getApplicationContext()
			.getBeanProvider(SecurityContextHolderStrategy.class)
			.ifUnique(SecurityContextHolder::setContextHolderStrategy);
	}

}
