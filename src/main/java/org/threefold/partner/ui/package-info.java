/**
 * Partner screens. Published as a named interface so that the administration screens can
 * reuse the CSV import dialog instead of keeping a second copy.
 */
@org.springframework.modulith.NamedInterface("ui")
package org.threefold.partner.ui;
