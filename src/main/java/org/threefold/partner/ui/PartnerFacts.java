package org.threefold.partner.ui;

import com.vaadin.flow.component.html.DescriptionList;

import org.threefold.partner.PartnerView;

/**
 * A partner's facts as label–value pairs, worded for people, with unknowns said in words.
 */
public class PartnerFacts extends DescriptionList {

	public PartnerFacts(PartnerView partner) {
		addClassName("tf-definition-list");
		fact("Sector", partner.sector().label());
		fact("NHS or non-NHS", partner.nhs() ? "NHS" : "Non-NHS");
		fact("ODS code", (partner.odsCode() == null) ? "None recorded" : partner.odsCode());
		fact("Staff headcount",
				(partner.headcount() == null) ? "Not recorded" : String.format("%,d", partner.headcount()));
		fact("Annual budget", (partner.budgetBand() == null) ? "Not recorded" : partner.budgetBand().label());
	}

	private void fact(String term, String value) {
		add(new Term(term), new Description(value));
	}

}
