package org.threefold.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.threefold.partner.Profession;
import org.threefold.partner.Sector;
import org.threefold.partner.SeniorityBand;

/**
 * Rolls aggregate rows up into every grouping, applies {@link Suppressor}, and turns what
 * may be shown into {@link GroupResult}s. Plain Java: the database has already reduced
 * the respondent scores to {@link Moments}.
 */
public final class ResultsBuilder {

	static final String ICS = "ics";

	static final String NOT_GIVEN = "NOT_GIVEN";

	/** A partner as grouping needs it. */
	public record PartnerInfo(String name, Sector sector) {
	}

	/** One aggregate row from the database. */
	public record Row(long partnerId, String profession, String seniority, String scaleKey, Moments moments) {
	}

	/**
	 * The built groups, with the per-cell moments kept inside for change and gap checks.
	 */
	public record Built(GroupResult ics, Map<Grouping, List<GroupResult>> groups, Map<String, Double> partnerWeighted,
			Map<String, Integer> partnersLeftOut) {
	}

	private final int threshold;

	private final List<Scale> scales;

	private final Map<Long, PartnerInfo> partners;

	public ResultsBuilder(int threshold, List<Scale> scales, Map<Long, PartnerInfo> partners) {
		this.threshold = threshold;
		this.scales = List.copyOf(scales);
		this.partners = Map.copyOf(partners);
	}

	public Built build(List<Row> rows) {
		Map<Suppressor.Key, Moments> cells = new HashMap<>();
		for (Row row : rows) {
			PartnerInfo partner = this.partners.get(row.partnerId());
			if (partner == null) {
				continue;
			}
			String seniority = (row.seniority() == null) ? NOT_GIVEN : row.seniority();
			add(cells, Grouping.ICS, ICS, row);
			add(cells, Grouping.PARTNER, Long.toString(row.partnerId()), row);
			add(cells, Grouping.SECTOR, partner.sector().name(), row);
			add(cells, Grouping.NHS_STATUS, partner.sector().nhs() ? "NHS" : "NON_NHS", row);
			add(cells, Grouping.PROFESSION, (row.profession() == null) ? NOT_GIVEN : row.profession(), row);
			add(cells, Grouping.SENIORITY, seniority, row);
			add(cells, Grouping.LEADERSHIP, half(seniority), row);
		}
		Map<Suppressor.Key, Long> counts = new HashMap<>();
		cells.forEach((key, moments) -> counts.put(key, moments.n()));
		Map<Suppressor.Key, Cell.Reason> withheld = Suppressor.withheld(counts, partitions(cells.keySet()),
				this.threshold);

		Map<Grouping, List<GroupResult>> groups = new LinkedHashMap<>();
		for (Grouping grouping : Grouping.values()) {
			Set<String> keys = new TreeSet<>();
			cells.keySet().stream().filter((key) -> key.grouping() == grouping).forEach((key) -> keys.add(key.group()));
			List<GroupResult> results = new ArrayList<>();
			for (String group : keys) {
				Map<String, Cell> row = new LinkedHashMap<>();
				for (Scale scale : this.scales) {
					Suppressor.Key key = new Suppressor.Key(grouping, group, scale.key());
					row.put(scale.key(), cell(cells.get(key), withheld.get(key)));
				}
				results.add(new GroupResult(grouping, group, label(grouping, group), row));
			}
			results.sort(Comparator.comparing(GroupResult::label));
			groups.put(grouping, results);
		}
		GroupResult ics = groups.remove(Grouping.ICS)
			.stream()
			.findFirst()
			.orElseGet(() -> new GroupResult(Grouping.ICS, ICS, label(Grouping.ICS, ICS), Map.of()));
		Map<String, Double> partnerWeighted = new LinkedHashMap<>();
		Map<String, Integer> leftOut = new LinkedHashMap<>();
		for (Scale scale : this.scales) {
			List<Cell> partnerCells = groups.get(Grouping.PARTNER).stream().map((g) -> g.cell(scale)).toList();
			List<Double> means = partnerCells.stream()
				.filter(Cell::shown)
				.map((cell) -> ((Cell.Shown) cell).statistic().mean())
				.toList();
			if (!means.isEmpty()) {
				partnerWeighted.put(scale.key(),
						means.stream().mapToDouble(Double::doubleValue).average().orElseThrow());
			}
			leftOut.put(scale.key(),
					(int) partnerCells.stream().filter((cell) -> cell instanceof Cell.Withheld).count());
		}
		return new Built(ics, groups, partnerWeighted, leftOut);
	}

