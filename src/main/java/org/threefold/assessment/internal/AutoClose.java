package org.threefold.assessment.internal;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.threefold.assessment.AssessmentStatus;

/**
 * Closes open assessments once their closing date has passed (UK time). Respondents are
 * refused after the closing date anyway; this makes the status say so too.
 */
@Component
public class AutoClose {

	private static final Logger log = LoggerFactory.getLogger(AutoClose.class);

	private final AssessmentRepository assessments;

	private final UkCalendar calendar;

	AutoClose(AssessmentRepository assessments, UkCalendar calendar) {
		this.assessments = assessments;
		this.calendar = calendar;
	}

	/**
	 * Every ten minutes, and once at start-up, so a restart after midnight catches up.
	 */
	@Scheduled(initialDelay = 0, fixedDelay = 600_000)
	@Transactional
	public int closeExpired() {
		List<AssessmentEntity> expired = this.assessments.findByStatusAndClosesOnBefore(AssessmentStatus.OPEN,
				this.calendar.today());
		expired.forEach((assessment) -> {
			assessment.close(this.calendar.clock().instant());
			log.info("Closed assessment {} ({}): its closing date {} has passed", assessment.getId(),
					assessment.getTitle(), assessment.getClosesOn());
		});
		return expired.size();
	}

}
