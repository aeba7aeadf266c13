package org.threefold.questionnaire.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

import org.threefold.questionnaire.Framework;
import org.threefold.questionnaire.Item;
import org.threefold.questionnaire.ItemSpec;
import org.threefold.questionnaire.Option;
import org.threefold.questionnaire.SubDimension;

/**
 * One question as a reader of the instrument sees it: wording, type, what it measures,
 * source.
 */
class ItemSummary extends Div {

	ItemSummary(Item item, Optional<Framework> framework) {
		addClassName("tf-item");
		add(new Paragraph(item.text()));
		List<String> meta = new ArrayList<>();
		meta.add(describe(item.spec()));
		if (item.subdimension() != null) {
			String name = framework.flatMap((f) -> f.subdimension(item.subdimension()))
				.map(SubDimension::name)
				.orElse(item.subdimension());
			meta.add(item.dimension().label() + " › " + name);
		}
		if (item.spec() instanceof ItemSpec.Likert likert && likert.reverse()) {
			meta.add("reverse-scored");
		}
		meta.add(item.required() ? "required" : "optional");
		if (item.showIf() != null) {
			meta.add("shown only after a matching answer to " + item.showIf().item());
		}
		if (item.source() != null) {
			meta.add("source " + item.source());
		}
		Paragraph details = new Paragraph(String.join(" · ", meta));
		details.addClassName("tf-item-meta");
		add(details);
	}

	private static String describe(ItemSpec spec) {
		return switch (spec) {
			case ItemSpec.Likert likert ->
				"Five-point scale (" + likert.scale().label(1) + " to " + likert.scale().label(5) + ")";
			case ItemSpec.Choice choice ->
				(choice.multiple() ? "Choose any of: " : "Choose one of: ") + labels(choice.options());
			case ItemSpec.FreeText text -> "Free text, up to " + text.maxLength() + " characters";
			case ItemSpec.NumberInput number -> "Number from " + number.min().toPlainString() + " to "
					+ number.max().toPlainString() + ((number.unit() == null) ? "" : " " + number.unit());
			case ItemSpec.Ranking ranking ->
				"Rank " + ((ranking.rankTop() == null) ? "all" : "the top " + ranking.rankTop()) + " of: "
						+ labels(ranking.options());
			case ItemSpec.PartnerMatrix matrix -> "Rate each partner (" + matrix.measure() + ")";
			case ItemSpec.Allocation allocation -> "Share " + allocation.total() + " points of " + allocation.measure()
					+ (allocation.overPartners() ? " across the partners" : " across: " + labels(allocation.options()));
		};
	}

	private static String labels(List<Option> options) {
		return String.join(", ", options.stream().map(Option::label).toList());
	}

}
