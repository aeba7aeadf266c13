/**
 * Power dynamics between partners, made visible: who is seen to influence shared
 * decisions, who is treated as an equal and trusted with data, and who is seen to carry
 * the cost and risk of joint work and who gets the benefit (seed-digest §5; 001 §3 "Power
 * dynamics"). Answers to the partner-matrix and allocation questions are aggregated in
 * SQL (rater partner × rated partner) and every cell is suppressed with the scoring
 * layer's {@link org.threefold.scoring.Suppressor}, like every other score.
 * <p>
 * API: {@link org.threefold.power.PowerService} returning
 * {@link org.threefold.power.PowerMaps}; the generic {@link org.threefold.power.Heatmap}
 * model and {@link org.threefold.power.HeatmapPicture}, which draws any heatmap as a PNG
 * with its text alternative, for screens and exports (the workshop voice heatmaps reuse
 * them). The method is in docs/power-and-actions.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Power dynamics")
package org.threefold.power;
