package org.threefold;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Background jobs (closing assessments on their date). Tests switch them off with
 * {@code threefold.scheduling.enabled=false} when they need a still clock.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnBooleanProperty(name = "threefold.scheduling.enabled", matchIfMissing = true)
class SchedulingConfiguration {

}
