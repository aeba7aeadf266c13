package org.threefold.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.threefold.assessment.AnswerKey;
import org.threefold.partner.PartnerView;
import org.threefold.partner.Sector;
import org.threefold.questionnaire.AnswerRules;
import org.threefold.questionnaire.Item;
import org.threefold.questionnaire.ItemSpec;
import org.threefold.questionnaire.QuestionnaireDefinition;

/**
 * Invents partner leads' answers to the partner-matrix and allocation questions from the
 * {@code power} section of {@code seed-data/demo-assessments.yaml}, with a random
 * sequence of its own, so that the other demo answers stay exactly as they were. A rating
 * is the rated sector's level as others see it, plus the "self" shift when rating one's
 * own organisation, plus any rater-to-rated "views" shift, the rater's outlook and noise,
 * rounded to 1–5. An allocation scatters the sector weights per person and scales them to
 * exactly 100 points (largest remainders).
 */
final class PowerRespondents {

	private final Map<String, Object> power;

	private final Random random;

	PowerRespondents(Map<String, Object> power, long seed) {
		this.power = power;
		this.random = new Random(seed + 1);
	}

	/** Reads the optional {@code power} section; empty when the file has none. */
	@SuppressWarnings("unchecked")
	static Map<String, Object> section(Map<String, Object> yaml) {
		Object power = yaml.get("power");
		return (power instanceof Map<?, ?> map) ? (Map<String, Object>) map : Map.of();
	}

	boolean enabled() {
		return !this.power.isEmpty();
	}

	/** One lead's answers to every matrix and allocation over partners. */
	Map<AnswerKey, String> answers(PartnerView rater, List<PartnerView> partners, QuestionnaireDefinition leads) {
		List<PartnerView> ordered = partners.stream().sorted(Comparator.comparing(PartnerView::name)).toList();
		double outlook = this.random.nextGaussian() * number(this.power, "personSpread", 0.35);
		Map<AnswerKey, String> answers = new LinkedHashMap<>();
		for (Item item : leads.items().toList()) {
			if (item.spec() instanceof ItemSpec.PartnerMatrix matrix) {
				for (PartnerView rated : ordered) {
					if (!matrix.includeSelf() && rated.id().equals(rater.id())) {
						continue;
					}
					answers.put(new AnswerKey(item.id(), key(rated)), rating(matrix.measure(), rater, rated, outlook));
				}
			}
			else if (item.spec() instanceof ItemSpec.Allocation allocation && allocation.overPartners()) {
				allocate(allocation, ordered).forEach((partner, points) -> {
					if (points > 0) {
						answers.put(new AnswerKey(item.id(), key(partner)), Integer.toString(points));
					}
				});
			}
		}
		return answers;
	}

	private String rating(String measure, PartnerView rater, PartnerView rated, double outlook) {
		if (this.random.nextDouble() < number(this.power, "dontKnow", 0.04)) {
			return AnswerRules.DONT_KNOW;
		}
		Map<String, Object> sector = sector(rated.sector());
		double level = number(map(sector, "others"), measure, 3.0);
		if (rater.id().equals(rated.id())) {
			level += number(map(sector, "self"), measure, 0);
		}
		for (Object view : list(this.power, "views")) {
			Map<String, Object> shift = asMap(view);
			if (code(rater.sector()).equals(shift.get("rater")) && code(rated.sector()).equals(shift.get("rated"))) {
				level += number(shift, measure, 0);
			}
		}
		double value = level + outlook + this.random.nextGaussian() * number(this.power, "answerSpread", 0.6);
		return Long.toString(Math.max(1, Math.min(5, Math.round(value))));
	}

	private Map<PartnerView, Integer> allocate(ItemSpec.Allocation allocation, List<PartnerView> partners) {
		double spread = number(this.power, "shareSpread", 0.35);
		Map<PartnerView, Double> weights = new LinkedHashMap<>();
		double total = 0;
		for (PartnerView partner : partners) {
			double weight = number(map(sector(partner.sector()), "shares"), allocation.measure(), 3.0)
					* Math.exp(this.random.nextGaussian() * spread);
			weights.put(partner, weight);
			total += weight;
		}
		Map<PartnerView, Integer> points = new LinkedHashMap<>();
		Map<PartnerView, Double> remainders = new HashMap<>();
		int given = 0;
		for (Map.Entry<PartnerView, Double> entry : weights.entrySet()) {
			double exact = allocation.total() * entry.getValue() / total;
			int whole = (int) Math.floor(exact);
			points.put(entry.getKey(), whole);
			remainders.put(entry.getKey(), exact - whole);
			given += whole;
		}
		List<PartnerView> byRemainder = new ArrayList<>(partners);
		byRemainder.sort(Comparator.comparingDouble((PartnerView p) -> -remainders.get(p)));
		for (int i = 0; i < allocation.total() - given; i++) {
			points.merge(byRemainder.get(i % byRemainder.size()), 1, Integer::sum);
		}
		return points;
	}

	private Map<String, Object> sector(Sector sector) {
		return map(map(this.power, "sectors"), code(sector));
	}

	private static String key(PartnerView partner) {
		return Long.toString(partner.id().value());
	}

	private static String code(Sector sector) {
		return sector.code();
	}

	private static Map<String, Object> map(Map<String, Object> map, String key) {
		Object value = map.get(key);
		return (value == null) ? Map.of() : asMap(value);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> asMap(Object value) {
		if (!(value instanceof Map<?, ?> map)) {
			throw new IllegalArgumentException("demo-assessments.yaml: power: expected a map, not " + value);
		}
		return (Map<String, Object>) map;
	}

	private static List<?> list(Map<String, Object> map, String key) {
		return (map.get(key) instanceof List<?> list) ? list : List.of();
	}

	private static double number(Map<String, Object> map, String key, double otherwise) {
		Object value = map.get(key);
		return (value instanceof Number number) ? number.doubleValue() : otherwise;
	}

}
