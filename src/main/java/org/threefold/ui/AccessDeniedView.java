package org.threefold.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;

import jakarta.annotation.security.PermitAll;

import org.springframework.security.access.AccessDeniedException;

/** A service refused the signed-in role: say so plainly, and show nothing of the data. */
@PageTitle("Not available to your account | Threefold")
@ParentLayout(MainLayout.class)
@PermitAll
public class AccessDeniedView extends Main implements HasErrorParameter<AccessDeniedException> {

	public AccessDeniedView() {
		ErrorPage.fill(this, "Not available to your account",
				"Your role does not include this page. If you need it, ask your ICS leader or administrator.");
	}

	@Override
	public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
		return HttpStatusCode.FORBIDDEN.getCode();
	}

}
