package org.threefold.security.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Component;

/**
 * The OpenID Connect providers configured by properties, for the sign-in page's buttons.
 * Empty unless {@code spring.security.oauth2.client.registration.*} is set.
 */
@Component
public class OidcProviders {

	/**
	 * One configured provider.
	 *
	 * @param label what the button says, e.g. "NHS account (Microsoft)"
	 * @param path where the button goes to start signing in
	 */
	public record Provider(String label, String path) {
	}

	private final List<Provider> providers = new ArrayList<>();

	OidcProviders(ObjectProvider<ClientRegistrationRepository> repository) {
		if (repository.getIfAvailable() instanceof Iterable<?> registrations) {
			for (Object registration : registrations) {
				ClientRegistration client = (ClientRegistration) registration;
				this.providers
					.add(new Provider(client.getClientName(), "oauth2/authorization/" + client.getRegistrationId()));
			}
		}
	}

	public List<Provider> list() {
		return List.copyOf(this.providers);
	}

}
