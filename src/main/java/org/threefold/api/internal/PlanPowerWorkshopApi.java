package org.threefold.api.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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

import org.threefold.actionplan.ActionPlanService;
import org.threefold.actionplan.PlanAction;
import org.threefold.assessment.AssessmentService;
import org.threefold.export.ActionPlanExport;
import org.threefold.export.ExportFile;
import org.threefold.export.WorkshopReportExport;
import org.threefold.power.HeatCell;
import org.threefold.power.Heatmap;
import org.threefold.power.MatrixMeasure;
import org.threefold.power.PowerMaps;
import org.threefold.power.PowerService;
import org.threefold.power.RaterGrouping;
import org.threefold.scoring.Cell;
import org.threefold.scoring.Grouping;
import org.threefold.scoring.Suppressor;
import org.threefold.shared.AssessmentId;
import org.threefold.shared.NotFoundException;
import org.threefold.shared.ValidationException;
import org.threefold.shared.WorkshopId;
import org.threefold.workshop.VoiceGrouping;
import org.threefold.workshop.VoiceRecord;
import org.threefold.workshop.WorkshopService;
import org.threefold.workshop.WorkshopVoiceService;

/**
 * Power heatmaps, the action plan and workshops as JSON:
 * {@code /api/v1/assessments/{id}/heatmaps/…}, {@code …/actions},
 * {@code /api/v1/workshops}, {@code /api/v1/workshops/{id}/voice} and
 * {@code /api/v1/workshops/{id}/exports/workshop-report.docx}. Every call goes through
 * the secured services as the token's board viewer, so another ICS's ids are "not found"
 * (404) and withheld cells have no figures.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
class PlanPowerWorkshopApi {

	/** The heatmaps by their names in the address. */
	static final Map<String, MatrixMeasure> MATRICES = Map.of("influence", MatrixMeasure.INFLUENCE, "respect",
			MatrixMeasure.RESPECT, "trust", MatrixMeasure.DATA_TRUST);

	static final String SHARES = "cost-risk-benefit";

	/** How heatmap rows may be grouped, by their names in the address. */
	static final Map<String, RaterGrouping> ROWS = Map.of("partner", RaterGrouping.PARTNER, "sector",
			RaterGrouping.SECTOR, "nhs", RaterGrouping.NHS_STATUS);

	/** The voice groupings the API offers; never by participant, which names people. */
	static final Map<String, VoiceGrouping> VOICE = Map.of("sector", VoiceGrouping.SECTOR, "partner",
			VoiceGrouping.PARTNER, "profession", VoiceGrouping.PROFESSION, "seniority", VoiceGrouping.SENIORITY);

	/**
	 * The fewest people a voice group may have for its figures to leave the application
	 * through the API; smaller groups, and any group that would reveal one, are withheld
	 * by the scoring layer's {@link Suppressor}.
	 */
	static final int VOICE_THRESHOLD = 5;

	private final AssessmentService assessments;

	private final PowerService power;

	private final ActionPlanService actions;

	private final WorkshopService workshops;

	private final WorkshopVoiceService voice;

	private final ActionPlanExport actionPlanExport;

	private final WorkshopReportExport workshopReport;

	PlanPowerWorkshopApi(AssessmentService assessments, PowerService power, ActionPlanService actions,
			WorkshopService workshops, WorkshopVoiceService voice, ActionPlanExport actionPlanExport,
			WorkshopReportExport workshopReport) {
		this.actionPlanExport = actionPlanExport;
		this.workshopReport = workshopReport;
		this.assessments = assessments;
		this.power = power;
		this.actions = actions;
		this.workshops = workshops;
		this.voice = voice;
	}

	@GetMapping("/assessments/{id}/heatmaps/{measure}")
	ApiRecords.HeatmapBody heatmap(@PathVariable("id") long id, @PathVariable("measure") String measure,
			@RequestParam(name = "rows", defaultValue = "partner") String rows) {
		String name = measure.toLowerCase(Locale.ROOT);
		if (!MATRICES.containsKey(name) && !SHARES.equals(name)) {
			throw new ValidationException("The heatmap must be one of influence, respect, trust or cost-risk-benefit");
		}
		RaterGrouping grouping = ROWS.get(rows.toLowerCase(Locale.ROOT));
		if (grouping == null) {
			throw new ValidationException("rows must be one of partner, sector or nhs");
		}
		PowerMaps maps = this.power.maps(ApiErrors.assessmentId(id), grouping);
		Heatmap heatmap;
		if (SHARES.equals(name)) {
			if (maps.shares() == null) {
				throw new NotFoundException("Heatmap cost-risk-benefit (not asked in assessment " + id + ")");
			}
			heatmap = maps.shares().heatmap();
		}
		else {
			heatmap = maps.matrices()
				.stream()
				.filter((m) -> m.measure() == MATRICES.get(name))
				.findFirst()
				.orElseThrow(() -> new NotFoundException("Heatmap " + name + " (not asked in assessment " + id + ")"))
				.heatmap();
		}
		List<ApiRecords.HeatCellBody> cells = new ArrayList<>();
		for (int row = 0; row < heatmap.rows().size(); row++) {
			for (int column = 0; column < heatmap.columns().size(); column++) {
				cells.add(cell(heatmap.rows().get(row), heatmap.columnKey().get(column), heatmap.cell(row, column)));
			}
		}
		return new ApiRecords.HeatmapBody(id, maps.title(), name, heatmap.title(), heatmap.rowHeading(),
				heatmap.columnHeading(), heatmap.unit().isEmpty() ? "score" : "percent", maps.threshold(),
				heatmap.rows(), heatmap.columnKey(), cells);
	}

	@GetMapping("/assessments/{id}/actions")
	List<ApiRecords.Action> actions(@PathVariable("id") long id) {
		AssessmentId assessment = ApiErrors.assessmentId(id);
		this.assessments.get(assessment);
		return this.actions.plan()
			.actions()
			.stream()
			.filter((a) -> assessment.equals(a.assessment()))
			.map(PlanPowerWorkshopApi::action)
			.toList();
	}

	@GetMapping("/workshops")
	List<ApiRecords.Workshop> workshops() {
		return this.workshops.list()
			.stream()
			.map((w) -> new ApiRecords.Workshop(w.id().value(), w.title(), w.status().name().toLowerCase(Locale.ROOT),
					w.mode().name().toLowerCase(Locale.ROOT), (w.startsAt() == null) ? null : w.startsAt().toString(),
					w.participants()))
			.toList();
	}

	@GetMapping("/workshops/{id}/voice")
	ApiRecords.Voice voice(@PathVariable("id") long id,
			@RequestParam(name = "groupBy", defaultValue = "sector") String groupBy) {
		VoiceGrouping grouping = VOICE.get(groupBy.toLowerCase(Locale.ROOT));
		if (grouping == null) {
			throw new ValidationException("groupBy must be one of sector, partner, profession or seniority");
		}
		VoiceRecord record = this.voice.voice(ApiErrors.workshopId(id), grouping);
		return voiceBody(id, groupBy.toLowerCase(Locale.ROOT), record);
	}

	/**
	 * The Word report of a finished workshop: 404 for another ICS's or an unknown id, 400
	 * while the workshop has not finished.
	 */
	@GetMapping(path = "/workshops/{id}/exports/" + WorkshopReportExport.FILE_NAME, produces = "*/*")
	void workshopReport(@PathVariable("id") long id, HttpServletResponse response) throws IOException {
		WorkshopId workshop = ApiErrors.workshopId(id);
		ExportFile described = this.workshopReport.describe(workshop);
		response.setContentType(described.contentType());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + described.fileName() + "\"");
		try (OutputStream out = response.getOutputStream()) {
			this.workshopReport.write(workshop, out);
		}
	}

	/**
	 * Writes {@code action-plan.xlsx} or {@code action-plan.docx}; the export address of
	 * {@link AssessmentsApi} hands these names here.
	 */
	void actionPlanExport(long id, ActionPlanExport.Kind kind, HttpServletResponse response) throws IOException {
		ExportFile described = this.actionPlanExport.describe(ApiErrors.assessmentId(id), kind);
		response.setContentType(kind.contentType());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + described.fileName() + "\"");
		try (OutputStream out = response.getOutputStream()) {
			this.actionPlanExport.write(ApiErrors.assessmentId(id), kind, out);
		}
	}

	/**
	 * The voice record with small groups, and any group that would reveal one, withheld.
	 */
	static ApiRecords.Voice voiceBody(long id, String groupBy, VoiceRecord record) {
		Suppressor.Key total = new Suppressor.Key(Grouping.ICS, "all", "voice");
		Map<Suppressor.Key, Long> counts = new LinkedHashMap<>();
		counts.put(total, (long) record.total().people());
		List<Suppressor.Key> parts = new ArrayList<>();
		for (VoiceRecord.VoiceShare row : record.rows()) {
			Suppressor.Key key = new Suppressor.Key(Grouping.PARTNER, row.key(), "voice");
			parts.add(key);
			counts.put(key, (long) row.people());
		}
		Map<Suppressor.Key, Cell.Reason> withheld = Suppressor.withheld(counts,
				List.of(new Suppressor.Partition(total, parts)), VOICE_THRESHOLD);
		List<ApiRecords.VoiceGroup> groups = new ArrayList<>();
		for (int i = 0; i < record.rows().size(); i++) {
			groups.add(voiceGroup(record.rows().get(i), withheld.get(parts.get(i))));
		}
		return new ApiRecords.Voice(id, record.title(), groupBy, VOICE_THRESHOLD, groups,
				voiceGroup(record.total(), withheld.get(total)));
	}

	private static ApiRecords.VoiceGroup voiceGroup(VoiceRecord.VoiceShare share, Cell.Reason reason) {
		if (reason != null) {
			return new ApiRecords.VoiceGroup(share.key(), share.label(), null, null, null, null, null, null, null, null,
					null, null, true,
					(reason == Cell.Reason.TOO_FEW) ? "Fewer than " + VOICE_THRESHOLD + " people in this group"
							: "Withheld so that a smaller group cannot be worked out from the others");
		}
		return new ApiRecords.VoiceGroup(share.key(), share.label(), share.people(), round(share.roomShare()),
				share.turns(), round(share.turnShare()), share.passes(), round(share.passShare()),
				share.speakingSeconds(), round(share.speakingShare()), share.postIts(), round(share.postItShare()),
				false, null);
	}

	private static ApiRecords.HeatCellBody cell(String row, String column, HeatCell cell) {
		return switch (cell) {
			case HeatCell.Shown shown -> new ApiRecords.HeatCellBody(row, column, shown.n(), round(shown.value()),
					Double.isNaN(shown.compareWith()) ? null : round(shown.compareWith()), false, null, null);
			case HeatCell.Reference reference -> new ApiRecords.HeatCellBody(row, column, null,
					round(reference.value()), null, false, true, "A reference figure, not from people");
			case HeatCell.Withheld withheld ->
				new ApiRecords.HeatCellBody(row, column, null, null, null, true, null, withheld.reason());
			case HeatCell.Empty empty ->
				new ApiRecords.HeatCellBody(row, column, 0L, null, null, false, null, "No answers for this cell");
		};
	}

	private static ApiRecords.Action action(PlanAction action) {
		return new ApiRecords.Action(action.id(), action.title(), action.subdimension(), action.subdimensionName(),
				action.ownerName(), (action.due() == null) ? null : action.due().toString(),
				action.status().name().toLowerCase(Locale.ROOT), action.origin().name().toLowerCase(Locale.ROOT),
				action.source(), action.national());
	}

	private static double round(double value) {
		return Math.round(value * 1000) / 1000.0;
	}

}
