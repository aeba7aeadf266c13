package org.threefold.assessment.ui.respond;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import org.threefold.assessment.AnswerKey;
import org.threefold.assessment.ResponseState;
import org.threefold.shared.ValidationException;

/**
 * The form, one section a page, for a response that has started. Every change is saved at
 * once through the {@link ResponseBackend}; what comes back re-decides which questions
 * show. A refused answer is explained beside its question and left as typed. If the
 * assessment closes meanwhile, the form says so and becomes read-only. No Spring here:
 * the view supplies the backend, so the journey can be tested with a stub.
 */
final class ResponseForm extends Div {

	private static final System.Logger LOG = System.getLogger(ResponseForm.class.getName());

	private final ResponseBackend backend;

	private final FormNavigation navigation;

	private final Consumer<String> titles;

	private final FormProgress progress = new FormProgress();

	private final Paragraph closed = new Paragraph();

	private final ProblemSummary problems = new ProblemSummary();

	private final Div page = new Div();

	private final Button back = new Button("Back", (click) -> back());

	private final Button next = new Button("Next", (click) -> next());

	private final Span status = new Span();

	private ResponseState state;

	private SectionPage section;

	private String resumeCode;

	private boolean readOnly;

	/**
	 * @param resumeCode shown once on the first page when the response has just started
	 * @param titles told the page title whenever the page changes
	 */
	ResponseForm(ResponseState state, ResponseBackend backend, String resumeCode, Consumer<String> titles) {
		this.state = state;
		this.backend = backend;
		this.resumeCode = resumeCode;
		this.titles = titles;
		this.navigation = new FormNavigation(state.questionnaire(), state.resumeSection());
		addClassName("tf-form");
		this.closed.addClassName("tf-closed");
		this.closed.setVisible(false);
		this.next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.status.addClassName("tf-save-status");
		this.status.getElement().setAttribute("role", "status");
		this.status.getElement().setAttribute("aria-live", "polite");
		Div buttons = new Div(this.next, this.back);
		buttons.addClassName("tf-form-buttons");
		add(this.progress, this.closed, this.problems, this.page, buttons, this.status);
		if (!submittedOrClosed(Optional.of(state))) {
			render(false);
		}
	}

	private void render(boolean focus) {
		this.problems.clear();
		this.progress.show(this.navigation);
		this.page.removeAll();
		PageHeading heading;
		if (this.navigation.onSummary()) {
			this.section = null;
			CheckPage check = new CheckPage(FormNavigation.unansweredOptional(this.state), !this.readOnly, this::goTo,
					this::submit);
			heading = check.heading();
			this.page.add(check);
			this.titles.accept("Check and submit - " + this.state.assessmentTitle());
		}
		else {
			this.section = new SectionPage(this.navigation.section(), this.state, this.resumeCode, this::answered);
			this.resumeCode = null;
			this.section.fields().forEach((field) -> field.setReadOnly(this.readOnly));
			heading = this.section.heading();
			this.page.add(this.section);
			this.titles.accept(this.navigation.progressText() + ": " + this.navigation.section().title() + " - "
					+ this.state.assessmentTitle());
		}
		this.back.setVisible(!this.navigation.onFirstPage());
		this.next.setVisible(!this.navigation.onSummary());
		if (focus) {
			heading.takeFocus();
		}
	}

	private void answered(ItemField field, AnswerKey key, String raw) {
		try {
			this.state = this.backend.save(key, raw);
			field.clearProblem();
			this.status.setText("Saved your answer to question " + this.section.number(field) + ".");
			this.section.refresh(this.state);
		}
		catch (ValidationException ex) {
			if (!submittedOrClosed(this.backend.reload())) {
				field.showProblem(String.join(" ", ex.problems()));
				this.status.setText("Not saved: see the message under the question.");
			}
		}
		catch (RuntimeException ex) {
			LOG.log(System.Logger.Level.WARNING, "An answer could not be saved", ex);
			field.showProblem("This answer could not be saved. Please try again in a moment.");
			this.status.setText("Not saved. Please try again in a moment.");
		}
	}

	private void next() {
		List<String> found = this.navigation.next(this.state, !this.readOnly);
		if (found.isEmpty()) {
			render(true);
		}
		else {
			this.problems.show(found);
		}
	}

	private void back() {
		this.navigation.back();
		render(true);
	}

	private void goTo(int section) {
		this.navigation.goTo(section);
		render(true);
	}

	private void submit() {
		try {
			showReceipt(this.backend.submit().code());
		}
		catch (ValidationException ex) {
			if (!submittedOrClosed(this.backend.reload())) {
				render(false);
				this.problems.show(ex.problems());
			}
		}
		catch (RuntimeException ex) {
			// The database or the network failed: nothing was half-submitted (one
			// transaction), and every saved answer is kept.
			LOG.log(System.Logger.Level.WARNING, "A response could not be submitted", ex);
			this.problems.show(List.of("We could not submit your answers just now. Your answers are kept. "
					+ "Please try again in a moment."));
		}
	}

	/** Handles a response that can no longer change; true when it was one. */
	private boolean submittedOrClosed(Optional<ResponseState> now) {
		if (now.isEmpty()) {
			return false;
		}
		this.state = now.get();
		if (this.state.submitted()) {
			showReceipt(this.state.receiptCode());
			return true;
		}
		if (!this.state.open() && !this.readOnly) {
			this.readOnly = true;
			this.closed.setText(Notice.closedSentence(this.state.closesOn(), this.backend.today()));
			this.closed.getElement().setAttribute("role", "alert");
			this.closed.setVisible(true);
			if (this.section == null) {
				render(false);
			}
			else {
				// Keep the page as it is, focus and all; only stop further changes.
				this.section.fields().forEach((field) -> field.setReadOnly(true));
			}
			return true;
		}
		return !this.state.open();
	}

	private void showReceipt(String code) {
		removeAll();
		ReceiptPanel receipt = new ReceiptPanel(code);
		add(receipt);
		this.titles.accept("Thank you - " + this.state.assessmentTitle());
		receipt.heading().takeFocus();
	}

}
