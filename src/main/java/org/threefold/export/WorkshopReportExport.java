package org.threefold.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import org.threefold.export.internal.RenderedCharts;
import org.threefold.export.internal.WorkshopReportWriter;
import org.threefold.partner.PartnerService;
import org.threefold.power.VoiceMaps;
import org.threefold.power.VoicePowerService;
import org.threefold.security.CurrentUser;
import org.threefold.security.Role;
import org.threefold.shared.AuditEvent;
import org.threefold.shared.PartnerId;
import org.threefold.shared.ValidationException;
import org.threefold.shared.WorkshopId;
import org.threefold.workshop.VoiceGrouping;
import org.threefold.workshop.WorkshopReports;
import org.threefold.workshop.WorkshopService;
import org.threefold.workshop.WorkshopSnapshot;
import org.threefold.workshop.WorkshopStatus;

/**
 * The Word report of a finished workshop of the caller's ICS
 * ({@code workshop-report.docx}): who took part, what each stage produced, the agreed
 * actions and who was heard. Built from the workshop without its people and from the
 * power module's suppressed voice maps, so nobody is named and no small group shown. ICS
 * leaders, facilitators and board viewers (and so API tokens) may make it; each report is
 * recorded as an {@link AuditEvent} ({@code export.workshop-report}). One workshop of at
 * most a few hundred people is written in well under a second, so it is made as it is
 * downloaded, without a background job.
 */
@Service
@RolesAllowed({ Role.ICS_LEADER_NAME, Role.FACILITATOR_NAME, Role.BOARD_VIEWER_NAME })
public class WorkshopReportExport implements WorkshopReports {

	/** The file's name in the API's address. */
	public static final String FILE_NAME = "workshop-report.docx";

	public static final String CONTENT_TYPE = ExportFormat.BOARD_REPORT.contentType();

	private final WorkshopService workshops;

	private final VoicePowerService voice;

	private final PartnerService partners;

	private final RenderedCharts charts;

	private final ApplicationEventPublisher events;

	private final CurrentUser currentUser;

	private final Clock clock;

	WorkshopReportExport(WorkshopService workshops, VoicePowerService voice, PartnerService partners,
			RenderedCharts charts, ApplicationEventPublisher events, CurrentUser currentUser, Clock clock) {
		this.workshops = workshops;
		this.voice = voice;
		this.partners = partners;
		this.charts = charts;
		this.events = events;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	/**
	 * The file's name and type, after checking the workshop is yours and has finished.
	 * @throws org.threefold.shared.NotFoundException for another ICS's workshop
	 * @throws ValidationException while the workshop has not finished
	 */
	public ExportFile describe(WorkshopId id) {
		return new ExportFile(fileName(finished(id)), CONTENT_TYPE, null);
	}

	@Override
	public String fileName(WorkshopId id) {
		return describe(id).fileName();
	}

	@Override
	public String contentType() {
		return CONTENT_TYPE;
	}

	@Override
	public void write(WorkshopId id, OutputStream out) throws IOException {
		WorkshopSnapshot workshop = finished(id);
		Map<VoiceGrouping, VoiceMaps.VoiceMap> maps = new EnumMap<>(VoiceGrouping.class);
		for (VoiceGrouping grouping : VoicePowerService.GROUPINGS) {
			maps.put(grouping, this.voice.voiceMap(Optional.of(id), grouping));
		}
		Map<PartnerId, String> names = new LinkedHashMap<>();
		this.partners.list().forEach((partner) -> names.put(partner.id(), partner.name()));
		WorkshopReportWriter.write(
				new WorkshopReportWriter.Input(this.partners.currentIcs().name(), workshop, maps,
						this.voice.saidAndDone(Optional.of(id)), this.voice.threshold(), names, this.clock.instant()),
				this.charts, out);
		out.flush();
		this.events.publishEvent(new AuditEvent(this.currentUser.requireIcs(), "export.workshop-report",
				workshop.title() + " (" + FILE_NAME + ")"));
	}

	private WorkshopSnapshot finished(WorkshopId id) {
		WorkshopSnapshot workshop = this.workshops.outcomes(id);
		if (workshop.status() != WorkshopStatus.FINISHED) {
			throw new ValidationException("The workshop report is made once the workshop has finished; \""
					+ workshop.title() + "\" is " + workshop.status().label().toLowerCase(java.util.Locale.UK) + ".");
		}
		return workshop;
	}

	/** e.g. "discharge-and-information-sharing-workshop-report.docx". */
	static String fileName(WorkshopSnapshot workshop) {
		return ExportService.fileName(workshop.title(), ExportFormat.BOARD_REPORT)
			.replace(ExportFormat.BOARD_REPORT.fileName(), FILE_NAME);
	}

}
