/**
 * The fictional North Vale ICS that a newcomer sees on first start: partners, accounts
 * for every role, and (as features land) assessments, workshops and action plans. Loaded
 * through the same secured services as real data, only into an empty installation.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package org.threefold.demo;
