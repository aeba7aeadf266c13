/**
 * The application shell: {@link org.threefold.ui.AppShell} (push, Lumo and the NHS.UK
 * look), {@link org.threefold.ui.MainLayout} with navigation built from {@code @Menu}
 * routes the user may open, and small components every screen shares. It imports no
 * feature module, so features plug in by annotating their views.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Application shell")
package org.threefold.ui;
