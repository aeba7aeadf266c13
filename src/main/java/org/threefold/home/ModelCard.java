package org.threefold.home;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Paragraph;

import org.threefold.questionnaire.SubDimension;
import org.threefold.ui.Card;

/**
 * The three equally important aspects (001 Key messages) and change readiness, with the
 * sub-dimensions each is measured by, so a reader knows what every score will mean.
 */
class ModelCard extends Card {

	ModelCard(HomeContent.Partnership partnership) {
		super("What Threefold measures");
		addContent(new Paragraph("Joined-up care needs three things in equal measure: technology that connects, "
				+ "relationships between people and organisations, and an environment of governance, skills, "
				+ "capacity and funding that lets them work. Readiness for change is reported beside them."));
		DescriptionList list = new DescriptionList();
		list.addClassName("tf-definition-list");
		partnership.framework()
			.forEach((dimension) -> list.add(new DescriptionList.Term(dimension.dimension().label()),
					new DescriptionList.Description(
							String.join("; ", dimension.subdimensions().stream().map(SubDimension::name).toList()))));
		addContent(list);
	}

}
