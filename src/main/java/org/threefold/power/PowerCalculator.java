package org.threefold.power;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.threefold.partner.BudgetBand;
import org.threefold.partner.Sector;
import org.threefold.scoring.Cell;
import org.threefold.scoring.Grouping;
import org.threefold.scoring.Moments;
import org.threefold.scoring.Statistic;
import org.threefold.scoring.Suppressor;

/**
 * Turns aggregated ratings (rater partner × measure × rated partner, as count, sum and
 * sum of squares from SQL) into suppressed heatmaps. Plain Java, so every rule has a fast
 * test; the method is in docs/power-and-actions.md.
 * <p>
 * A partner's own people count only in its self-view (its own row in the partner view);
 * every other row is how others see it. Disclosure control reuses the scoring layer's
 * {@link Suppressor}: for each measure and rated partner, the other partners, the sectors
 * and the NHS and non-NHS rows each add up to "everyone but the partner itself", a
 * sector's partners add up to the sector and a status's sectors to the status. So no
 * shown total minus shown parts can reveal a withheld cell.
 */
public final class PowerCalculator {

	/** Key of everyone but the rated partner's own people. */
	static final String OTHERS = "others";

	/** Rough budgets in £m for each band: geometric midpoints, £1bn for the top band. */
	static final Map<BudgetBand, Double> BUDGET_MIDPOINTS = Map.of(BudgetBand.UNDER_1M, 0.5, BudgetBand.FROM_1M_TO_10M,
			3.2, BudgetBand.FROM_10M_TO_100M, 32.0, BudgetBand.FROM_100M_TO_500M, 224.0, BudgetBand.OVER_500M, 1000.0);

	/**
	 * What the database returns: the answers of one rater partner's people about one
	 * rated partner on one measure. Matrix answers are on the 0–100 scale; allocations
	 * are points out of 100, and n counts every rater who answered the question, so a
	 * partner given nothing counts as 0.
	 */
	public record Rating(long rater, String measure, long rated, Moments moments) {
	}

	/** A partner taking part, in column order. */
	public record PartnerFacts(long id, String name, Sector sector, Integer headcount, BudgetBand budgetBand) {
	}

	private final int threshold;

	private final List<PartnerFacts> partners;

	private final Map<Long, PartnerFacts> byId = new LinkedHashMap<>();

	public PowerCalculator(int threshold, List<PartnerFacts> partners) {
		this.threshold = threshold;
		this.partners = List.copyOf(partners);
		this.partners.forEach((p) -> this.byId.put(p.id(), p));
	}

	/** The partner-matrix heatmap of one measure, with self-views and asymmetries. */
	public PowerMaps.Matrix matrix(MatrixMeasure measure, RaterGrouping grouping, List<Rating> ratings) {
		Cube cube = new Cube(measure.code(), ratings);
		List<String> rowKeys = cube.groupKeys(grouping);
		List<List<HeatCell>> cells = new ArrayList<>();
		List<String> rowLabels = new ArrayList<>();
		List<String> withheldRows = new ArrayList<>();
		for (String row : rowKeys) {
			List<HeatCell> line = new ArrayList<>();
			for (PartnerFacts rated : this.partners) {
				line.add(cube.cell(grouping.grouping(), row, rated.id(), Double.NaN));
			}
			// A row with nothing to show is named below the map instead of drawn.
			if (line.stream().anyMatch(HeatCell.Shown.class::isInstance)) {
				rowLabels.add(label(grouping, row));
				cells.add(line);
			}
			else {
				withheldRows.add(label(grouping, row));
			}
		}
		rowLabels.add("Everyone but the partner itself");
		cells.add(this.partners.stream().map((p) -> cube.cell(Grouping.ICS, OTHERS, p.id(), Double.NaN)).toList());
		Heatmap heatmap = new Heatmap(measure.title(), grouping.heading(), "Partner rated", rowLabels, numbers(),
				names(), cells, Heatmap.Scale.SCORE, "",
				"Each cell is the average rating, from 0 (not at all) to 100 (to a great extent), that people in "
						+ "the row's organisations gave the partner of the column, with how many rated it (n). A "
						+ "partner's own people count only in its self-view, its own cell in the partner rows.");
		return new PowerMaps.Matrix(measure, heatmap, withheldRows, selfViews(cube), asymmetries(cube));
	}

