package org.threefold.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.ToIntFunction;
import java.util.stream.IntStream;

import org.threefold.assessment.CompletedResponse;
import org.threefold.assessment.RespondentProfile;
import org.threefold.partner.PartnerView;
import org.threefold.partner.Profession;
import org.threefold.partner.SeniorityBand;
import org.threefold.questionnaire.AnswerRules;
import org.threefold.questionnaire.Audience;
import org.threefold.questionnaire.Item;
import org.threefold.questionnaire.ItemSpec;
import org.threefold.questionnaire.Option;
import org.threefold.questionnaire.QuestionnaireDefinition;
import org.threefold.questionnaire.ShowIfRule;

/**
 * Invents respondents for the demo from {@link DemoAssessmentSeed}: who answers for each
 * partner, and what they answer. Plain Java with one seeded random sequence, so the same
 * seed, partners and questionnaires always give the same answers.
 * <p>
 * A likert answer is the sector's level for the item's sub-dimension or dimension, plus
 * the respondent's seniority shift, their general outlook, the question's own lean and
 * noise, rounded to 1–5; a reverse-worded statement is answered as 6 minus that, so that
 * a higher level always means a stronger partnership after scoring. Answers are given in
 * questionnaire order and only to questions the earlier answers show, as a respondent
 * would.
 */
final class SyntheticRespondents {

	/**
	 * A started response to leave unfinished: its answers in the order they are given.
	 */
	record Draft(PartnerView partner, RespondentProfile profile, Map<String, String> answers) {
	}

	private final DemoAssessmentSeed seed;

	private final Random random;

	private final Map<String, Double> itemBias = new HashMap<>();

	SyntheticRespondents(DemoAssessmentSeed seed) {
		this.seed = seed;
		this.random = new Random(seed.seed());
	}

	/** How many staff answer for a partner in the closed round. */
	int staffResponses(PartnerView partner) {
		return this.seed.closed().staff().responses((partner.headcount() == null) ? 0 : partner.headcount());
	}

	/**
	 * Staff and partner-lead responses for the closed round. Each partner's first two
	 * staff respondents leave a comment; their weeks follow the seed's weekly weights.
	 */
	List<CompletedResponse> closedRound(List<PartnerView> partners, QuestionnaireDefinition staff,
			QuestionnaireDefinition leads, LocalDate opensOn, LocalDate today) {
		List<CompletedResponse> responses = new ArrayList<>();
		for (PartnerView partner : sorted(partners)) {
			int count = staffResponses(partner);
			for (int i = 0; i < count; i++) {
				responses.add(staffMember(partner, staff, (i < 2) ? pick(this.seed.staffComments()) : null,
						closedRoundWeek(opensOn, today)));
			}
			for (int i = 0; i < this.seed.profile(partner.sector()).leads(); i++) {
				String comment = (this.random.nextInt(3) == 0) ? pick(this.seed.leadComments()) : null;
				responses.add(lead(partner, leads, comment, closedRoundWeek(opensOn, today)));
			}
		}
		return responses;
	}

