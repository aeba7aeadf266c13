package org.threefold.power;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.stereotype.Service;

import org.threefold.assessment.AssessmentService;
import org.threefold.assessment.AssessmentStatus;
import org.threefold.assessment.AssessmentSummary;
import org.threefold.chart.ChartImage;
import org.threefold.security.Role;
import org.threefold.shared.NotFoundException;
import org.threefold.shared.WorkshopId;
import org.threefold.workshop.Stage;
import org.threefold.workshop.VoiceGrouping;
import org.threefold.workshop.VoiceRecord;
import org.threefold.workshop.WorkshopService;
import org.threefold.workshop.WorkshopStatus;
import org.threefold.workshop.WorkshopSummary;
import org.threefold.workshop.WorkshopVoiceService;

/**
 * The workshop voice heatmaps and "said and done", from the workshop module's voice
 * record, suppressed before they leave this service. Only those who may read the voice
 * record by groups (facilitators, ICS leaders and board viewers, whose board reports and
 * workshop reports carry the maps) may call it; it never groups by participant. The
 * threshold k is that of the latest closed assessment (5 when there is none), the same k
 * as the power maps beside it. Every query is scoped to the signed-in user's ICS by the
 * workshop module's services.
 */
@Service
@RolesAllowed({ Role.ICS_LEADER_NAME, Role.FACILITATOR_NAME, Role.BOARD_VIEWER_NAME })
public class VoicePowerService {

	/** The threshold when no assessment has closed yet: the scoring default. */
	static final int DEFAULT_THRESHOLD = 5;

	/** Groupings offered on the voice map: never individual people. */
	public static final List<VoiceGrouping> GROUPINGS = List.of(VoiceGrouping.SECTOR, VoiceGrouping.PARTNER,
			VoiceGrouping.NHS_STATUS, VoiceGrouping.PROFESSION, VoiceGrouping.SENIORITY);

	private final WorkshopService workshops;

	private final WorkshopVoiceService voice;

	private final PowerService power;

	private final AssessmentService assessments;

	VoicePowerService(WorkshopService workshops, WorkshopVoiceService voice, PowerService power,
			AssessmentService assessments) {
		this.workshops = workshops;
		this.voice = voice;
		this.power = power;
		this.assessments = assessments;
	}

	/** The ICS's finished workshops, newest first as listed. */
	public List<WorkshopSummary> finishedWorkshops() {
		return this.workshops.list().stream().filter((w) -> w.status() == WorkshopStatus.FINISHED).toList();
	}

	/**
	 * The voice heatmap of one finished workshop, or of all of them when {@code workshop}
	 * is empty.
	 */
	public VoiceMaps.VoiceMap voiceMap(Optional<WorkshopId> workshop, VoiceGrouping grouping) {
		if (!GROUPINGS.contains(grouping)) {
			throw new IllegalArgumentException("Voice maps never show individual people");
		}
		List<WorkshopSummary> chosen = chosen(workshop);
		List<VoiceMaps.WorkshopVoice> records = new ArrayList<>();
		for (WorkshopSummary summary : chosen) {
			Map<Stage, VoiceRecord> byStage = new EnumMap<>(Stage.class);
			for (Stage stage : Stage.values()) {
				byStage.put(stage, this.voice.voice(summary.id(), grouping, stage));
			}
			records.add(new VoiceMaps.WorkshopVoice(summary.title(), byStage));
		}
		return VoiceMaps.map(scope(workshop, chosen), grouping, records, threshold());
	}

	/**
	 * Each partner's survey view of its influence (latest closed assessment) beside its
	 * workshop voice, flagged where they diverge.
	 */
	public SaidAndDone.Result saidAndDone(Optional<WorkshopId> workshop) {
		VoiceMaps.VoiceMap voice = voiceMap(workshop, VoiceGrouping.PARTNER);
		PowerMaps.Matrix influence = latestClosed().map((a) -> this.power.maps(a.id(), RaterGrouping.PARTNER))
			.flatMap((
					maps) -> maps.matrices().stream().filter((m) -> m.measure() == MatrixMeasure.INFLUENCE).findFirst())
			.orElse(null);
		String scope = scope(workshop, chosen(workshop));
		return SaidAndDone.of(scope, influence, voice);
	}

	/**
	 * The voice maps and "said and done" as pictures with text alternatives, for exports.
	 */
	public List<ChartImage> pictures(Optional<WorkshopId> workshop) {
		List<ChartImage> pictures = new ArrayList<>();
		for (VoiceGrouping grouping : GROUPINGS) {
			pictures.add(HeatmapPicture.render(voiceMap(workshop, grouping).heatmap()));
		}
		pictures.add(HeatmapPicture.render(saidAndDone(workshop).heatmap()));
		return pictures;
	}

	private List<WorkshopSummary> chosen(Optional<WorkshopId> workshop) {
		List<WorkshopSummary> finished = finishedWorkshops();
		if (workshop.isEmpty()) {
			return finished;
		}
		return List.of(finished.stream()
			.filter((w) -> w.id().equals(workshop.get()))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Finished workshop " + workshop.get())));
	}

	private static String scope(Optional<WorkshopId> workshop, List<WorkshopSummary> chosen) {
		if (workshop.isPresent()) {
			return chosen.get(0).title();
		}
		return "all " + chosen.size() + " finished workshop" + ((chosen.size() == 1) ? "" : "s");
	}

	private Optional<AssessmentSummary> latestClosed() {
		return this.assessments.list()
			.stream()
			.filter((a) -> a.status() == AssessmentStatus.CLOSED)
			.max(Comparator.comparing(AssessmentSummary::closesOn));
	}

	/**
	 * The smallest group the voice maps show: the threshold k of the latest closed
	 * assessment, or {@value #DEFAULT_THRESHOLD} when none has closed.
	 */
	public int threshold() {
		return latestClosed().map((a) -> this.assessments.get(a.id()).scoreThreshold()).orElse(DEFAULT_THRESHOLD);
	}

}