	/** Cost, risk and benefit as others allocate them, against equal and size shares. */
	public PowerMaps.Shares shares(List<Rating> allocations, Set<ShareMeasure> asked) {
		double equal = this.partners.isEmpty() ? Double.NaN : 100.0 / this.partners.size();
		Map<ShareMeasure, Cube> cubes = new EnumMap<>(ShareMeasure.class);
		for (ShareMeasure measure : ShareMeasure.values()) {
			if (asked.contains(measure)) {
				cubes.put(measure, new Cube(measure.code(), allocations));
			}
		}
		double headcountTotal = this.partners.stream()
			.filter((p) -> p.headcount() != null)
			.mapToDouble(PartnerFacts::headcount)
			.sum();
		double budgetTotal = this.partners.stream()
			.filter((p) -> p.budgetBand() != null)
			.mapToDouble((p) -> BUDGET_MIDPOINTS.get(p.budgetBand()))
			.sum();
		List<PowerMaps.ShareRow> rows = new ArrayList<>();
		List<List<HeatCell>> cells = new ArrayList<>();
		for (PartnerFacts partner : this.partners) {
			Map<ShareMeasure, HeatCell> byOthers = new EnumMap<>(ShareMeasure.class);
			cubes.forEach(
					(measure, cube) -> byOthers.put(measure, cube.cell(Grouping.ICS, OTHERS, partner.id(), equal)));
			double headcount = (partner.headcount() == null || headcountTotal == 0) ? Double.NaN
					: 100.0 * partner.headcount() / headcountTotal;
			double budget = (partner.budgetBand() == null || budgetTotal == 0) ? Double.NaN
					: 100.0 * BUDGET_MIDPOINTS.get(partner.budgetBand()) / budgetTotal;
			rows.add(new PowerMaps.ShareRow(partner.name(), byOthers, equal, headcount, budget));
			List<HeatCell> line = new ArrayList<>(byOthers.values());
			line.add(new HeatCell.Reference(equal));
			line.add(Double.isNaN(headcount) ? new HeatCell.Empty() : new HeatCell.Reference(headcount));
			line.add(Double.isNaN(budget) ? new HeatCell.Empty() : new HeatCell.Reference(budget));
			cells.add(line);
		}
		List<String> columns = new ArrayList<>();
		List<String> key = new ArrayList<>();
		cubes.keySet().forEach((measure) -> {
			columns.add(measure.label());
			key.add(measure.label() + ": average share of 100 points the other partners' people give it");
		});
		columns.addAll(List.of("Equal", "Staff", "Budget"));
		key.addAll(List.of("An equal share: 100 divided by the number of partners",
				"Its share of all partners' staff (headcount)",
				"Its share by budget band (middle of each band; £1bn for the top band)"));
		Heatmap heatmap = new Heatmap("Who carries the cost and risk, and who benefits", "Partner",
				"Share of 100 points", this.partners.stream().map(PartnerFacts::name).toList(), columns, key, cells,
				Heatmap.Scale.DIFFERENCE, "%",
				"Each coloured cell is the share of 100 points that people in the other partners gave the partner, "
						+ "with n. Its colour compares it with an equal share; the white columns compare it with "
						+ "the partner's size.");
		return new PowerMaps.Shares(heatmap, rows, equal);
	}

	private List<PowerMaps.SelfView> selfViews(Cube cube) {
		List<PowerMaps.SelfView> views = new ArrayList<>();
		for (PartnerFacts partner : this.partners) {
			HeatCell self = cube.cell(Grouping.PARTNER, Long.toString(partner.id()), partner.id(), Double.NaN);
			HeatCell others = cube.cell(Grouping.ICS, OTHERS, partner.id(), Double.NaN);
			double gap = Double.NaN;
			boolean clear = false;
			if (self instanceof HeatCell.Shown s && others instanceof HeatCell.Shown o) {
				gap = s.value() - o.value();
				clear = cube.statistic(Grouping.PARTNER, Long.toString(partner.id()), partner.id())
					.clearlyDifferentFrom(cube.statistic(Grouping.ICS, OTHERS, partner.id()));
			}
			views.add(new PowerMaps.SelfView(partner.name(), self, others, gap, clear));
		}
		return views;
	}

