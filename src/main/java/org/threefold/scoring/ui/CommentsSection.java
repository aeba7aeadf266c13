package org.threefold.scoring.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

import org.threefold.scoring.Comments;

/**
 * What people wrote in their own words. Shown as plain text (Vaadin escapes it), in
 * alphabetical order rather than the order it arrived, and only above the free-text
 * threshold, which the service has already applied.
 */
class CommentsSection extends Div {

	CommentsSection(Comments comments) {
		add(new Paragraph("Comments are shown for the whole partnership once at least " + comments.threshold()
				+ " people have responded, and for a partner only when that partner alone has " + comments.threshold()
				+ " or more. They are listed alphabetically, so their order says nothing about who wrote them."));
		if (comments.withheldReason() != null) {
			add(new Paragraph(comments.withheldReason() + "."));
			return;
		}
		for (Comments.Question question : comments.questions()) {
			add(new H3(question.text()));
			if (question.comments().isEmpty()) {
				add(new Paragraph("Nobody answered this question."));
				continue;
			}
			add(list(question.comments()));
			question.partnerComments().forEach((partner, texts) -> {
				add(new Paragraph(partner + " (" + texts.size() + ")"));
				add(list(texts));
			});
		}
	}

	private static UnorderedList list(java.util.List<String> texts) {
		UnorderedList list = new UnorderedList();
		texts.forEach((text) -> list.add(new ListItem(text)));
		return list;
	}

}
