package org.threefold.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;

import jakarta.annotation.security.PermitAll;

import org.threefold.shared.NotFoundException;

/**
 * A record that does not exist for this user, worded exactly like an unknown address (see
 * {@link NotFoundView}). Vaadin picks error views by exception type, hence two classes.
 */
@PageTitle("Page not found | Threefold")
@ParentLayout(MainLayout.class)
@PermitAll
public class RecordNotFoundView extends Main implements HasErrorParameter<NotFoundException> {

	public RecordNotFoundView() {
		ErrorPage.fill(this, ErrorPage.NOT_FOUND_TITLE, ErrorPage.NOT_FOUND_HELP);
	}

	@Override
	public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
		return HttpStatusCode.NOT_FOUND.getCode();
	}

}
