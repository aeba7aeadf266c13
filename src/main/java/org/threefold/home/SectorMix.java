package org.threefold.home;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import org.threefold.partner.PartnershipSummary;

/** Partners by sector, each marked NHS or non-NHS in words (not colour alone). */
class SectorMix extends Div {

	SectorMix(PartnershipSummary summary) {
		UnorderedList list = new UnorderedList();
		summary.partnersBySector().forEach((sector, count) -> {
			Span tag = new Span(sector.nhs() ? "NHS" : "Non-NHS");
			tag.addClassNames("tf-tag", sector.nhs() ? "tf-tag-nhs" : "tf-tag-non-nhs");
			ListItem item = new ListItem(sector.label() + ": " + count + " ");
			item.add(tag);
			list.add(item);
		});
		add(list);
	}

}
