package org.threefold.demo;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.threefold.security.Role;

/**
 * The parsed {@code seed-data/demo.yaml}.
 *
 * @param partnersFile CSV file of partners, relative to the seed directory
 */
record DemoSeed(String icsCode, String icsName, String region, String partnersFile, List<DemoUser> users) {

	record DemoUser(String username, String name, String email, Role role, String partnerName, String description) {
	}

	/** Reads the YAML map; throws IllegalArgumentException with the field at fault. */
	@SuppressWarnings("unchecked")
	static DemoSeed from(Map<String, Object> yaml) {
		Map<String, Object> ics = (Map<String, Object>) require(yaml, "ics");
		List<Map<String, Object>> users = (List<Map<String, Object>>) require(yaml, "users");
		return new DemoSeed(text(ics, "code"), text(ics, "name"), optional(ics, "region"), text(yaml, "partners"),
				users.stream()
					.map((user) -> new DemoUser(text(user, "username"), text(user, "name"), optional(user, "email"),
							role(text(user, "role")), optional(user, "partner"), text(user, "description")))
					.toList());
	}

	private static Role role(String code) {
		return Role.valueOf(code.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
	}

	private static Object require(Map<String, Object> map, String key) {
		return Optional.ofNullable(map.get(key))
			.orElseThrow(() -> new IllegalArgumentException("demo.yaml: \"" + key + "\" is required"));
	}

	private static String text(Map<String, Object> map, String key) {
		return require(map, key).toString();
	}

	private static String optional(Map<String, Object> map, String key) {
		return Optional.ofNullable(map.get(key)).map(Object::toString).orElse(null);
	}

}
