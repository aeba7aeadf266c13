package org.threefold.export.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import org.threefold.assessment.ResponseProfile;
import org.threefold.assessment.SubmittedResponse;
import org.threefold.export.AnonymisedResponse;

/**
 * Decides, from the counts of responses per profile, which details of each response may
 * be released, so that every released combination describes at least {@code threshold}
 * people (k-anonymity, with k the assessment's score threshold). Plain Java.
 * <ol>
 * <li>organisation, audience, profession and seniority, when at least k responses share
 * all four;</li>
 * <li>otherwise organisation, audience and profession (seniority not shown), when at
 * least k of the responses left share them;</li>
 * <li>otherwise organisation and audience only, when at least k of those left share
 * them;</li>
 * <li>otherwise the response is left out.</li>
 * </ol>
 * The month submitted is shown for a released combination only when every month it falls
 * in holds at least k of its responses, so a hidden month cannot be worked out from the
 * shown ones; otherwise "Not shown". Dates finer than the month never leave.
 */
public final class ResponseAnonymiser {

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");

	private final Map<ResponseProfile, Released> decisions = new HashMap<>();

	private final Map<Released, Boolean> monthsShown = new HashMap<>();

	private final int threshold;

	private long released;

	private long leftOut;

	public ResponseAnonymiser(Map<ResponseProfile, Long> counts, int threshold) {
		this.threshold = threshold;
		Map<ResponseProfile, Long> remaining = new HashMap<>(counts);
		release(remaining, (p) -> new Released(p.partner().value(), p.audience().name(), p.profession(), p.seniority(),
				true, true));
		release(remaining,
				(p) -> new Released(p.partner().value(), p.audience().name(), p.profession(), null, true, false));
		release(remaining, (p) -> new Released(p.partner().value(), p.audience().name(), null, null, false, false));
		remaining.values().forEach((n) -> this.leftOut += n);
		Map<String, Long> byMonth = new HashMap<>();
		this.decisions.forEach((profile, decision) -> byMonth.merge(decision.monthKey(month(profile)),
				counts.get(profile), Long::sum));
		this.decisions.forEach((profile, decision) -> this.monthsShown.merge(decision,
				month(profile) != null && byMonth.get(decision.monthKey(month(profile))) >= threshold,
				Boolean::logicalAnd));
	}

	private void release(Map<ResponseProfile, Long> remaining, Function<ResponseProfile, Released> level) {
		// Compare profiles without their week: the week is handled by the month rule.
		Map<Released, Long> classes = new HashMap<>();
		remaining.forEach((profile, n) -> classes.merge(level.apply(profile), n, Long::sum));
		remaining.entrySet().removeIf((entry) -> {
			Released decision = level.apply(entry.getKey());
			if (classes.get(decision) >= this.threshold) {
				this.decisions.put(entry.getKey(), decision);
				this.released += entry.getValue();
				return true;
			}
			return false;
		});
	}

	public long released() {
		return this.released;
	}

	public long leftOut() {
		return this.leftOut;
	}

	/**
	 * The response as it may be released, or null when it must be left out.
	 * @param partnerName name of the response's organisation
	 * @param sectorName its sector
	 * @param label turns a profession or seniority code into words
	 */
	public AnonymisedResponse anonymise(SubmittedResponse response, String partnerName, String sectorName,
			Function<String, String> label) {
		Released decision = this.decisions.get(response.profile());
		if (decision == null) {
			return null;
		}
		String month = month(response.profile());
		boolean monthShown = this.monthsShown.get(decision);
		return new AnonymisedResponse(partnerName, sectorName, response.audience().label(),
				decision.professionShown() ? notGiven(response.profession(), label) : AnonymisedResponse.NOT_SHOWN,
				decision.seniorityShown() ? notGiven(response.seniority(), label) : AnonymisedResponse.NOT_SHOWN,
				monthShown ? month : AnonymisedResponse.NOT_SHOWN, response.scores());
	}

	private static String notGiven(String code, Function<String, String> label) {
		return (code == null) ? "Not given" : label.apply(code);
	}

	private static String month(ResponseProfile profile) {
		LocalDate week = profile.submittedWeek();
		return (week == null) ? null : week.format(MONTH);
	}

	/** The details released for a class of responses. */
	private record Released(long partner, String audience, String profession, String seniority, boolean professionShown,
			boolean seniorityShown) {

		String monthKey(String month) {
			return this + "|" + month;
		}

	}

}
