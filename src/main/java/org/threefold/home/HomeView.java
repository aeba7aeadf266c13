package org.threefold.home;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import org.threefold.security.CurrentUser;
import org.threefold.security.SignedInUser;

/** Landing page: picks the home panel for the signed-in role. */
@Route("")
@PageTitle("Home | Threefold")
@Menu(title = "Home", order = 0, icon = "vaadin:home")
@PermitAll
public class HomeView extends Main {

	public HomeView(CurrentUser currentUser, HomeContent content) {
		addClassName("tf-page");
		SignedInUser user = currentUser.require();
		Component panel = switch (user.role()) {
			case ADMINISTRATOR -> new AdministratorHome(user, content.administrator());
			case ICS_LEADER -> new LeaderHome(user, content.partnership());
			case PARTNER_LEAD -> new PartnerLeadHome(user, content.partnership(), content.ownPartner(user));
			case FACILITATOR -> new FacilitatorHome(user, content.partnership());
			case BOARD_VIEWER -> new BoardHome(user, content.partnership());
		};
		add(panel);
	}

}
