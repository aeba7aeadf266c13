package org.threefold.export.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.threefold.assessment.AssessmentDetail;
import org.threefold.scoring.AssessmentResults;
import org.threefold.scoring.Cell;
import org.threefold.scoring.GroupResult;
import org.threefold.scoring.Grouping;
import org.threefold.scoring.Scale;

/**
 * SHA-256 of the data a pack is built from: the assessment's identity, dates and
 * thresholds and every suppressed result cell (grouping, group, scale, n, mean, interval,
 * agreement to six places, or the reason it is withheld), in a fixed order. The same data
 * gives the same hash in every file, so a reader can tell whether two packs agree.
 */
public final class DataHash {

	private DataHash() {
	}

	public static String of(AssessmentDetail assessment, AssessmentResults results) {
		MessageDigest digest = sha256();
		StringBuilder line = new StringBuilder();
		line.append("assessment|")
			.append(assessment.id().value())
			.append('|')
			.append(assessment.title())
			.append('|')
			.append(assessment.opensOn())
			.append('|')
			.append(assessment.closesOn())
			.append('|')
			.append(assessment.scoreThreshold())
			.append('|')
			.append(assessment.textThreshold())
			.append('|')
			.append(results.respondents())
			.append('\n');
		update(digest, line);
		group(digest, results.ics(), results.scales());
		for (Grouping grouping : Grouping.values()) {
			for (GroupResult group : results.groups(grouping)) {
				group(digest, group, results.scales());
			}
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	private static void group(MessageDigest digest, GroupResult group, List<Scale> scales) {
		for (Scale scale : scales) {
			StringBuilder line = new StringBuilder();
			line.append(group.grouping()).append('|').append(group.key()).append('|').append(scale.key()).append('|');
			Cell cell = group.cell(scale);
			switch (cell) {
				case Cell.Shown shown -> {
					var s = shown.statistic();
					line.append(String.format(Locale.ROOT, "%d|%.6f|%.6f|%.6f|%.6f", s.n(), s.mean(), s.ciLow(),
							s.ciHigh(), s.agreement()));
				}
				case Cell.Withheld withheld -> line.append("withheld|").append(withheld.reason());
				case Cell.Empty empty -> line.append("empty");
			}
			line.append('\n');
			update(digest, line);
		}
	}

	/** SHA-256 of some text, hex. */
	public static String sha256(String text) {
		return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
	}

	private static void update(MessageDigest digest, CharSequence text) {
		digest.update(text.toString().getBytes(StandardCharsets.UTF_8));
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
