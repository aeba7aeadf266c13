/**
 * Group results of an assessment: statistics per grouping (partner, sector, NHS or not,
 * profession, seniority, leaders or frontline, whole ICS) for every dimension and
 * sub-dimension, with disclosure control applied here, in the scoring layer, so that no
 * screen, export or API can show a withheld number. The method is in docs/scoring.md.
 * <p>
 * API: {@link org.threefold.scoring.ResultsService} returning
 * {@link org.threefold.scoring.AssessmentResults}. Statistics and suppression
 * ({@link org.threefold.scoring.Suppressor}) are plain Java.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Scoring and results")
package org.threefold.scoring;
