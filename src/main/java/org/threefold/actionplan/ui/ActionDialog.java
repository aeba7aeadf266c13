package org.threefold.actionplan.ui;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.threefold.actionplan.ActionEdit;
import org.threefold.actionplan.ActionPlanService;
import org.threefold.actionplan.ActionStatus;
import org.threefold.partner.PartnerView;
import org.threefold.questionnaire.SubDimension;
import org.threefold.shared.PartnerId;
import org.threefold.shared.ValidationException;

/**
 * Writes or changes one action: title, description, sub-dimension, owner partner, due
 * date, status and a progress note. It is handed the function that saves, so it never
 * sees a service; problems the save reports are listed in the dialog and nothing closes.
 */
class ActionDialog extends Dialog {

	private static final String NONE = "";

	private final TextField title = new TextField("Action");

	private final TextArea detail = new TextArea("What will be done, by whom");

	private final Select<String> subdimension = new Select<>();

	private final Select<String> owner = new Select<>();

	private final DatePicker due = new DatePicker("Due by");

	private final Select<ActionStatus> status = new Select<>();

	private final TextArea note = new TextArea("Progress so far");

	private final UnorderedList problems = new UnorderedList();

	ActionDialog(String heading, ActionEdit initial, List<PartnerView> partners, List<SubDimension> subdimensions,
			Consumer<ActionEdit> save) {
		setHeaderTitle(heading);
		this.title.setMaxLength(ActionPlanService.MAX_TITLE);
		this.title.setWidthFull();
		this.title.setRequiredIndicatorVisible(true);
		this.detail.setMaxLength(ActionPlanService.MAX_DETAIL);
		this.detail.setWidthFull();
		this.subdimension.setLabel("Linked sub-dimension");
		this.subdimension.setItems(java.util.stream.Stream
			.concat(java.util.stream.Stream.of(NONE), subdimensions.stream().map(SubDimension::id))
			.toList());
		this.subdimension.setItemLabelGenerator((id) -> id.isEmpty() ? "None"
				: subdimensions.stream()
					.filter((s) -> s.id().equals(id))
					.map((s) -> s.id() + " " + s.name())
					.findFirst()
					.orElse(id));
		this.owner.setLabel("Owner (partner)");
		this.owner.setItems(java.util.stream.Stream
			.concat(java.util.stream.Stream.of(NONE), partners.stream().map((p) -> Long.toString(p.id().value())))
			.toList());
		this.owner.setItemLabelGenerator((id) -> id.isEmpty() ? "Not named yet"
				: partners.stream()
					.filter((p) -> Long.toString(p.id().value()).equals(id))
					.map(PartnerView::name)
					.findFirst()
					.orElse(id));
		this.due.setLocale(Locale.UK);
		this.status.setLabel("Status");
		this.status.setItems(ActionStatus.values());
		this.status.setItemLabelGenerator(ActionStatus::label);
		this.note.setMaxLength(ActionPlanService.MAX_NOTE);
		this.note.setWidthFull();
		this.problems.addClassName("tf-form-problems");
		this.title.setValue((initial.title() == null) ? "" : initial.title());
		this.detail.setValue((initial.detail() == null) ? "" : initial.detail());
		this.subdimension.setValue((initial.subdimension() == null) ? NONE : initial.subdimension());
		this.owner.setValue((initial.owner() == null) ? NONE : Long.toString(initial.owner().value()));
		this.due.setValue(initial.due());
		this.status.setValue((initial.status() == null) ? ActionStatus.ACCEPTED : initial.status());
		this.note.setValue((initial.progressNote() == null) ? "" : initial.progressNote());
		Div fields = new Div(this.title, this.detail, this.subdimension, this.owner, this.due, this.status, this.note);
		fields.addClassName("tf-action-form");
		add(this.problems, fields);
		Button saveButton = new Button("Save", (e) -> {
			try {
				save.accept(edit());
				close();
			}
			catch (ValidationException ex) {
				this.problems.removeAll();
				ex.problems().forEach((problem) -> this.problems.add(new ListItem(problem)));
			}
		});
		saveButton.addThemeVariants(ButtonVariant.PRIMARY);
		getFooter().add(new Button("Cancel", (e) -> close()), saveButton);
	}

	ActionEdit edit() {
		return new ActionEdit(this.title.getValue(), this.detail.getValue(),
				NONE.equals(this.subdimension.getValue()) ? null : this.subdimension.getValue(),
				(this.owner.getValue() == null || NONE.equals(this.owner.getValue())) ? null
						: new PartnerId(Long.parseLong(this.owner.getValue())),
				this.due.getValue(), this.status.getValue(), this.note.getValue());
	}

}
