package org.threefold.privacy.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import org.threefold.privacy.RetentionService;
import org.threefold.security.SystemTask;

/** Every night, deletes the raw answers each partnership no longer keeps. */
@Component
class RetentionJob {

	private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

	private final RetentionService retention;

	RetentionJob(RetentionService retention) {
		this.retention = retention;
	}

	@Scheduled(cron = "${threefold.privacy.retention-cron:0 30 2 * * *}", zone = "Europe/London")
	void deleteExpiredRawAnswers() {
		int deleted = SystemTask.asAdministrator(this.retention::applyAll);
		log.info("Retention: deleted {} raw answers past their partnership's retention period", deleted);
	}

}
