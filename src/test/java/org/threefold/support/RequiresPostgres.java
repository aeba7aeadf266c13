package org.threefold.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test class only where PostgreSQL answers. On a laptop without it the class is
 * skipped with a message saying so; where {@link Infrastructure#required()} (CI) it fails
 * instead.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(Infrastructure.PostgresCondition.class)
public @interface RequiresPostgres {

}
