package org.threefold.security.attack;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Small random damage to a valid file, the way a hurried edit or a broken download
 * damages it: characters replaced by ones that mean something to YAML or CSV, lines lost,
 * repeated or swapped, the end cut off.
 */
final class Mutations {

	private static final String NASTY = ":{}[]-&*!|>'\"%@\t#,\n\r\\\u0000\u2028\uFEFF<>=";

	private Mutations() {
	}

	static String mutate(String text, long seed, int edits) {
		Random random = new Random(seed);
		String result = text;
		for (int i = 0; i < edits; i++) {
			result = once(result, random);
		}
		return result;
	}

	private static String once(String text, Random random) {
		if (text.isEmpty()) {
			return String.valueOf(NASTY.charAt(random.nextInt(NASTY.length())));
		}
		List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
		int at = random.nextInt(text.length());
		int line = random.nextInt(lines.size());
		return switch (random.nextInt(7)) {
			case 0 -> text.substring(0, at) + NASTY.charAt(random.nextInt(NASTY.length())) + text.substring(at + 1);
			case 1 -> {
				lines.remove(line);
				yield String.join("\n", lines);
			}
			case 2 -> {
				lines.add(line, lines.get(line));
				yield String.join("\n", lines);
			}
			case 3 -> {
				int other = random.nextInt(lines.size());
				String swap = lines.get(line);
				lines.set(line, lines.get(other));
				lines.set(other, swap);
				yield String.join("\n", lines);
			}
			case 4 -> text.substring(0, at);
			case 5 -> text.substring(0, at) + "x".repeat(random.nextInt(5_000)) + text.substring(at);
			default -> text.substring(0, at) + text.substring(Math.min(text.length(), at + random.nextInt(40)));
		};
	}

}
