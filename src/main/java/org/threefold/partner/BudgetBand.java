package org.threefold.partner;

import java.util.Optional;

/**
 * Annual budget in bands rather than figures: enough to compare a partner's share of cost
 * and risk with its size (seed-digest §5, "large and small" partners in 001 §3) without
 * asking organisations for numbers they may not wish to share.
 */
public enum BudgetBand {

	UNDER_1M("Under £1m"), FROM_1M_TO_10M("£1m to £10m"), FROM_10M_TO_100M("£10m to £100m"),
	FROM_100M_TO_500M("£100m to £500m"), OVER_500M("Over £500m");

	private final String label;

	BudgetBand(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	public String code() {
		return ReferenceLists.code(this);
	}

	public static Optional<BudgetBand> parse(String text) {
		return ReferenceLists.parse(values(), text, BudgetBand::code, BudgetBand::label);
	}

	public static String codes() {
		return ReferenceLists.codes(values(), BudgetBand::code);
	}

}
