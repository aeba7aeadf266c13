package org.threefold.partner;

import java.util.Optional;

/**
 * Seniority levels named in the seeds (seed-digest §6.2: ICS board leaders, organisation
 * leaders, senior managers, team leaders, frontline staff). {@link #leadership()} splits
 * them for the leaders-versus-frontline perception gap; team leaders sit in neither half
 * so the gap compares the two ends honestly.
 */
public enum SeniorityBand {

	BOARD_EXECUTIVE("Board or executive", Half.LEADERSHIP), SENIOR_LEADER("Senior leader", Half.LEADERSHIP),
	MANAGER_TEAM_LEADER("Manager or team leader", Half.NEITHER), FRONTLINE("Frontline staff", Half.FRONTLINE);

	enum Half {

		LEADERSHIP, FRONTLINE, NEITHER

	}

	private final String label;

	private final Half half;

	SeniorityBand(String label, Half half) {
		this.label = label;
		this.half = half;
	}

	public String label() {
		return this.label;
	}

	public boolean leadership() {
		return this.half == Half.LEADERSHIP;
	}

	public boolean frontline() {
		return this.half == Half.FRONTLINE;
	}

	public String code() {
		return ReferenceLists.code(this);
	}

	public static Optional<SeniorityBand> parse(String text) {
		return ReferenceLists.parse(values(), text, SeniorityBand::code, SeniorityBand::label);
	}

}
