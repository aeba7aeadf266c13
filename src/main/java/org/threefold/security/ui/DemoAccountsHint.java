package org.threefold.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import org.threefold.security.DemoAccounts;

/** Shown on the login page of a demo installation only, so newcomers can look around. */
class DemoAccountsHint extends Div {

	DemoAccountsHint(DemoAccounts demo) {
		addClassName("tf-demo-hint");
		UnorderedList list = new UnorderedList();
		for (DemoAccounts.DemoAccount account : demo.accounts()) {
			ListItem item = new ListItem(code(account.username()));
			item.add(" – " + account.description());
			list.add(item);
		}
		Paragraph password = new Paragraph("Password for every demo account: ");
		password.add(code(demo.password()));
		add(new H2("Demo accounts"), new Paragraph("This installation holds the fictional " + demo.partnershipName()
				+ ". Sign in as any of these to see what each role sees."), list, password);
	}

	private static Span code(String text) {
		Span span = new Span(text);
		span.addClassName("tf-code");
		return span;
	}

}