	private List<PowerMaps.Asymmetry> asymmetries(Cube cube) {
		List<PowerMaps.Asymmetry> pairs = new ArrayList<>();
		for (int i = 0; i < this.partners.size(); i++) {
			for (int j = i + 1; j < this.partners.size(); j++) {
				PartnerFacts a = this.partners.get(i);
				PartnerFacts b = this.partners.get(j);
				String aKey = Long.toString(a.id());
				String bKey = Long.toString(b.id());
				if (cube.cell(Grouping.PARTNER, aKey, b.id(), Double.NaN) instanceof HeatCell.Shown ab
						&& cube.cell(Grouping.PARTNER, bKey, a.id(), Double.NaN) instanceof HeatCell.Shown ba) {
					boolean clear = cube.statistic(Grouping.PARTNER, aKey, b.id())
						.clearlyDifferentFrom(cube.statistic(Grouping.PARTNER, bKey, a.id()));
					double difference = ab.value() - ba.value();
					// The partner seen as stronger by the other comes second, so each
					// pair
					// reads "A's people rate B higher than B's people rate A".
					pairs.add((difference >= 0) ? new PowerMaps.Asymmetry(a.name(), b.name(), ab, ba, difference, clear)
							: new PowerMaps.Asymmetry(b.name(), a.name(), ba, ab, -difference, clear));
				}
			}
		}
		pairs.sort(Comparator.comparingDouble((PowerMaps.Asymmetry p) -> -p.difference())
			.thenComparing(PowerMaps.Asymmetry::a));
		return pairs;
	}

	private List<String> numbers() {
		List<String> numbers = new ArrayList<>();
		for (int i = 1; i <= this.partners.size(); i++) {
			numbers.add(Integer.toString(i));
		}
		return numbers;
	}

	private List<String> names() {
		return this.partners.stream().map(PartnerFacts::name).toList();
	}

	private String label(RaterGrouping grouping, String key) {
		return switch (grouping) {
			case PARTNER -> this.byId.get(Long.parseLong(key)).name();
			case SECTOR -> Sector.valueOf(key).label();
			case NHS_STATUS -> key.equals("NHS") ? "NHS organisations" : "Non-NHS organisations";
		};
	}

	private static String status(Sector sector) {
		return sector.nhs() ? "NHS" : "NON_NHS";
	}

	/**
	 * One measure's moments in every grouping, with the suppression decided once for all
	 * of them, so that the partner, sector and NHS views of one measure can never be
	 * differenced against each other.
	 */
	private final class Cube {

		private final Map<Suppressor.Key, Moments> moments = new LinkedHashMap<>();

		private final Map<Suppressor.Key, Cell.Reason> withheld;

		Cube(String measure, List<Rating> ratings) {
			List<Suppressor.Partition> partitions = new ArrayList<>();
			for (Rating rating : ratings) {
				PartnerFacts rater = PowerCalculator.this.byId.get(rating.rater());
				if (!rating.measure().equals(measure) || rater == null
						|| !PowerCalculator.this.byId.containsKey(rating.rated()) || rating.moments().n() == 0) {
					continue;
				}
				String scale = Long.toString(rating.rated());
				add(new Suppressor.Key(Grouping.PARTNER, Long.toString(rater.id()), scale), rating.moments());
				// A partner's own people count only in its self-view: every other row is
				// how others see it.
				if (rater.id() != rating.rated()) {
					add(new Suppressor.Key(Grouping.SECTOR, rater.sector().name(), scale), rating.moments());
					add(new Suppressor.Key(Grouping.NHS_STATUS, status(rater.sector()), scale), rating.moments());
					add(new Suppressor.Key(Grouping.ICS, OTHERS, scale), rating.moments());
				}
			}
			for (PartnerFacts rated : PowerCalculator.this.partners) {
				partitions.addAll(partitions(Long.toString(rated.id()), rated.id()));
			}
			Map<Suppressor.Key, Long> counts = new LinkedHashMap<>();
			this.moments.forEach((key, m) -> counts.put(key, m.n()));
			this.withheld = Suppressor.withheld(counts, partitions, PowerCalculator.this.threshold);
		}

