package org.threefold.partner;

import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.threefold.partner.internal.IcsEntity;
import org.threefold.partner.internal.IcsRepository;
import org.threefold.partner.internal.IcsRow;
import org.threefold.partner.internal.PartnerEntity;
import org.threefold.partner.internal.PartnerRepository;
import org.threefold.partner.internal.PartnerWriter;
import org.threefold.security.Role;
import org.threefold.shared.IcsId;
import org.threefold.shared.NotFoundException;
import org.threefold.shared.ValidationException;

/** The installation's partnerships, for administrators only. */
@Service
@Transactional(readOnly = true)
@RolesAllowed(Role.ADMINISTRATOR_NAME)
public class IcsService {

	private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,31}");

	private final IcsRepository icss;

	private final PartnerRepository partners;

	private final PartnerWriter writer;

	private final Clock clock;

	IcsService(IcsRepository icss, PartnerRepository partners, PartnerWriter writer, Clock clock) {
		this.icss = icss;
		this.partners = partners;
		this.writer = writer;
		this.clock = clock;
	}

	public List<IcsView> list() {
		return this.icss.findAllWithPartnerCounts().stream().map(IcsRow::toView).toList();
	}

	public boolean anyExists() {
		return this.icss.count() > 0;
	}

	public IcsView get(IcsId id) {
		return this.icss.findById(id.value())
			.map((ics) -> new IcsView(id, ics.getCode(), ics.getName(), ics.getRegion(), ics.isDemo(),
					this.partners.countByIcsId(id.value())))
			.orElseThrow(() -> new NotFoundException("ICS " + id));
	}

	public List<PartnerView> partnersOf(IcsId id) {
		return this.partners.findByIcsIdOrderByName(id.value()).stream().map(PartnerEntity::toView).toList();
	}

	/**
	 * @param code short unique code, e.g. {@code QWU} (the ICB's ODS code) or
	 * {@code NORTH-VALE}
	 * @param demo marks the fictional demo partnership so it can never be mistaken for
	 * real data
	 */
	@Transactional
	public IcsView create(String code, String name, String region, boolean demo) {
		String cleanCode = (code == null) ? "" : code.strip().toUpperCase(Locale.ROOT);
		String cleanName = (name == null) ? "" : name.strip();
		List<String> problems = new ArrayList<>();
		if (!CODE.matcher(cleanCode).matches()) {
			problems.add("Code must be 2 to 32 capital letters, digits or hyphens, e.g. QWU");
		}
		else if (this.icss.existsByCodeIgnoreCase(cleanCode)) {
			problems.add("Another ICS already has the code " + cleanCode);
		}
		if (cleanName.isEmpty() || cleanName.length() > 200) {
			problems.add("Name is required (at most 200 characters)");
		}
		if (region != null && region.length() > 100) {
			problems.add("Region must be at most 100 characters");
		}
		if (!problems.isEmpty()) {
			throw new ValidationException(problems);
		}
		IcsEntity saved = this.icss
			.save(new IcsEntity(cleanCode, cleanName, blankToNull(region), demo, this.clock.instant()));
		return get(new IcsId(saved.getId()));
	}

	/**
	 * Loads the first partner list of a new ICS; all-or-nothing like the leader's import.
	 */
	@Transactional
	public PartnerImport importPartners(IcsId id, InputStream csv) {
		get(id);
		return this.writer.importCsv(id, csv);
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
