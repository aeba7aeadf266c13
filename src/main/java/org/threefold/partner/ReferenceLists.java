package org.threefold.partner;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Lenient lookup shared by the reference-list enums, so CSV files may use codes or
 * labels.
 */
final class ReferenceLists {

	private ReferenceLists() {
	}

	static <E extends Enum<E>> Optional<E> parse(E[] values, String text, Function<E, String> code,
			Function<E, String> label) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String wanted = text.strip().toLowerCase(Locale.ROOT);
		return Arrays.stream(values)
			.filter((value) -> code.apply(value).equals(wanted) || value.name().toLowerCase(Locale.ROOT).equals(wanted)
					|| label.apply(value).toLowerCase(Locale.ROOT).equals(wanted))
			.findFirst();
	}

	static <E extends Enum<E>> String codes(E[] values, Function<E, String> code) {
		return Arrays.stream(values).map(code).collect(Collectors.joining(", "));
	}

	static String code(Enum<?> value) {
		return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
