package org.threefold.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

import org.threefold.support.RequiresChromium;

/**
 * The application the browser attack tests share (same properties, so Spring starts it
 * once): the demo partnership on an in-memory H2 database, on a random port.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@RequiresChromium
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:browser-attack;DB_CLOSE_DELAY=-1",
				"threefold.demo.enabled=true", "threefold.scheduling.enabled=false",
				"vaadin.devmode.devTools.enabled=false" })
@interface BrowserAttackContext {

}
