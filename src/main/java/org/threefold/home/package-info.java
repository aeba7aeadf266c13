/**
 * The page each role lands on after signing in: what their partnership looks like now and
 * what to do next. It reads from the feature modules and owns no data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Home pages")
package org.threefold.home;
