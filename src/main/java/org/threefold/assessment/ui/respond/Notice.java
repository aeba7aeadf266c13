package org.threefold.assessment.ui.respond;

import java.time.LocalDate;
import java.util.Optional;

import org.threefold.assessment.Invitation;
import org.threefold.assessment.ResponseState;
import org.threefold.assessment.UkDates;

/**
 * A page that explains why someone cannot answer, in plain words and with what to do
 * next. Chosen here, in plain Java, so the views only show it.
 *
 * @param offerResume true when entering a resume code is a sensible next step
 */
record Notice(String title, String message, boolean offerResume) {

	static Notice unknownLink() {
		return new Notice("This link is not recognised",
				"This link is not recognised. Check that it was copied in full, or ask whoever sent it to you for "
						+ "the link again.",
				true);
	}

	static Notice unknownInvitation() {
		return new Notice("This invitation is not recognised",
				"This invitation is not recognised. Check that the link was copied in full from your email. If you "
						+ "were sent a reminder, use the link in the most recent email.",
				true);
	}

	static Notice usedInvitation() {
		return new Notice("This invitation has already been used",
				"Each emailed invitation starts one set of answers. To carry on, open it again on the device you "
						+ "started on, or enter the resume code you were given.",
				true);
	}

	static Notice couldNotStart(String problem) {
		return new Notice("You cannot start yet", problem, false);
	}

	static Notice unknownResumeCode() {
		return new Notice("We could not find your answers",
				"We could not find answers for this code. Check the code and try again.", false);
	}

	/** Why an invitation that exists cannot be answered today, if it cannot. */
	static Optional<Notice> unavailable(Invitation invitation, LocalDate today) {
		if (invitation.alreadyUsed()) {
			return Optional.of(usedInvitation());
		}
		if (invitation.open()) {
			return Optional.empty();
		}
		if (invitation.opensOn().isAfter(today)) {
			return Optional.of(new Notice(invitation.title() + " has not opened yet",
					"This assessment opens on " + invitation.opensOn().format(UkDates.LONG)
							+ ". Please come back then; the link will work from that day.",
					false));
		}
		return Optional.of(closed(invitation.title(), invitation.closesOn(), today));
	}

	/** Someone comes back to answers they can no longer change. */
	static Notice closed(ResponseState state, LocalDate today) {
		return closed(state.assessmentTitle(), state.closesOn(), today);
	}

	/**
	 * The sentence shown on the form itself when it closes while someone is answering.
	 */
	static String closedSentence(LocalDate closesOn, LocalDate today) {
		// A leader may close early: never name a closing date still to come.
		String when = closesOn.isBefore(today) ? "closed on " + closesOn.format(UkDates.LONG) : "has been closed";
		return "This assessment " + when + " and no longer accepts answers. Any answers you saved are kept.";
	}

	private static Notice closed(String title, LocalDate closesOn, LocalDate today) {
		return new Notice(title + " has closed", closedSentence(closesOn, today) + " Thank you for your interest.",
				false);
	}

}
