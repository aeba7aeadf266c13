package org.threefold.partner;

import org.threefold.shared.IcsId;
import org.threefold.shared.PartnerId;

/** A partner organisation as screens and other modules see it. */
public record PartnerView(PartnerId id, IcsId icsId, String name, Sector sector, String odsCode, Integer headcount,
		BudgetBand budgetBand) {

	public boolean nhs() {
		return this.sector.nhs();
	}

	public PartnerDraft toDraft() {
		return new PartnerDraft(this.name, this.sector, this.odsCode, this.headcount, this.budgetBand);
	}

}
