package org.threefold.support;

import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.mock.MockInstantiator;
import com.github.mvysny.kaributesting.v10.mock.MockService;
import com.github.mvysny.kaributesting.v10.mock.MockVaadinServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinContext;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.spring.SpringInstantiator;

import org.springframework.context.ApplicationContext;

/**
 * Karibu's servlet, except that views are built by Spring, so their services are injected
 * exactly as in the running application:
 * {@code MockVaadin.setup(UI::new, new SpringMockServlet(routes, context))}.
 */
public final class SpringMockServlet extends MockVaadinServlet {

	private final transient ApplicationContext context;

	public SpringMockServlet(Routes routes, ApplicationContext context) {
		super(routes, UI::new);
		this.context = context;
	}

	@Override
	protected VaadinServletService createServletService(DeploymentConfiguration configuration) {
		ApplicationContext spring = this.context;
		MockService service = new MockService(this, configuration, getUiFactory()) {

			private Instantiator instantiator;

			@Override
			public Instantiator getInstantiator() {
				if (this.instantiator == null) {
					this.instantiator = MockInstantiator.create(new SpringInstantiator(this, spring));
				}
				return this.instantiator;
			}

		};
		try {
			service.init();
		}
		catch (ServiceException ex) {
			throw new IllegalStateException(ex);
		}
		getRoutes().register((VaadinContext) service.getContext());
		return service;
	}

}
