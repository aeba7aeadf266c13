/**
 * Action plans that close the loop: actions suggested for the weakest sub-dimensions of
 * an assessment from the action library, each with the evidence that triggered it; the
 * leader accepts, edits or dismisses them, names an owner partner, a due date and a
 * status, and adds their own; actions agreed in workshops join the same plan (through the
 * {@link org.threefold.shared.WorkshopActionAgreed} event); and the next assessment in
 * the series shows whether the linked sub-dimensions moved.
 * <p>
 * API: {@link org.threefold.actionplan.ActionPlanService} and its records; the rules that
 * pick suggestions are plain Java in {@link org.threefold.actionplan.SuggestionRules}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Action plans")
package org.threefold.actionplan;