		private void add(Suppressor.Key key, Moments m) {
			this.moments.merge(key, m, Moments::plus);
		}

		/**
		 * How the cells of one rated partner add up. Everyone else's view is the sum of
		 * the other partners' rows, of the sector rows and of the NHS and non-NHS rows;
		 * each sector row is the sum of its partners other than the rated one, and each
		 * status row the sum of its sectors. The self-view adds up to nothing shown, so
		 * it stands alone.
		 */
		private List<Suppressor.Partition> partitions(String scale, long rated) {
			List<PartnerFacts> others = PowerCalculator.this.partners.stream().filter((p) -> p.id() != rated).toList();
			Suppressor.Key total = new Suppressor.Key(Grouping.ICS, OTHERS, scale);
			Map<String, List<Suppressor.Key>> partnersOfSector = new LinkedHashMap<>();
			Map<String, Set<Suppressor.Key>> sectorsOfStatus = new LinkedHashMap<>();
			List<Suppressor.Key> partnerKeys = new ArrayList<>();
			for (PartnerFacts p : others) {
				Suppressor.Key partner = new Suppressor.Key(Grouping.PARTNER, Long.toString(p.id()), scale);
				partnerKeys.add(partner);
				partnersOfSector.computeIfAbsent(p.sector().name(), (s) -> new ArrayList<>()).add(partner);
				sectorsOfStatus.computeIfAbsent(status(p.sector()), (s) -> new LinkedHashSet<>())
					.add(new Suppressor.Key(Grouping.SECTOR, p.sector().name(), scale));
			}
			List<Suppressor.Partition> partitions = new ArrayList<>();
			partitions.add(new Suppressor.Partition(total, partnerKeys));
			partitions.add(new Suppressor.Partition(total,
					partnersOfSector.keySet()
						.stream()
						.map((sector) -> new Suppressor.Key(Grouping.SECTOR, sector, scale))
						.toList()));
			partitions.add(new Suppressor.Partition(total,
					sectorsOfStatus.keySet()
						.stream()
						.map((status) -> new Suppressor.Key(Grouping.NHS_STATUS, status, scale))
						.toList()));
			partnersOfSector.forEach((sector, parts) -> partitions
				.add(new Suppressor.Partition(new Suppressor.Key(Grouping.SECTOR, sector, scale), parts)));
			sectorsOfStatus.forEach((status, parts) -> partitions.add(new Suppressor.Partition(
					new Suppressor.Key(Grouping.NHS_STATUS, status, scale), List.copyOf(parts))));
			return partitions;
		}

		/** Row keys of a grouping that have any rating, in partner order. */
		List<String> groupKeys(RaterGrouping grouping) {
			Set<String> keys = new LinkedHashSet<>();
			for (PartnerFacts p : PowerCalculator.this.partners) {
				String key = switch (grouping) {
					case PARTNER -> Long.toString(p.id());
					case SECTOR -> p.sector().name();
					case NHS_STATUS -> status(p.sector());
				};
				keys.add(key);
			}
			return keys.stream()
				.filter((key) -> this.moments.keySet()
					.stream()
					.anyMatch((k) -> k.grouping() == grouping.grouping() && k.group().equals(key)))
				.toList();
		}

		HeatCell cell(Grouping grouping, String group, long rated, double compareWith) {
			Suppressor.Key key = new Suppressor.Key(grouping, group, Long.toString(rated));
			Moments m = this.moments.get(key);
			if (m == null || m.n() == 0) {
				return new HeatCell.Empty();
			}
			Cell.Reason reason = this.withheld.get(key);
			if (reason != null) {
				return new HeatCell.Withheld(
						(reason == Cell.Reason.TOO_FEW) ? "Fewer than " + PowerCalculator.this.threshold + " responses"
								: "Withheld so that a smaller group cannot be worked out from the others");
			}
			return new HeatCell.Shown(m.mean(), m.n(), compareWith);
		}

		Statistic statistic(Grouping grouping, String group, long rated) {
			return Statistic.of(this.moments.get(new Suppressor.Key(grouping, group, Long.toString(rated))));
		}

	}

}
