package org.threefold.partner.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;

import org.threefold.partner.CsvProblem;
import org.threefold.partner.PartnerCsvParser;
import org.threefold.partner.PartnerImport;
import org.threefold.shared.IcsId;

/**
 * The all-or-nothing CSV import shared by ICS leaders (their own ICS) and administrators
 * (any ICS). Runs inside the caller's transaction.
 */
@Component
public class PartnerWriter {

	/**
	 * A partner list of a few thousand rows is well under this; anything bigger is a
	 * mistake.
	 */
	public static final int MAX_FILE_BYTES = 1_000_000;

	private final PartnerRepository partners;

	private final Clock clock;

	PartnerWriter(PartnerRepository partners, Clock clock) {
		this.partners = partners;
		this.clock = clock;
	}

	public PartnerImport importCsv(IcsId icsId, InputStream input) {
		byte[] bytes;
		try {
			bytes = input.readNBytes(MAX_FILE_BYTES + 1);
		}
		catch (IOException ex) {
			return PartnerImport.rejected(List.of(new CsvProblem(0, "The file could not be read: " + ex.getMessage())));
		}
		if (bytes.length > MAX_FILE_BYTES) {
			return PartnerImport.rejected(List.of(new CsvProblem(0, "The file is larger than 1 MB")));
		}
		PartnerCsvParser.Result parsed;
		try (Reader reader = new InputStreamReader(new java.io.ByteArrayInputStream(stripBom(bytes)),
				StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT))) {
			parsed = new PartnerCsvParser().parse(reader);
		}
		catch (IOException ex) {
			return PartnerImport.rejected(List.of(new CsvProblem(0, (ex instanceof CharacterCodingException)
					? "The file is not UTF-8 text; save it from your spreadsheet as \"CSV UTF-8\"" : ex.getMessage())));
		}
		if (!parsed.ok()) {
			return PartnerImport.rejected(parsed.problems());
		}
		List<CsvProblem> clashes = clashesWithExisting(icsId, parsed.rows());
		if (!clashes.isEmpty()) {
			return PartnerImport.rejected(clashes);
		}
		List<PartnerEntity> entities = parsed.rows()
			.stream()
			.map((row) -> new PartnerEntity(icsId, row.draft(), this.clock.instant()))
			.toList();
		this.partners.saveAll(entities);
		return new PartnerImport(entities.size(), List.of());
	}

	private List<CsvProblem> clashesWithExisting(IcsId icsId, List<PartnerCsvParser.Row> rows) {
		Set<String> names = new HashSet<>(this.partners.findLowerCaseNames(icsId.value()));
		Set<String> odsCodes = new HashSet<>(this.partners.findOdsCodes(icsId.value()));
		List<CsvProblem> problems = new ArrayList<>();
		for (PartnerCsvParser.Row row : rows) {
			if (names.contains(row.draft().name().toLowerCase(Locale.ROOT))) {
				problems
					.add(new CsvProblem(row.line(), "a partner called \"" + row.draft().name() + "\" already exists"));
			}
			if (row.draft().odsCode() != null && odsCodes.contains(row.draft().odsCode())) {
				problems.add(new CsvProblem(row.line(),
						"a partner with ODS code " + row.draft().odsCode() + " already exists"));
			}
		}
		return problems;
	}

	private static byte[] stripBom(byte[] bytes) {
		// Excel's "CSV UTF-8" starts with a byte-order mark that would otherwise corrupt
		// the first header.
		if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
			return java.util.Arrays.copyOfRange(bytes, 3, bytes.length);
		}
		return bytes;
	}

}
