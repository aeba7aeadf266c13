package org.threefold.partner.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import org.threefold.partner.BudgetBand;
import org.threefold.partner.PartnerDraft;
import org.threefold.partner.Sector;

/**
 * The fields of a partner. Knows nothing of services: {@link #draft()} hands back what
 * was typed, and the service decides whether it is acceptable.
 */
public class PartnerForm extends FormLayout {

	final TextField name = new TextField("Organisation name");

	final Select<Sector> sector = new Select<>();

	final TextField odsCode = new TextField("ODS code (optional)");

	final IntegerField headcount = new IntegerField("Staff headcount (optional)");

	final Select<BudgetBand> budgetBand = new Select<>();

	public PartnerForm() {
		this.name.setRequired(true);
		this.name.setMaxLength(PartnerDraft.MAX_NAME_LENGTH);
		this.name.setHelperText("As staff across the partnership know it");
		this.sector.setLabel("Sector");
		this.sector.setItems(Sector.values());
		this.sector.setItemLabelGenerator(Sector::label);
		this.sector.setRequiredIndicatorVisible(true);
		this.odsCode.setMaxLength(10);
		this.odsCode.setHelperText("The NHS Organisation Data Service code, e.g. RXX or A81001");
		this.headcount.setMin(1);
		this.headcount.setMax(PartnerDraft.MAX_HEADCOUNT);
		this.headcount.setHelperText("Used to compare each partner's share of cost and risk with its size");
		this.budgetBand.setLabel("Annual budget (optional)");
		this.budgetBand.setItems(BudgetBand.values());
		this.budgetBand.setItemLabelGenerator((band) -> (band == null) ? "Not recorded" : band.label());
		this.budgetBand.setEmptySelectionAllowed(true);
		this.budgetBand.setEmptySelectionCaption("Not recorded");
		add(this.name, this.sector, this.odsCode, this.headcount, this.budgetBand);
		setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("500px", 2));
		setColspan(this.name, 2);
	}

	public void show(PartnerDraft draft) {
		this.name.setValue(draft.name());
		this.sector.setValue(draft.sector());
		this.odsCode.setValue((draft.odsCode() == null) ? "" : draft.odsCode());
		this.headcount.setValue(draft.headcount());
		this.budgetBand.setValue(draft.budgetBand());
	}

	public PartnerDraft draft() {
		return new PartnerDraft(this.name.getValue(), this.sector.getValue(), this.odsCode.getValue(),
				this.headcount.getValue(), this.budgetBand.getValue());
	}

	/** True when the headcount box holds text that is not a whole number. */
	public boolean headcountUnreadable() {
		return this.headcount.isInvalid() || (this.headcount.getValue() == null && !this.headcount.isEmpty());
	}

}
