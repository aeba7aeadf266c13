package org.threefold.support;

import java.util.Optional;
import java.util.function.Supplier;

import org.threefold.security.Role;
import org.threefold.security.SignedInUser;
import org.threefold.security.SystemTask;
import org.threefold.shared.IcsId;
import org.threefold.shared.PartnerId;
import org.threefold.shared.UserId;

/**
 * Runs test code as a given person, through the same principal type the login produces.
 */
public final class SignIn {

	private SignIn() {
	}

	public static SignedInUser as(Role role, IcsId ics, PartnerId partner) {
		return new SignedInUser(new UserId(1_000_000 + role.ordinal()), role.name().toLowerCase() + "-test",
				"Test " + role.label(), role, Optional.ofNullable(ics), Optional.ofNullable(partner));
	}

	public static <T> T run(SignedInUser user, Supplier<T> work) {
		return SystemTask.as(user, work);
	}

	public static void run(SignedInUser user, Runnable work) {
		run(user, () -> {
			work.run();
			return null;
		});
	}

}