	/**
	 * Submitted staff responses to the open round, spread over the weeks it has been
	 * open.
	 */
	List<CompletedResponse> openRound(List<PartnerView> partners, QuestionnaireDefinition staff, int count,
			LocalDate opensOn, LocalDate today) {
		List<PartnerView> ordered = sorted(partners);
		int days = (int) Math.max(0, today.toEpochDay() - opensOn.toEpochDay());
		List<CompletedResponse> responses = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			PartnerView partner = weighted(ordered, this::staffResponses);
			String comment = (this.random.nextInt(8) == 0) ? pick(this.seed.staffComments()) : null;
			responses.add(staffMember(partner, staff, comment, opensOn.plusDays(this.random.nextInt(days + 1))));
		}
		return responses;
	}

	/** Started responses left with the first few answers only. */
	List<Draft> drafts(List<PartnerView> partners, QuestionnaireDefinition staff, int count) {
		List<PartnerView> ordered = sorted(partners);
		List<Draft> drafts = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			PartnerView partner = weighted(ordered, this::staffResponses);
			DemoAssessmentSeed.Band band = weighted(this.seed.seniority(), DemoAssessmentSeed.Band::share);
			RespondentProfile profile = profile(partner, band.band());
			Map<String, String> all = answers(staff, partner, band, null);
			int keep = 2 + this.random.nextInt(Math.max(1, all.size() / 2));
			Map<String, String> partial = new LinkedHashMap<>();
			all.entrySet().stream().limit(keep).forEach((entry) -> partial.put(entry.getKey(), entry.getValue()));
			drafts.add(new Draft(partner, profile, partial));
		}
		return drafts;
	}

	private CompletedResponse staffMember(PartnerView partner, QuestionnaireDefinition staff, String comment,
			LocalDate week) {
		DemoAssessmentSeed.Band band = weighted(this.seed.seniority(), DemoAssessmentSeed.Band::share);
		return new CompletedResponse(partner.id(), Audience.STAFF, profile(partner, band.band()),
				answers(staff, partner, band, comment), week);
	}

	private CompletedResponse lead(PartnerView partner, QuestionnaireDefinition leads, String comment, LocalDate week) {
		List<Map.Entry<SeniorityBand, Integer>> shares = List.copyOf(this.seed.leadSeniority().entrySet());
		SeniorityBand seniority = weighted(shares, Map.Entry::getValue).getKey();
		DemoAssessmentSeed.Band band = this.seed.seniority()
			.stream()
			.filter((candidate) -> candidate.band() == seniority)
			.findFirst()
			.orElseThrow();
		return new CompletedResponse(partner.id(), Audience.LEADS, profile(partner, seniority),
				answers(leads, partner, band, comment), week);
	}

	private RespondentProfile profile(PartnerView partner, SeniorityBand seniority) {
		List<Map.Entry<Profession, Integer>> mix = List
			.copyOf(this.seed.profile(partner.sector()).professions().entrySet());
		// About one in twenty prefers not to give a profession.
		Profession profession = (this.random.nextInt(20) == 0) ? null : weighted(mix, Map.Entry::getValue).getKey();
		return new RespondentProfile(profession, seniority);
	}

	/**
	 * One respondent's answers: a general outlook drawn once, then each shown question in
	 * order. Partner matrices and allocations are left unanswered (the demo leaves the
	 * power maps to a later issue); free text is answered only with the given comment.
	 */
	private Map<String, String> answers(QuestionnaireDefinition questionnaire, PartnerView partner,
			DemoAssessmentSeed.Band band, String comment) {
		DemoAssessmentSeed.SectorProfile sector = this.seed.profile(partner.sector());
		DemoAssessmentSeed.Scatter scatter = this.seed.answers();
		double outlook = this.random.nextGaussian() * scatter.personSpread();
		Map<String, String> answers = new LinkedHashMap<>();
		String unsaid = comment;
		for (Item item : questionnaire.sections().stream().flatMap((section) -> section.items().stream()).toList()) {
			if (!ShowIfRule.visibleWithChain(questionnaire, item, answers)) {
				continue;
			}
			double level = sector.level(item) + band.shift(item) + outlook;
			String value = switch (item.spec()) {
				case ItemSpec.Likert likert -> likert(item, likert, level, scatter);
				case ItemSpec.Choice choice ->
					choice.multiple() ? several(choice, level) : one(item, choice, level, band);
				case ItemSpec.NumberInput number -> number(number);
				case ItemSpec.Ranking ranking -> ranking(ranking, sector);
				case ItemSpec.FreeText text -> (unsaid != null && unsaid.length() <= text.maxLength()) ? unsaid : null;
				case ItemSpec.PartnerMatrix matrix -> null;
				case ItemSpec.Allocation allocation -> null;
			};
			if (item.spec() instanceof ItemSpec.FreeText && value != null) {
				unsaid = null;
			}
			if (value != null) {
				answers.put(item.id(), value);
			}
		}
		return answers;
	}

	private String likert(Item item, ItemSpec.Likert likert, double level, DemoAssessmentSeed.Scatter scatter) {
		double draw = this.random.nextDouble();
		if (likert.notApplicable() && draw < scatter.notApplicable()) {
			return AnswerRules.NOT_APPLICABLE;
		}
		if (likert.dontKnow() && draw >= scatter.notApplicable()
				&& draw < scatter.notApplicable() + scatter.dontKnow()) {
			return AnswerRules.DONT_KNOW;
		}
		double bias = this.itemBias.computeIfAbsent(item.id(), (id) -> this.random.nextGaussian() * scatter.itemBias());
		long value = Math.round(level + bias + this.random.nextGaussian() * scatter.itemSpread());
		int answer = (int) Math.max(1, Math.min(5, value));
		return Integer.toString(likert.reverse() ? 6 - answer : answer);
	}

	/**
	 * A single choice. For a question in the framework the first option is the positive
	 * one ("yes"), chosen more often the higher the level; a question about the
	 * respondent picks the option matching their seniority when there is one (option
	 * "manager" for band "manager-team-leader"), otherwise any.
	 */
	private String one(Item item, ItemSpec.Choice choice, double level, DemoAssessmentSeed.Band band) {
		List<Option> options = choice.options();
		if (item.dimension() == null) {
			if (band.band() != null && this.random.nextInt(4) > 0) {
				for (Option option : options) {
					if (band.band().code().startsWith(option.value())) {
						return option.value();
					}
				}
			}
			return options.get(this.random.nextInt(options.size())).value();
		}
		double positive = Math.max(0.05, Math.min(0.95, (level - 1) / 4));
		if (this.random.nextDouble() < positive) {
			return options.get(0).value();
		}
		return options.get(1 + this.random.nextInt(options.size() - 1)).value();
	}

	/** A multiple choice: more options ticked the higher the level, at least one. */
	private String several(ItemSpec.Choice choice, double level) {
		double chance = Math.max(0.1, Math.min(0.7, (level - 1) / 5));
		int most = (choice.maxChoices() == null) ? choice.options().size() : choice.maxChoices();
		List<String> chosen = new ArrayList<>();
		for (Option option : choice.options()) {
			if (chosen.size() < most && this.random.nextDouble() < chance) {
				chosen.add(option.value());
			}
		}
		if (chosen.isEmpty()) {
			chosen.add(choice.options().get(this.random.nextInt(choice.options().size())).value());
		}
		return String.join("\n", chosen);
	}

	/** A whole number in the lower part of the range (years in role, team sizes). */
	private String number(ItemSpec.NumberInput number) {
		BigDecimal span = number.max().subtract(number.min()).min(BigDecimal.valueOf(20));
		int offset = this.random.nextInt(span.intValue() + 1);
		return number.min().add(BigDecimal.valueOf(offset)).stripTrailingZeros().toPlainString();
	}

	/**
	 * A ranking of areas to improve: options named after a dimension come in order of the
	 * sector's weakest first, with some disagreement between respondents.
	 */
	private String ranking(ItemSpec.Ranking ranking, DemoAssessmentSeed.SectorProfile sector) {
		Map<String, Double> need = new HashMap<>();
		ranking.options()
			.forEach((option) -> need.put(option.value(),
					sector.level(option.value()) + this.random.nextGaussian() * 0.5));
		List<String> order = ranking.options()
			.stream()
			.map(Option::value)
			.sorted(Comparator.comparing(need::get))
			.limit((ranking.rankTop() == null) ? ranking.options().size() : ranking.rankTop())
			.toList();
		return String.join("\n", order);
	}

	private LocalDate closedRoundWeek(LocalDate opensOn, LocalDate today) {
		List<Integer> weights = this.seed.closed().weekWeights();
		int week = weighted(IntStream.range(0, weights.size()).boxed().toList(), weights::get);
		LocalDate day = opensOn.plusWeeks(week).plusDays(this.random.nextInt(5));
		return day.isAfter(today) ? today : day;
	}

	private String pick(List<String> choices) {
		return choices.get(this.random.nextInt(choices.size()));
	}

	private <T> T weighted(List<T> choices, ToIntFunction<T> weight) {
		int total = choices.stream().mapToInt(weight).sum();
		int draw = this.random.nextInt(Math.max(1, total));
		for (T choice : choices) {
			draw -= weight.applyAsInt(choice);
			if (draw < 0) {
				return choice;
			}
		}
		return choices.get(choices.size() - 1);
	}

	/**
	 * Partners in name order, so that the random sequence meets them in a fixed order.
	 */
	private static List<PartnerView> sorted(List<PartnerView> partners) {
		return partners.stream().sorted(Comparator.comparing(PartnerView::name)).toList();
	}

}
