package org.threefold.export;

import java.io.IOException;
import java.io.OutputStream;
import java.text.Normalizer;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.threefold.assessment.AssessmentDetail;
import org.threefold.assessment.AssessmentService;
import org.threefold.assessment.ResponseProfile;
import org.threefold.assessment.SubmittedResponses;
import org.threefold.export.internal.BoardReportWriter;
import org.threefold.export.internal.CsvWriter;
import org.threefold.export.internal.DataHash;
import org.threefold.export.internal.ResponseAnonymiser;
import org.threefold.export.internal.ResultsCache;
import org.threefold.export.internal.WorkbookWriter;
import org.threefold.partner.PartnerService;
import org.threefold.partner.PartnerView;
import org.threefold.partner.Profession;
import org.threefold.partner.SeniorityBand;
import org.threefold.questionnaire.QuestionnaireCatalog;
import org.threefold.questionnaire.QuestionnaireDefinition;
import org.threefold.scoring.AssessmentResults;
import org.threefold.scoring.ResultsService;
import org.threefold.security.CurrentUser;
import org.threefold.security.Role;
import org.threefold.security.SignedInUser;
import org.threefold.shared.AssessmentId;
import org.threefold.shared.AuditEvent;

/**
 * Writes an assessment of the caller's ICS as one of the {@link ExportFormat}s. Results
 * come only from {@link ResultsService}, already suppressed; anonymised responses from
 * {@link SubmittedResponses}, released only where at least the threshold share the
 * details shown (docs/exports.md). Each export is recorded as an {@link AuditEvent}. ICS
 * leaders and board viewers may export; API tokens act as board viewers.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({ Role.ICS_LEADER_NAME, Role.BOARD_VIEWER_NAME })
public class ExportService {

	private final AssessmentService assessments;

	private final ResultsService results;

	private final SubmittedResponses responses;

	private final PartnerService partners;

	private final QuestionnaireCatalog catalog;

	private final ResultsCache resultsCache;

	private final BoardReportWriter boardReport;

	private final WorkbookWriter workbook;

	private final ApplicationEventPublisher events;

	private final CurrentUser currentUser;

	private final Clock clock;

	ExportService(AssessmentService assessments, ResultsService results, SubmittedResponses responses,
			PartnerService partners, QuestionnaireCatalog catalog, ResultsCache resultsCache,
			BoardReportWriter boardReport, WorkbookWriter workbook, ApplicationEventPublisher events,
			CurrentUser currentUser, Clock clock) {
		this.assessments = assessments;
		this.results = results;
		this.responses = responses;
		this.partners = partners;
		this.catalog = catalog;
		this.resultsCache = resultsCache;
		this.boardReport = boardReport;
		this.workbook = workbook;
		this.events = events;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	/**
	 * The file's name and type, without writing it (also checks the assessment is yours).
	 */
	public ExportFile describe(AssessmentId id, ExportFormat format) {
		AssessmentDetail assessment = this.assessments.get(id);
		return new ExportFile(fileName(assessment.title(), format), format.contentType(), null);
	}

	/**
	 * Writes the file to {@code out} (which the caller closes), reporting progress.
	 * @throws org.threefold.shared.NotFoundException for an assessment of another ICS
	 */
	public ExportFile write(AssessmentId id, ExportFormat format, OutputStream out, Progress progress)
			throws IOException {
		progress.report(0, "Gathering results");
		ExportData data = gather(id, format == ExportFormat.WORKBOOK || format == ExportFormat.RESPONSES_CSV);
		switch (format) {
			case BOARD_REPORT -> this.boardReport.write(data, out, progress);
			case WORKBOOK -> this.workbook.write(data, out, progress);
			case SCORES_CSV -> CsvWriter.scores(data, out, progress);
			case RESPONSES_CSV -> CsvWriter.responses(data, out, progress);
		}
		out.flush();
		this.events
			.publishEvent(new AuditEvent(this.currentUser.requireIcs(), format.auditAction(), data.assessment().title()
					+ " (" + format.fileName() + ", data " + data.dataHash().substring(0, 12) + ")"));
		return new ExportFile(fileName(data.assessment().title(), format), format.contentType(), data.dataHash());
	}

	private ExportData gather(AssessmentId id, boolean withResponses) {
		AssessmentDetail assessment = this.assessments.get(id);
		Map<ResponseProfile, Long> counts = this.responses.profileCounts(id);
		SignedInUser user = this.currentUser.require();
		ResultsCache.Key key = new ResultsCache.Key(this.currentUser.requireIcs(), user.role(), user.partnerId(),
				assessment, counts.values().stream().mapToLong(Long::longValue).sum());
		AssessmentResults suppressed = this.resultsCache.results(key, () -> this.results.results(id));
		List<QuestionnaireDefinition> questionnaires = this.assessments.questionnaireVersions(id)
			.values()
			.stream()
			.map(this.catalog::definitionOfVersion)
			.toList();
		Optional<AnonymisedResponses> rows = withResponses
				? Optional.of(anonymised(id, assessment.scoreThreshold(), counts)) : Optional.empty();
		return new ExportData(this.partners.currentIcs().name(), assessment, suppressed, questionnaires,
				this.clock.instant(), DataHash.of(assessment, suppressed), rows);
	}

	private AnonymisedResponses anonymised(AssessmentId id, int threshold, Map<ResponseProfile, Long> counts) {
		ResponseAnonymiser anonymiser = new ResponseAnonymiser(counts, threshold);
		Map<Long, PartnerView> byId = new HashMap<>();
		this.partners.list().forEach((partner) -> byId.put(partner.id().value(), partner));
		return new AnonymisedResponses(anonymiser.released(), anonymiser.leftOut(),
				(each) -> this.responses.forEach(id, (response) -> {
					PartnerView partner = byId.get(response.partner().value());
					AnonymisedResponse row = anonymiser.anonymise(response,
							(partner != null) ? partner.name() : "Partner " + response.partner().value(),
							(partner != null) ? partner.sector().label() : "Unknown", ExportService::label);
					if (row != null) {
						each.accept(row);
					}
				}));
	}

	static String label(String code) {
		for (Profession profession : Profession.values()) {
			if (profession.name().equals(code) || profession.code().equals(code)) {
				return profession.label();
			}
		}
		for (SeniorityBand band : SeniorityBand.values()) {
			if (band.name().equals(code)) {
				return band.label();
			}
		}
		return code;
	}

	/**
	 * SHA-256 of the data an export of these results is built from; the API gives it with
	 * scores so a BI tool can tell they match a board pack.
	 */
	public static String dataHash(AssessmentDetail assessment, AssessmentResults results) {
		return DataHash.of(assessment, results);
	}

	/** e.g. "partnership-readiness-2026-board-report.docx". */
	static String fileName(String title, ExportFormat format) {
		String slug = Normalizer.normalize(title, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.UK)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("(^-+|-+$)", "");
		if (slug.length() > 60) {
			slug = slug.substring(0, 60).replaceAll("-+$", "");
		}
		return (slug.isEmpty() ? "assessment" : slug) + "-" + format.fileName();
	}

}
