package org.threefold.demo;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.threefold.partner.Profession;
import org.threefold.partner.Sector;
import org.threefold.partner.SeniorityBand;
import org.threefold.questionnaire.Item;

/**
 * The parsed {@code seed-data/demo-assessments.yaml}: the shape of the demo's synthetic
 * responses, kept as data so that what the demo claims about sectors and seniority can be
 * read and changed without reading the generator.
 */
record DemoAssessmentSeed(long seed, Closed closed, Open open, Scatter answers, List<Band> seniority,
		Map<SeniorityBand, Integer> leadSeniority, Map<Sector, SectorProfile> sectors, SectorProfile otherSectors,
		List<String> staffComments, List<String> leadComments) {

	/** The closed round, with staff and partner leads. */
	record Closed(String title, String series, String staffQuestionnaire, String leadsQuestionnaire, int openedWeeksAgo,
			StaffCount staff, List<Integer> weekWeights) {
	}

	/** The round still open. */
	record Open(String title, String series, String staffQuestionnaire, int openedWeeksAgo, int closesInWeeks,
			int submitted, int drafts) {
	}

	/**
	 * Staff responses per partner: rates fall as organisations grow, and the cap keeps
	 * the largest from swamping the rest.
	 */
	record StaffCount(double perSquareRootOfHeadcount, int atMost, double atMostShareOfHeadcount) {

		int responses(int headcount) {
			long byRoot = Math.round(this.perSquareRootOfHeadcount * Math.sqrt(headcount));
			long byShare = Math.round(this.atMostShareOfHeadcount * headcount);
			return (int) Math.min(this.atMost, Math.min(byRoot, byShare));
		}

	}

	/** How answers scatter around a sector's level, in points of the 1–5 scale. */
	record Scatter(double personSpread, double itemSpread, double itemBias, double notApplicable, double dontKnow) {
	}

	/**
	 * A seniority band (null: not given) with its share of staff respondents and its
	 * shift by dimension code.
	 */
	record Band(SeniorityBand band, int share, Map<String, Double> shift) {

		double shift(Item item) {
			return (item.dimension() == null) ? 0 : this.shift.getOrDefault(item.dimension().code(), 0.0);
		}

	}

	/**
	 * @param agreement level on the 1–5 scale by dimension code, or by sub-dimension id
	 * to override its dimension
	 */
	record SectorProfile(int leads, Map<String, Double> agreement, Map<Profession, Integer> professions) {

		/**
		 * The level for an item: its sub-dimension's, else its dimension's, else neutral.
		 */
		double level(Item item) {
			if (item.subdimension() != null && this.agreement.containsKey(item.subdimension())) {
				return this.agreement.get(item.subdimension());
			}
			return (item.dimension() == null) ? 3.0 : level(item.dimension().code());
		}

		double level(String dimensionCode) {
			return this.agreement.getOrDefault(dimensionCode, 3.0);
		}

	}

	SectorProfile profile(Sector sector) {
		return this.sectors.getOrDefault(sector, this.otherSectors);
	}

	/** Reads the YAML map; throws IllegalArgumentException naming the field at fault. */
	static DemoAssessmentSeed from(Map<String, Object> yaml) {
		Map<String, Object> closed = map(yaml, "closed");
		Map<String, Object> staff = map(closed, "staff");
		Map<String, Object> open = map(yaml, "open");
		Map<String, Object> answers = map(yaml, "answers");
		List<Band> bands = new ArrayList<>();
		map(yaml, "seniority").forEach((code, value) -> {
			Map<String, Object> band = asMap(value, "seniority." + code);
			Map<String, Double> shift = new LinkedHashMap<>();
			asMap(band.getOrDefault("shift", Map.of()), "seniority." + code + ".shift")
				.forEach((dimension, points) -> shift.put(dimension, number(points, "seniority." + code + ".shift")));
			bands.add(new Band(code.equals("not-given") ? null : seniority(code), integer(band, "share"), shift));
		});
		Map<SeniorityBand, Integer> leadSeniority = new EnumMap<>(SeniorityBand.class);
		map(yaml, "leadSeniority")
			.forEach((code, share) -> leadSeniority.put(seniority(code), (int) number(share, "leadSeniority")));
		Map<Sector, SectorProfile> sectors = new EnumMap<>(Sector.class);
		SectorProfile[] otherSectors = new SectorProfile[1];
		map(yaml, "sectors").forEach((code, value) -> {
			SectorProfile profile = sectorProfile(asMap(value, "sectors." + code), "sectors." + code);
			if (code.equals("default")) {
				otherSectors[0] = profile;
			}
			else {
				sectors.put(Sector.parse(code)
					.orElseThrow(() -> new IllegalArgumentException(
							"demo-assessments.yaml: unknown sector \"" + code + "\"; use one of " + Sector.codes())),
						profile);
			}
		});
		if (otherSectors[0] == null) {
			throw new IllegalArgumentException("demo-assessments.yaml: \"sectors.default\" is required");
		}
		return new DemoAssessmentSeed(((Number) require(yaml, "seed")).longValue(), new Closed(text(closed, "title"),
				text(closed, "series"), text(closed, "staffQuestionnaire"), text(closed, "leadsQuestionnaire"),
				integer(closed, "openedWeeksAgo"),
				new StaffCount(decimal(staff, "perSquareRootOfHeadcount"), integer(staff, "atMost"),
						decimal(staff, "atMostShareOfHeadcount")),
				list(closed, "weekWeights").stream().map((weight) -> (int) number(weight, "weekWeights")).toList()),
				new Open(text(open, "title"), text(open, "series"), text(open, "staffQuestionnaire"),
						integer(open, "openedWeeksAgo"), integer(open, "closesInWeeks"), integer(open, "submitted"),
						integer(open, "drafts")),
				new Scatter(decimal(answers, "personSpread"), decimal(answers, "itemSpread"),
						decimal(answers, "itemBias"), decimal(answers, "notApplicable"), decimal(answers, "dontKnow")),
				List.copyOf(bands), leadSeniority, sectors, otherSectors[0],
				list(yaml, "staffComments").stream().map(Object::toString).toList(),
				list(yaml, "leadComments").stream().map(Object::toString).toList());
	}

	private static SectorProfile sectorProfile(Map<String, Object> yaml, String where) {
		Map<String, Double> agreement = new LinkedHashMap<>();
		map(yaml, "agreement").forEach((key, level) -> {
			double value = number(level, where + ".agreement." + key);
			if (value < 1 || value > 5) {
				throw new IllegalArgumentException(
						"demo-assessments.yaml: " + where + ".agreement." + key + " must be between 1 and 5");
			}
			agreement.put(key, value);
		});
		Map<Profession, Integer> professions = new EnumMap<>(Profession.class);
		map(yaml, "professions")
			.forEach((code, weight) -> professions.put(
					Profession.parse(code)
						.orElseThrow(() -> new IllegalArgumentException("demo-assessments.yaml: " + where
								+ ".professions: unknown profession \"" + code + "\"")),
					(int) number(weight, where + ".professions")));
		return new SectorProfile(integer(yaml, "leads"), agreement, professions);
	}

	private static SeniorityBand seniority(String code) {
		return SeniorityBand.parse(code)
			.orElseThrow(
					() -> new IllegalArgumentException("demo-assessments.yaml: unknown seniority \"" + code + "\""));
	}

	private static Object require(Map<String, Object> map, String key) {
		return Optional.ofNullable(map.get(key))
			.orElseThrow(() -> new IllegalArgumentException("demo-assessments.yaml: \"" + key + "\" is required"));
	}

	private static Map<String, Object> map(Map<String, Object> map, String key) {
		return asMap(require(map, key), key);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> asMap(Object value, String where) {
		if (!(value instanceof Map<?, ?> map)) {
			throw new IllegalArgumentException("demo-assessments.yaml: \"" + where + "\" must be a map");
		}
		return (Map<String, Object>) map;
	}

	private static List<?> list(Map<String, Object> map, String key) {
		if (!(require(map, key) instanceof List<?> list) || list.isEmpty()) {
			throw new IllegalArgumentException("demo-assessments.yaml: \"" + key + "\" must be a non-empty list");
		}
		return list;
	}

	private static String text(Map<String, Object> map, String key) {
		return require(map, key).toString();
	}

	private static double decimal(Map<String, Object> map, String key) {
		return number(require(map, key), key);
	}

	private static int integer(Map<String, Object> map, String key) {
		return (int) number(require(map, key), key);
	}

	private static double number(Object value, String where) {
		if (!(value instanceof Number number)) {
			throw new IllegalArgumentException("demo-assessments.yaml: \"" + where + "\" must be a number");
		}
		return number.doubleValue();
	}

}
