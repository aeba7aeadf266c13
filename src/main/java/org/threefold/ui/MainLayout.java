package org.threefold.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.PermitAll;

import org.threefold.security.CurrentUser;
import org.threefold.security.SignedInUser;

/**
 * The frame around every signed-in screen. The menu lists only the {@code @Menu} routes
 * the signed-in role may open; Vaadin filters them by the same {@code @RolesAllowed} that
 * guards the routes themselves.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

	public MainLayout(CurrentUser currentUser, AuthenticationContext authentication) {
		setPrimarySection(Section.DRAWER);
		DrawerToggle toggle = new DrawerToggle();
		toggle.setAriaLabel("Show or hide the menu");
		Header navbar = new Header(toggle, userBadge(currentUser), logout(authentication));
		navbar.addClassName("tf-navbar");
		addToNavbar(SkipLink.toMainContent(), navbar);

		Div brand = new Div(new Span("Threefold"));
		brand.addClassName("tf-brand");
		SideNav nav = new SideNav();
		nav.setLabel("Main menu");
		MenuConfiguration.getMenuEntries().forEach((entry) -> nav.addItem(item(entry)));
		Footer footer = new Footer(new Span("Technology · Relationships · Enabling environment"));
		footer.addClassName("tf-drawer-footer");
		addToDrawer(brand, nav, footer);
	}

	/**
	 * Marks each screen as the target of the skip link: it can take the focus, so a
	 * keyboard user who follows the link tabs on from the top of the screen, not the
	 * menu.
	 */
	@Override
	public void showRouterLayoutContent(HasElement content) {
		super.showRouterLayoutContent(content);
		if (content != null) {
			SkipLink.markMainContent(content.getElement());
		}
	}

	private static SideNavItem item(MenuEntry entry) {
		SideNavItem item = new SideNavItem(entry.title(), entry.path());
		item.setMatchNested(!entry.path().isEmpty());
		if (entry.icon() != null) {
			item.setPrefixComponent(new Icon(entry.icon()));
		}
		return item;
	}

	private static Div userBadge(CurrentUser currentUser) {
		Div badge = new Div();
		badge.addClassName("tf-user");
		currentUser.get().ifPresent((SignedInUser user) -> {
			Span name = new Span(user.displayName());
			name.addClassName("tf-user-name");
			Span role = new Span(user.role().label());
			role.addClassName("tf-user-role");
			badge.add(name, role);
		});
		return badge;
	}

	private static Button logout(AuthenticationContext authentication) {
		Button logout = new Button("Sign out", new Icon(VaadinIcon.SIGN_OUT), (click) -> authentication.logout());
		logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
		logout.addClassName("tf-signout");
		return logout;
	}

}
