package org.threefold.assessment;

import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.threefold.security.Role;
import org.threefold.shared.IcsId;

/**
 * Deletes raw answers the partnership no longer keeps (the privacy module's retention
 * setting), while keeping each submitted response's stored scores, so results and trends
 * stay as they were. Free-text comments are raw answers and go too. Runs as the system
 * administrator from the retention job.
 */
@Service
@Transactional
@RolesAllowed(Role.ADMINISTRATOR_NAME)
public class RawAnswerRetention {

	private static final String EXPIRED = "select r.id from response r join assessment a on a.id = r.assessment_id"
			+ " where a.ics_id = ? and a.status = 'CLOSED' and a.closes_on < ?";

	private final JdbcTemplate jdbc;

	RawAnswerRetention(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * For assessments of the ICS that closed before the given day: deletes every stored
	 * answer, and responses never submitted (which have no scores).
	 * @return how many answers were deleted
	 */
	public int deleteRawAnswers(IcsId ics, LocalDate closedBefore) {
		int answers = this.jdbc.update("delete from answer where response_id in (" + EXPIRED + ")", ics.value(),
				closedBefore);
		this.jdbc.update("delete from response where status <> 'SUBMITTED' and id in (" + EXPIRED + ")", ics.value(),
				closedBefore);
		return answers;
	}

}
