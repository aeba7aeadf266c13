/**
 * Board packs and data out: the Word board report, the Excel workbook and the CSV files
 * of an assessment, built only from what the scoring layer has already suppressed
 * ({@link org.threefold.scoring.ResultsService}) and from anonymised response rows, with
 * text cells neutralised against formula injection
 * ({@link org.threefold.export.SafeText}).
 * <p>
 * API: {@link org.threefold.export.ExportService} writes one {@link ExportFormat} to a
 * stream; {@link org.threefold.export.ExportJobs} runs it in the background with
 * progress. Other modules add chapters to the board report by declaring a
 * {@link org.threefold.export.ReportSection} bean and sheets to the workbook with a
 * {@link org.threefold.export.WorkbookSection} bean, without changing this module. The
 * rules are in docs/exports.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Exports")
package org.threefold.export;
