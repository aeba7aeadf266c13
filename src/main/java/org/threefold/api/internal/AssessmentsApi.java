package org.threefold.api.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.threefold.assessment.AssessmentService;
import org.threefold.assessment.AssessmentSummary;
import org.threefold.export.ExportFile;
import org.threefold.export.ExportFormat;
import org.threefold.export.ExportService;
import org.threefold.export.Progress;
import org.threefold.scoring.AssessmentResults;
import org.threefold.scoring.Cell;
import org.threefold.scoring.GroupResult;
import org.threefold.scoring.Grouping;
import org.threefold.scoring.ResultsService;
import org.threefold.scoring.Scale;
import org.threefold.shared.NotFoundException;
import org.threefold.shared.ValidationException;

/**
 * {@code /api/v1/assessments}: the list, scores by grouping and the export files. Every
 * call goes through the secured services as the token's board viewer, so another ICS's
 * assessment is "not found" (404) and withheld scores have no numbers.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
class AssessmentsApi {

	/** The groupings the API offers, by their names in the address. */
	static final Map<String, Grouping> GROUP_BY = Map.of("ics", Grouping.ICS, "partner", Grouping.PARTNER, "sector",
			Grouping.SECTOR, "profession", Grouping.PROFESSION, "seniority", Grouping.SENIORITY);

	private final AssessmentService assessments;

	private final ResultsService results;

	private final ExportService exports;

	private final PlanPowerWorkshopApi planPowerWorkshop;

	AssessmentsApi(AssessmentService assessments, ResultsService results, ExportService exports,
			PlanPowerWorkshopApi planPowerWorkshop) {
		this.planPowerWorkshop = planPowerWorkshop;
		this.assessments = assessments;
		this.results = results;
		this.exports = exports;
	}

	@GetMapping("/assessments")
	List<ApiRecords.Assessment> assessments() {
		return this.assessments.list().stream().map(AssessmentsApi::assessment).toList();
	}

	@GetMapping("/assessments/{id}/scores")
	ApiRecords.Scores scores(@PathVariable("id") long id,
			@RequestParam(name = "groupBy", defaultValue = "partner") String groupBy) {
		Grouping grouping = GROUP_BY.get(groupBy.toLowerCase(Locale.ROOT));
		if (grouping == null) {
			throw new ValidationException("groupBy must be one of partner, sector, profession, seniority or ics");
		}
		AssessmentResults results = this.results.results(ApiErrors.assessmentId(id));
		String hash = ExportService.dataHash(this.assessments.get(ApiErrors.assessmentId(id)), results);
		List<GroupResult> groups = (grouping == Grouping.ICS) ? List.of(results.ics()) : results.groups(grouping);
		return new ApiRecords.Scores(id, results.title(), groupBy.toLowerCase(Locale.ROOT), results.threshold(), hash,
				groups.stream().map((group) -> group(group, results.scales())).toList());
	}

	@GetMapping(path = "/assessments/{id}/exports/{file}", produces = "*/*")
	void export(@PathVariable("id") long id, @PathVariable("file") String file, HttpServletResponse response)
			throws IOException {
		var actionPlan = org.threefold.export.ActionPlanExport.Kind.fromFileName(file);
		if (actionPlan.isPresent()) {
			this.planPowerWorkshop.actionPlanExport(id, actionPlan.get(), response);
			return;
		}
		ExportFormat format = ExportFormat.fromFileName(file)
			.orElseThrow(() -> new NotFoundException("Export " + file + " (choose one of "
					+ String.join(", ", Arrays.stream(ExportFormat.values()).map(ExportFormat::fileName).toList())
					+ ")"));
		ExportFile described = this.exports.describe(ApiErrors.assessmentId(id), format);
		response.setContentType(format.contentType());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + described.fileName() + "\"");
		try (OutputStream out = response.getOutputStream()) {
			this.exports.write(ApiErrors.assessmentId(id), format, out, Progress.NONE);
		}
	}

	private static ApiRecords.Assessment assessment(AssessmentSummary summary) {
		return new ApiRecords.Assessment(summary.id().value(), summary.title(), summary.series(),
				summary.status().name().toLowerCase(Locale.ROOT), summary.opensOn().toString(),
				summary.closesOn().toString(), summary.submitted());
	}

	private static ApiRecords.Group group(GroupResult group, List<Scale> scales) {
		List<ApiRecords.Score> scores = new ArrayList<>();
		for (Scale scale : scales) {
			String kind = scale.kind().name().toLowerCase(Locale.ROOT);
			String dimension = (scale.dimension() != null) ? scale.dimension().code() : null;
			scores.add(switch (group.cell(scale)) {
				case Cell.Shown shown -> {
					var s = shown.statistic();
					yield new ApiRecords.Score(kind, scale.id(), scale.label(), dimension, s.n(), round(s.mean()),
							round(s.ciLow()), round(s.ciHigh()),
							Double.isNaN(s.agreement()) ? null : round(s.agreement()), false, null);
				}
				case Cell.Withheld withheld -> new ApiRecords.Score(kind, scale.id(), scale.label(), dimension, null,
						null, null, null, null, true, withheld.explanation());
				case Cell.Empty empty -> new ApiRecords.Score(kind, scale.id(), scale.label(), dimension, 0L, null,
						null, null, null, false, "No responses in this group");
			});
		}
		return new ApiRecords.Group(group.key(), group.label(), scores);
	}

	private static double round(double value) {
		return Math.round(value * 100) / 100.0;
	}

}
