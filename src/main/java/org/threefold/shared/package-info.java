/**
 * Small value types every module may use: typed identifiers and validated values. Plain
 * records, no Spring and no persistence, so that they stay cheap to test and safe to
 * share.
 */
package org.threefold.shared;
