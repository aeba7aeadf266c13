package org.threefold.assessment.ui.respond;

import java.util.ArrayList;
import java.util.List;

import org.threefold.assessment.Invitation;
import org.threefold.assessment.UkDates;
import org.threefold.questionnaire.Audience;

/**
 * What a respondent is told before starting, in plain English: what is kept, what is not,
 * how small groups are hidden, and how long it takes. The thresholds are the ones fixed
 * when the assessment opened, so the promise matches what the results screens enforce.
 */
final class PrivacyNotice {

	private PrivacyNotice() {
	}

	/** One line about the survey itself: who it is for, how long, and until when. */
	static String summary(Invitation invitation) {
		String who = (invitation.audience() == Audience.LEADS) ? "leaders and senior staff" : "staff";
		return invitation.questionnaireTitle() + " for " + who + " of " + invitation.partnerName() + ". It has "
				+ invitation.itemCount() + " questions and takes about " + minutes(invitation.estimatedMinutes())
				+ ". It closes on " + invitation.closesOn().format(UkDates.LONG) + ".";
	}

	static List<String> collected(Invitation invitation) {
		List<String> kept = new ArrayList<>();
		kept.add("your answers");
		kept.add("the organisation you work for (" + invitation.partnerName() + ")");
		if (invitation.askProfession()) {
			kept.add("your profession, if you choose to tell us");
		}
		if (invitation.askSeniority()) {
			kept.add("your seniority band, if you choose to tell us");
		}
		kept.add("the week you answered");
		return kept;
	}

	static List<String> notCollected() {
		return List.of("your name", "your email address", "your IP address",
				"the exact date or time you answered (only the week)");
	}

	static List<String> protections(Invitation invitation, boolean emailed) {
		List<String> lines = new ArrayList<>();
		lines.add("Results are only shown for groups of at least " + invitation.scoreThreshold()
				+ " people, so nobody can pick out your answers.");
		lines.add("Written comments are only shown for groups of at least " + invitation.textThreshold()
				+ " people. Please do not name anyone or include details that could identify you.");
		if (emailed) {
			lines.add("Your email address was used only to send you this link. Nothing links your answers to it.");
		}
		lines.add("Each answer is saved as soon as you give it. You can stop and come back later on this device, "
				+ "or on another device with a code we give you when you start.");
		lines.add("You can change your answers until you submit them.");
		return lines;
	}

	private static String minutes(int minutes) {
		return (minutes == 1) ? "1 minute" : minutes + " minutes";
	}

}
