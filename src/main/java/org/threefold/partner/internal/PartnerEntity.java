package org.threefold.partner.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.threefold.partner.BudgetBand;
import org.threefold.partner.PartnerDraft;
import org.threefold.partner.PartnerView;
import org.threefold.partner.Sector;
import org.threefold.shared.IcsId;
import org.threefold.shared.PartnerId;

@Entity
@Table(name = "partner")
public class PartnerEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "partner_seq")
	@SequenceGenerator(name = "partner_seq", sequenceName = "partner_seq", allocationSize = 50)
	private Long id;

	/** Kept as a plain id: a partner and its ICS are separate aggregates. */
	@Column(name = "ics_id", nullable = false)
	private Long icsId;

	@Column(nullable = false, length = 200)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 40)
	private Sector sector;

	@Column(name = "ods_code", length = 10)
	private String odsCode;

	private Integer headcount;

	@Enumerated(EnumType.STRING)
	@Column(name = "budget_band", length = 20)
	private BudgetBand budgetBand;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected PartnerEntity() {
	}

	public PartnerEntity(IcsId icsId, PartnerDraft draft, Instant createdAt) {
		this.icsId = icsId.value();
		this.createdAt = createdAt;
		apply(draft);
	}

	/** Callers validate the draft first; this only copies accepted values. */
	public void apply(PartnerDraft draft) {
		this.name = draft.name();
		this.sector = draft.sector();
		this.odsCode = draft.odsCode();
		this.headcount = draft.headcount();
		this.budgetBand = draft.budgetBand();
	}

	public PartnerView toView() {
		return new PartnerView(new PartnerId(this.id), new IcsId(this.icsId), this.name, this.sector, this.odsCode,
				this.headcount, this.budgetBand);
	}

	public Long getIcsId() {
		return this.icsId;
	}

}