	/**
	 * Leaders or frontline (MEASUREMENT.md perception gap); managers and not-given sit
	 * apart.
	 */
	static String half(String seniority) {
		if (seniority.equals(NOT_GIVEN)) {
			return "OTHERS";
		}
		SeniorityBand band = SeniorityBand.valueOf(seniority);
		return band.leadership() ? "LEADERS" : band.frontline() ? "FRONTLINE" : "OTHERS";
	}

	private List<Suppressor.Partition> partitions(Set<Suppressor.Key> keys) {
		List<Suppressor.Partition> partitions = new ArrayList<>();
		for (Scale scale : this.scales) {
			Suppressor.Key total = new Suppressor.Key(Grouping.ICS, ICS, scale.key());
			for (Grouping grouping : List.of(Grouping.PARTNER, Grouping.SECTOR, Grouping.NHS_STATUS,
					Grouping.PROFESSION, Grouping.SENIORITY, Grouping.LEADERSHIP)) {
				partitions.add(new Suppressor.Partition(total, partsOf(keys, grouping, scale, (group) -> true)));
			}
			for (Sector sector : Sector.values()) {
				partitions.add(new Suppressor.Partition(new Suppressor.Key(Grouping.SECTOR, sector.name(), scale.key()),
						partsOf(keys, Grouping.PARTNER, scale,
								(group) -> this.partners.get(Long.parseLong(group)).sector() == sector)));
			}
			for (String status : List.of("NHS", "NON_NHS")) {
				partitions.add(new Suppressor.Partition(new Suppressor.Key(Grouping.NHS_STATUS, status, scale.key()),
						partsOf(keys, Grouping.SECTOR, scale,
								(group) -> Sector.valueOf(group).nhs() == status.equals("NHS"))));
			}
			for (String half : List.of("LEADERS", "FRONTLINE", "OTHERS")) {
				partitions.add(new Suppressor.Partition(new Suppressor.Key(Grouping.LEADERSHIP, half, scale.key()),
						partsOf(keys, Grouping.SENIORITY, scale, (group) -> half(group).equals(half))));
			}
		}
		return partitions;
	}

	private static List<Suppressor.Key> partsOf(Set<Suppressor.Key> keys, Grouping grouping, Scale scale,
			java.util.function.Predicate<String> belongs) {
		return keys.stream()
			.filter((key) -> key.grouping() == grouping && key.scale().equals(scale.key()) && belongs.test(key.group()))
			.toList();
	}

	private Cell cell(Moments moments, Cell.Reason reason) {
		if (moments == null || moments.n() == 0) {
			return new Cell.Empty();
		}
		if (reason == Cell.Reason.TOO_FEW) {
			return new Cell.Withheld(reason, "Fewer than " + this.threshold + " responses");
		}
		if (reason == Cell.Reason.PROTECTS_ANOTHER) {
			return new Cell.Withheld(reason, "Withheld so that a smaller group cannot be worked out from the others");
		}
		return new Cell.Shown(Statistic.of(moments));
	}

	private String label(Grouping grouping, String group) {
		return switch (grouping) {
			case ICS -> "Whole partnership";
			case PARTNER -> this.partners.get(Long.parseLong(group)).name();
			case SECTOR -> Sector.valueOf(group).label();
			case NHS_STATUS -> group.equals("NHS") ? "NHS organisations" : "Non-NHS organisations";
			case PROFESSION -> group.equals(NOT_GIVEN) ? "Not given" : Profession.valueOf(group).label();
			case SENIORITY -> group.equals(NOT_GIVEN) ? "Not given" : SeniorityBand.valueOf(group).label();
			case LEADERSHIP -> switch (group) {
				case "LEADERS" -> "Leaders (board, executive and senior)";
				case "FRONTLINE" -> "Frontline staff";
				default -> "Managers, team leaders and not given";
			};
		};
	}

	private static void add(Map<Suppressor.Key, Moments> cells, Grouping grouping, String group, Row row) {
		cells.merge(new Suppressor.Key(grouping, group, row.scaleKey()), row.moments(), Moments::plus);
	}

}
