package org.threefold.home;

import java.text.NumberFormat;
import java.util.Locale;

import com.vaadin.flow.component.html.Div;

import org.threefold.partner.PartnershipSummary;
import org.threefold.ui.Figure;

/** The partnership in four numbers: partners, sectors, NHS and non-NHS, staff. */
class PartnershipFigures extends Div {

	PartnershipFigures(PartnershipSummary summary) {
		addClassName("tf-figures");
		NumberFormat numbers = NumberFormat.getIntegerInstance(Locale.UK);
		add(new Figure(numbers.format(summary.partnerCount()), "partners"),
				new Figure(numbers.format(summary.sectorCount()), "sectors"),
				new Figure(summary.nhsPartners() + " / " + summary.nonNhsPartners(), "NHS / non-NHS partners"),
				new Figure(numbers.format(summary.totalHeadcount()), (summary.partnersWithoutHeadcount() == 0) ? "staff"
						: "staff (" + summary.partnersWithoutHeadcount() + " partners not counted)"));
	}

}
