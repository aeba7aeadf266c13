package org.threefold.assessment.ui.respond;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;

import org.threefold.assessment.AnswerKey;
import org.threefold.assessment.Invitation;
import org.threefold.assessment.Receipt;
import org.threefold.assessment.RespondentProfile;
import org.threefold.assessment.RespondentService;
import org.threefold.assessment.ResponseState;
import org.threefold.assessment.StartedResponse;
import org.threefold.assessment.internal.UkCalendar;
import org.threefold.shared.ValidationException;
import org.threefold.ui.SkipLink;

/**
 * What the three respondent views share: a plain NHS-blue header with the assessment's
 * title and no menu (respondents have no account), and the steps of the journey. The
 * views differ only in how they find the invitation or the response.
 */
abstract class RespondentPage extends Div implements HasDynamicTitle {

	protected final RespondentService respondents;

	private final UkCalendar calendar;

	private final Span assessmentTitle = new Span("Threefold");

	private final Main main = new Main();

	private String pageTitle = "Threefold";

	RespondentPage(RespondentService respondents, UkCalendar calendar) {
		this.respondents = respondents;
		this.calendar = calendar;
		addClassName("tf-respond");
		Header header = new Header(this.assessmentTitle);
		header.addClassName("tf-respond-header");
		this.main.addClassName("tf-respond-main");
		SkipLink.markMainContent(this.main.getElement());
		add(SkipLink.toMainContent(), header, this.main);
	}

	@Override
	public String getPageTitle() {
		return this.pageTitle;
	}

	/** Resumes a response from a credential; false when it belongs to none. */
	protected boolean resumeWith(String credential, String newResumeCode) {
		Optional<ResponseState> state = this.respondents.resume(credential);
		state.ifPresent((found) -> showResponse(credential, found, newResumeCode));
		return state.isPresent();
	}

	/** The landing page of a link or invitation, or why it cannot be answered. */
	protected void showLanding(Invitation invitation, boolean emailed,
			Function<RespondentProfile, StartedResponse> start, String cookieName) {
		Optional<Notice> unavailable = Notice.unavailable(invitation, today());
		if (unavailable.isPresent()) {
			showNotice(unavailable.get());
			return;
		}
		this.assessmentTitle.setText(invitation.title());
		setPageTitle(invitation.title());
		show(new LandingPanel(invitation, emailed, (profile) -> {
			try {
				StartedResponse started = start.apply(profile);
				ResponseCookies.write(cookieName, started.deviceSecret());
				resumeWith(started.deviceSecret(), started.resumeCode());
			}
			catch (ValidationException ex) {
				showNotice(Notice.couldNotStart(String.join(" ", ex.problems())));
			}
		}));
	}

	protected void showNotice(Notice notice) {
		PageHeading heading = new PageHeading(notice.title());
		Div content = new Div(heading, new Paragraph(notice.message()));
		content.addClassName("tf-notice");
		if (notice.offerResume()) {
			Paragraph resume = new Paragraph("Started already? ");
			resume.add(new Anchor("resume", "Enter your resume code"), new Span(" to carry on."));
			content.add(resume);
		}
		setPageTitle(notice.title());
		show(content);
		heading.takeFocus();
	}

	protected void show(Component... content) {
		this.main.removeAll();
		this.main.add(content);
	}

	private void showResponse(String credential, ResponseState state, String newResumeCode) {
		this.assessmentTitle.setText(state.assessmentTitle());
		if (state.submitted()) {
			setPageTitle("Thank you - " + state.assessmentTitle());
			show(new ReceiptPanel(state.receiptCode()));
		}
		else if (!state.open()) {
			showNotice(Notice.closed(state, today()));
		}
		else {
			show(new ResponseForm(state, backend(credential), newResumeCode, this::setPageTitle));
		}
	}

	private void setPageTitle(String title) {
		this.pageTitle = title + " | Threefold";
		UI ui = UI.getCurrent();
		if (ui != null) {
			ui.getPage().setTitle(this.pageTitle);
		}
	}

	private LocalDate today() {
		return this.calendar.today();
	}

	private ResponseBackend backend(String credential) {
		RespondentService service = this.respondents;
		return new ResponseBackend() {

			@Override
			public ResponseState save(AnswerKey key, String raw) {
				return service.saveAnswer(credential, key, raw);
			}

			@Override
			public Receipt submit() {
				return service.submit(credential);
			}

			@Override
			public Optional<ResponseState> reload() {
				return service.resume(credential);
			}

			@Override
			public LocalDate today() {
				return RespondentPage.this.today();
			}

		};
	}

}
