package org.threefold.security.attack;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * One application context on an in-memory H2 database with the demo partnership, shared
 * by the attack tests (same properties, so Spring reuses it).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:attack;DB_CLOSE_DELAY=-1", "threefold.demo.enabled=true",
				"threefold.scheduling.enabled=false", "vaadin.devmode.devTools.enabled=false" })
@interface AttackContext {

}
