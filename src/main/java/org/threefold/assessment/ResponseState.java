package org.threefold.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.threefold.questionnaire.AnswerRules;
import org.threefold.questionnaire.Audience;
import org.threefold.questionnaire.Item;
import org.threefold.questionnaire.ItemSpec;
import org.threefold.questionnaire.QuestionnaireDefinition;
import org.threefold.questionnaire.Section;
import org.threefold.questionnaire.ShowIfRule;

/**
 * A response as its author sees it: the questions, the answers saved so far, and whether
 * it can still change.
 */
public record ResponseState(String assessmentTitle, String partnerName, Audience audience,
		QuestionnaireDefinition questionnaire, List<PartnerChoice> partners, Map<AnswerKey, String> answers,
		boolean open, LocalDate closesOn, boolean submitted, String receiptCode, int scoreThreshold,
		int textThreshold) {

	public String answer(String itemId) {
		return this.answers.get(AnswerKey.of(itemId));
	}

	public String answer(String itemId, String subKey) {
		return this.answers.get(new AnswerKey(itemId, subKey));
	}

	/** This state with one answer set, or cleared when {@code value} is null. */
	public ResponseState withAnswer(AnswerKey key, String value) {
		Map<AnswerKey, String> changed = new java.util.LinkedHashMap<>(this.answers);
		if (value == null) {
			changed.remove(key);
		}
		else {
			changed.put(key, value);
		}
		return new ResponseState(this.assessmentTitle, this.partnerName, this.audience, this.questionnaire,
				this.partners, java.util.Collections.unmodifiableMap(changed), this.open, this.closesOn, this.submitted,
				this.receiptCode, this.scoreThreshold, this.textThreshold);
	}

	/** Answers without a sub-key, which are the ones show-if conditions test. */
	public Map<String, String> singleAnswers() {
		Map<String, String> single = new HashMap<>();
		this.answers.forEach((key, value) -> {
			if (key.subKey().equals(AnswerRules.NO_SUB_KEY)) {
				single.put(key.itemId(), value);
			}
		});
		return single;
	}

	public boolean visible(Item item) {
		return ShowIfRule.visibleWithChain(this.questionnaire, item, singleAnswers());
	}

	/**
	 * The partners a question asks about: all partners taking part, less the respondent's
	 * own organisation for a partner matrix with {@code includeSelf: false}. (Partner
	 * names are unique within an ICS, so the own partner is found by name.)
	 */
	public List<PartnerChoice> partnersFor(Item item) {
		if (item.spec() instanceof ItemSpec.PartnerMatrix matrix && !matrix.includeSelf()) {
			return this.partners.stream().filter((p) -> !p.name().equals(this.partnerName)).toList();
		}
		return this.partners;
	}

	public boolean answered(Item item) {
		return switch (item.spec()) {
			case ItemSpec.PartnerMatrix matrix ->
				partnersFor(item).stream().allMatch((p) -> answer(item.id(), p.key()) != null);
			case ItemSpec.Allocation allocation ->
				allocation.overPartners() ? this.partners.stream().anyMatch((p) -> answer(item.id(), p.key()) != null)
						: allocation.options().stream().anyMatch((o) -> answer(item.id(), o.value()) != null);
			default -> answer(item.id()) != null;
		};
	}

	/**
	 * What still stops this section being complete: required questions without an answer
	 * and points that do not add up. Hidden questions are never required.
	 */
	public List<String> problems(Section section) {
		List<String> problems = new ArrayList<>();
		for (Item item : section.items()) {
			if (!visible(item)) {
				continue;
			}
			if (item.required() && !answered(item)) {
				problems.add("Please answer: " + item.text());
			}
			if (item.spec() instanceof ItemSpec.Allocation allocation && answered(item)) {
				List<String> points = (allocation.overPartners() ? this.partners.stream().map(PartnerChoice::key)
						: allocation.options().stream().map((o) -> o.value()))
					.map((key) -> answer(item.id(), key))
					.filter(java.util.Objects::nonNull)
					.toList();
				try {
					AnswerRules.checkAllocationTotal(item, points);
				}
				catch (RuntimeException ex) {
					problems.add(ex.getMessage());
				}
			}
		}
		return problems;
	}

	/**
	 * Where to pick up: the section after the last one with an answer in it, unless that
	 * one still has something to fix. Optional questions left blank do not hold a
	 * respondent back.
	 */
	public int resumeSection() {
		List<Section> sections = this.questionnaire.sections();
		int last = -1;
		for (int i = 0; i < sections.size(); i++) {
			if (sections.get(i).items().stream().anyMatch((item) -> visible(item) && answered(item))) {
				last = i;
			}
		}
		if (last < 0) {
			return 0;
		}
		if (!problems(sections.get(last)).isEmpty()) {
			return last;
		}
		return Math.min(last + 1, sections.size() - 1);
	}

}
