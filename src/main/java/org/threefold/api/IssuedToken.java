package org.threefold.api;

/**
 * A newly issued token with its secret, which is shown this once and never stored.
 */
public record IssuedToken(ApiTokenView token, String secret) {

	@Override
	public String toString() {
		return "IssuedToken[" + this.token + ", secret hidden]";
	}

}
