package org.threefold.partner;

import java.io.InputStream;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.threefold.partner.internal.IcsRepository;
import org.threefold.partner.internal.PartnerEntity;
import org.threefold.partner.internal.PartnerRepository;
import org.threefold.partner.internal.PartnerWriter;
import org.threefold.security.CurrentUser;
import org.threefold.security.Role;
import org.threefold.security.SignedInUser;
import org.threefold.shared.IcsId;
import org.threefold.shared.NotFoundException;
import org.threefold.shared.PartnerId;
import org.threefold.shared.ValidationException;

/**
 * Partners of the signed-in user's own ICS. The ICS always comes from
 * {@link CurrentUser}, never from the caller, so no screen or URL can reach another
 * partnership's organisations.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({ Role.ICS_LEADER_NAME, Role.PARTNER_LEAD_NAME, Role.FACILITATOR_NAME, Role.BOARD_VIEWER_NAME })
public class PartnerService {

	private final PartnerRepository partners;

	private final IcsRepository icss;

	private final PartnerWriter writer;

	private final CurrentUser currentUser;

	private final Clock clock;

	PartnerService(PartnerRepository partners, IcsRepository icss, PartnerWriter writer, CurrentUser currentUser,
			Clock clock) {
		this.partners = partners;
		this.icss = icss;
		this.writer = writer;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	public IcsView currentIcs() {
		IcsId icsId = this.currentUser.requireIcs();
		return this.icss.findById(icsId.value())
			.map((ics) -> new IcsView(icsId, ics.getCode(), ics.getName(), ics.getRegion(), ics.isDemo(),
					this.partners.countByIcsId(icsId.value())))
			.orElseThrow(() -> new NotFoundException("Your ICS"));
	}

	public List<PartnerView> list() {
		return this.partners.findByIcsIdOrderByName(this.currentUser.requireIcs().value())
			.stream()
			.map(PartnerEntity::toView)
			.toList();
	}

	/**
	 * One partner's detail. Partner leads may open only their own organisation; everyone
	 * else in the ICS may open any partner of it.
	 */
	public PartnerView get(PartnerId id) {
		SignedInUser user = this.currentUser.require();
		if (user.is(Role.PARTNER_LEAD) && !user.partnerId().map(id::equals).orElse(false)) {
			throw new NotFoundException("Partner " + id);
		}
		return this.partners.findByIdAndIcsId(id.value(), this.currentUser.requireIcs().value())
			.map(PartnerEntity::toView)
			.orElseThrow(() -> new NotFoundException("Partner " + id));
	}

	@Transactional
	@RolesAllowed(Role.ICS_LEADER_NAME)
	public PartnerView create(PartnerDraft draft) {
		IcsId icsId = this.currentUser.requireIcs();
		check(icsId, draft, Set.of(-1L));
		return this.partners.save(new PartnerEntity(icsId, draft, this.clock.instant())).toView();
	}

	@Transactional
	@RolesAllowed(Role.ICS_LEADER_NAME)
	public PartnerView update(PartnerId id, PartnerDraft draft) {
		IcsId icsId = this.currentUser.requireIcs();
		PartnerEntity partner = this.partners.findByIdAndIcsId(id.value(), icsId.value())
			.orElseThrow(() -> new NotFoundException("Partner " + id));
		check(icsId, draft, Set.of(id.value()));
		partner.apply(draft);
		return partner.toView();
	}

	@Transactional
	@RolesAllowed(Role.ICS_LEADER_NAME)
	public PartnerImport importCsv(InputStream csv) {
		return this.writer.importCsv(this.currentUser.requireIcs(), csv);
	}

	public PartnershipSummary summary() {
		IcsView ics = currentIcs();
		List<PartnerView> all = list();
		Map<Sector, Long> bySector = new EnumMap<>(Sector.class);
		all.forEach((partner) -> bySector.merge(partner.sector(), 1L, Long::sum));
		long nhs = all.stream().filter(PartnerView::nhs).count();
		long headcount = all.stream().filter((p) -> p.headcount() != null).mapToLong(PartnerView::headcount).sum();
		long unknown = all.stream().filter((p) -> p.headcount() == null).count();
		return new PartnershipSummary(ics, all.size(), nhs, all.size() - nhs, bySector, headcount, unknown);
	}

	private void check(IcsId icsId, PartnerDraft draft, Set<Long> excluded) {
		List<String> problems = new java.util.ArrayList<>(draft.problems());
		if (problems.isEmpty() && this.partners.nameTaken(icsId.value(), draft.name(), excluded)) {
			problems.add("Another partner is already called \"" + draft.name() + "\"");
		}
		if (draft.odsCode() != null && this.partners.odsCodeTaken(icsId.value(), draft.odsCode(), excluded)) {
			problems.add("Another partner already has ODS code " + draft.odsCode());
		}
		if (!problems.isEmpty()) {
			throw new ValidationException(problems);
		}
	}

}
