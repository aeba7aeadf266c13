package org.threefold.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.threefold.assessment.RawAnswerRetention;
import org.threefold.partner.IcsService;
import org.threefold.partner.IcsView;
import org.threefold.privacy.internal.RetentionEntity;
import org.threefold.privacy.internal.RetentionRepository;
import org.threefold.security.CurrentUser;
import org.threefold.security.Role;
import org.threefold.shared.AuditEvent;
import org.threefold.shared.IcsId;
import org.threefold.shared.ValidationException;

/**
 * How long raw answers are kept. An ICS leader sets it for their own partnership, an
 * administrator for any; {@link #applyAll()} deletes what has expired.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({ Role.ADMINISTRATOR_NAME, Role.ICS_LEADER_NAME })
public class RetentionService {

	private static final ZoneId UK = ZoneId.of("Europe/London");

	private final RetentionRepository settings;

	private final RawAnswerRetention rawAnswers;

	private final IcsService partnerships;

	private final CurrentUser currentUser;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RetentionService(RetentionRepository settings, RawAnswerRetention rawAnswers, IcsService partnerships,
			CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
		this.settings = settings;
		this.rawAnswers = rawAnswers;
		this.partnerships = partnerships;
		this.currentUser = currentUser;
		this.events = events;
		this.clock = clock;
	}

	/** The caller's own partnership's setting (ICS leaders). */
	@RolesAllowed(Role.ICS_LEADER_NAME)
	public RetentionSetting current() {
		return settingOf(this.currentUser.requireIcs());
	}

	/**
	 * Changes the caller's own partnership's setting; empty keeps answers indefinitely.
	 */
	@Transactional
	@RolesAllowed(Role.ICS_LEADER_NAME)
	public RetentionSetting change(Optional<Integer> months) {
		return store(this.currentUser.requireIcs(), months);
	}

	/** Any partnership's setting (administrators). */
	@RolesAllowed(Role.ADMINISTRATOR_NAME)
	public RetentionSetting settingFor(IcsId ics) {
		requireExists(ics);
		return settingOf(ics);
	}

	@Transactional
	@RolesAllowed(Role.ADMINISTRATOR_NAME)
	public RetentionSetting changeFor(IcsId ics, Optional<Integer> months) {
		requireExists(ics);
		return store(ics, months);
	}

	/**
	 * Deletes the raw answers of every partnership's assessments closed longer ago than
	 * its setting. The nightly job runs it as the system administrator.
	 * @return answers deleted
	 */
	@Transactional
	@RolesAllowed(Role.ADMINISTRATOR_NAME)
	public int applyAll() {
		LocalDate today = LocalDate.now(this.clock.withZone(UK));
		int deleted = 0;
		for (RetentionEntity setting : this.settings.findAll()) {
			IcsId ics = new IcsId(setting.getIcsId());
			int count = this.rawAnswers.deleteRawAnswers(ics, today.minusMonths(setting.getMonths()));
			if (count > 0) {
				this.events.publishEvent(new AuditEvent(ics, "privacy.raw-answers-deleted",
						count + " raw answers of assessments closed more than " + setting.getMonths() + " months ago"));
			}
			deleted += count;
		}
		return deleted;
	}

	private RetentionSetting settingOf(IcsId ics) {
		return new RetentionSetting(ics, this.settings.findById(ics.value()).map(RetentionEntity::getMonths));
	}

	private RetentionSetting store(IcsId ics, Optional<Integer> months) {
		if (months.isPresent()
				&& (months.get() < RetentionSetting.MIN_MONTHS || months.get() > RetentionSetting.MAX_MONTHS)) {
			throw new ValidationException("Keep raw answers for " + RetentionSetting.MIN_MONTHS + " to "
					+ RetentionSetting.MAX_MONTHS + " months, or until deleted");
		}
		Optional<RetentionEntity> existing = this.settings.findById(ics.value());
		if (months.isEmpty()) {
			existing.ifPresent(this.settings::delete);
		}
		else if (existing.isPresent()) {
			existing.get().change(months.get(), this.clock.instant());
		}
		else {
			this.settings.save(new RetentionEntity(ics.value(), months.get(), this.clock.instant()));
		}
		this.events.publishEvent(new AuditEvent(ics, "privacy.retention",
				months.map((m) -> "Raw answers kept for " + m + " months after an assessment closes")
					.orElse("Raw answers kept until deleted")));
		return new RetentionSetting(ics, months);
	}

	private void requireExists(IcsId ics) {
		// IcsService.get refuses an unknown id with NotFoundException.
		IcsView found = this.partnerships.get(ics);
		if (found == null) {
			throw new org.threefold.shared.NotFoundException("ICS " + ics);
		}
	}

}
