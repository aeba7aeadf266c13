package org.threefold.assessment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import jakarta.annotation.security.RolesAllowed;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import org.threefold.assessment.internal.AnswerTally;
import org.threefold.assessment.internal.ScoreWriter;
import org.threefold.questionnaire.AnswerRules;
import org.threefold.questionnaire.QuestionnaireCatalog;
import org.threefold.questionnaire.QuestionnaireDefinition;
import org.threefold.questionnaire.RespondentScorer;
import org.threefold.shared.AssessmentId;
import org.threefold.shared.ScoresRewritten;

/**
 * Recomputes the stored respondent scores of submitted responses from their stored
 * answers, for one assessment or for every assessment in the installation: after a
 * correction to the scoring method, or after answers were loaded in bulk. Each response
 * is scored by {@link RespondentScorer} and its rows produced by
 * {@link ScoreWriter#eachRow}, exactly as at submission, so a rescored response has the
 * very rows it would have had if it had been submitted today.
 * <p>
 * The work is streamed, never held in memory: one connection reads responses with their
 * answers in response order through a cursor, a second replaces the assessment's score
 * rows in one transaction (on PostgreSQL with {@code COPY}, elsewhere with batched
 * inserts). On PostgreSQL the reader shares the writer's snapshot
 * ({@code pg_export_snapshot}), so a response submitted while an assessment is being
 * rescored keeps the scores it was given at submission and is neither lost nor doubled.
 * Screens keep showing the old scores until the assessment's transaction commits. Each
 * assessment is its own transaction: a failure leaves that assessment as it was.
 */
@Service
@RolesAllowed(org.threefold.security.Role.ADMINISTRATOR_NAME)
public class Rescoring {

	private static final String READ = """
			select r.id, r.assessment_id, r.partner_id, r.audience, r.profession, r.seniority,
			  r.questionnaire_version_id, a.item_id, a.answer_value
			from response r left join answer a on a.response_id = r.id and a.sub_key = ?
			  and a.response_id between ? and ?
			where r.assessment_id = ? and r.status = 'SUBMITTED'
			order by r.id""";

	/**
	 * The range of response ids, which bounds the scan of the answer table to the
	 * assessment's part of its primary key instead of the whole national table.
	 */
	private static final String RANGE = """
			select min(id), max(id) from response where assessment_id = ? and status = 'SUBMITTED'""";

	private static final String COLUMNS = "response_id, assessment_id, partner_id, audience, profession, seniority,"
			+ " scale_kind, scale_id, score, scale_items";

	private static final Pattern SNAPSHOT_ID = Pattern.compile("[0-9A-Fa-f-]{1,64}");

	/** Responses scored between writes to the database. */
	private static final int RESPONSES_PER_FLUSH = 2_000;

	private final DataSource dataSource;

	private final QuestionnaireCatalog catalog;

	private final ApplicationEventPublisher events;

	Rescoring(DataSource dataSource, QuestionnaireCatalog catalog, ApplicationEventPublisher events) {
		this.dataSource = dataSource;
		this.catalog = catalog;
		this.events = events;
	}

	/** Rescores the submitted responses of one assessment, in one transaction. */
	public Result rescore(AssessmentId assessment) {
		long start = System.nanoTime();
		long[] counts = rescoreOne(assessment.value());
		return new Result(1, counts[0], counts[1], Duration.ofNanos(System.nanoTime() - start));
	}

	/**
	 * Rescores every assessment of every ICS, one transaction per assessment, so results
	 * stay readable and a failure stops at one assessment.
	 */
	public Result rescoreAll() {
		long start = System.nanoTime();
		List<Long> ids = new ArrayList<>();
		try (Connection connection = this.dataSource.getConnection();
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select id from assessment order by id")) {
			while (rows.next()) {
				ids.add(rows.getLong(1));
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not list the assessments to rescore", ex);
		}
		long responses = 0;
		long scoreRows = 0;
		for (long id : ids) {
			long[] counts = rescoreOne(id);
			responses += counts[0];
			scoreRows += counts[1];
		}
		return new Result(ids.size(), responses, scoreRows, Duration.ofNanos(System.nanoTime() - start));
	}

	private long[] rescoreOne(long assessmentId) {
		RespondentScorer scorer = new RespondentScorer(this.catalog.framework()
			.orElseThrow(() -> new IllegalStateException("The framework file could not be read; nothing rescored")));
		try (Connection writer = this.dataSource.getConnection(); Connection reader = this.dataSource.getConnection()) {
			boolean postgres = writer.isWrapperFor(PGConnection.class);
			writer.setAutoCommit(false);
			reader.setAutoCommit(false);
			Sink sink = null;
			try {
				if (postgres) {
					writer.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
					reader.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
					shareSnapshot(writer, reader);
				}
				// Retention may have deleted the raw answers of a closed assessment; its
				// scores,
				// kept from submission, can then never be recomputed and must stay as
				// they are.
				if (!AnswerTally.rebuild(writer, assessmentId)) {
					writer.rollback();
					reader.rollback();
					return new long[] { 0, 0 };
				}
				try (PreparedStatement delete = writer
					.prepareStatement("delete from respondent_score where assessment_id = ?")) {
					delete.setLong(1, assessmentId);
					delete.executeUpdate();
				}
				sink = postgres ? new CopySink(writer.unwrap(PGConnection.class)) : new BatchSink(writer);
				long responses = stream(reader, assessmentId, scorer, sink);
				sink.finish();
				writer.commit();
				reader.commit();
				// Figures kept from the old scores (alpha, trend points) must not outlive
				// them.
				this.events.publishEvent(new ScoresRewritten(new AssessmentId(assessmentId)));
				return new long[] { responses, sink.rows() };
			}
			catch (SQLException | IOException | RuntimeException ex) {
				if (sink != null) {
					sink.abort();
				}
				writer.rollback();
				reader.rollback();
				throw ex;
			}
		}
		catch (SQLException | IOException ex) {
			throw new IllegalStateException(
					"Rescoring assessment " + assessmentId + " failed; its scores are unchanged", ex);
		}
	}

	/** The reader sees exactly what the writer's transaction sees. */
	private static void shareSnapshot(Connection writer, Connection reader) throws SQLException {
		String snapshot;
		try (Statement statement = writer.createStatement();
				ResultSet row = statement.executeQuery("select pg_export_snapshot()")) {
			row.next();
			snapshot = row.getString(1);
		}
		if (!SNAPSHOT_ID.matcher(snapshot).matches()) {
			throw new SQLException("Unexpected snapshot id " + snapshot);
		}
		try (Statement statement = reader.createStatement()) {
			statement.execute("set transaction snapshot '" + snapshot + "'");
		}
	}

	private long stream(Connection reader, long assessmentId, RespondentScorer scorer, Sink sink)
			throws SQLException, IOException {
		Map<Long, QuestionnaireDefinition> definitions = new HashMap<>();
		long responses = 0;
		long first;
		long last;
		try (PreparedStatement range = reader.prepareStatement(RANGE)) {
			range.setLong(1, assessmentId);
			try (ResultSet row = range.executeQuery()) {
				row.next();
				first = row.getLong(1);
				last = row.getLong(2);
				if (row.wasNull()) {
					return 0;
				}
			}
		}
		try (PreparedStatement read = reader.prepareStatement(READ)) {
			read.setFetchSize(10_000);
			read.setString(1, AnswerRules.NO_SUB_KEY);
			read.setLong(2, first);
			read.setLong(3, last);
			read.setLong(4, assessmentId);
			try (ResultSet rows = read.executeQuery()) {
				Current current = null;
				while (rows.next()) {
					long id = rows.getLong(1);
					if (current == null || current.id != id) {
						if (current != null) {
							score(current, scorer, definitions, sink);
							responses++;
							if (responses % RESPONSES_PER_FLUSH == 0) {
								sink.flush();
							}
						}
						current = new Current(id, rows.getLong(2), rows.getLong(3), rows.getString(4),
								rows.getString(5), rows.getString(6), rows.getLong(7));
					}
					String item = rows.getString(8);
					if (item != null) {
						current.answers.put(item, rows.getString(9));
					}
				}
				if (current != null) {
					score(current, scorer, definitions, sink);
					responses++;
				}
			}
		}
		return responses;
	}

	private void score(Current response, RespondentScorer scorer, Map<Long, QuestionnaireDefinition> definitions,
			Sink sink) {
		QuestionnaireDefinition definition = definitions.computeIfAbsent(response.versionId,
				this.catalog::definitionOfVersion);
		ScoreWriter.eachRow(scorer.score(definition, response.answers),
				(kind, scale, score, scaleItems) -> sink.add(response, kind, scale, score, scaleItems));
	}

	/**
	 * What one rescoring did.
	 *
	 * @param assessments assessments rescored
	 * @param responses submitted responses rescored
	 * @param rows score rows written
	 * @param took wall-clock time
	 */
	public record Result(int assessments, long responses, long rows, Duration took) {
	}

	/** The response being read, with its single answers by item id. */
	private static final class Current {

		private final long id;

		private final long assessmentId;

		private final long partnerId;

		private final String audience;

		private final String profession;

		private final String seniority;

		private final long versionId;

		private final Map<String, String> answers = new HashMap<>();

		Current(long id, long assessmentId, long partnerId, String audience, String profession, String seniority,
				long versionId) {
			this.id = id;
			this.assessmentId = assessmentId;
			this.partnerId = partnerId;
			this.audience = audience;
			this.profession = profession;
			this.seniority = seniority;
			this.versionId = versionId;
		}

	}

	/** Where score rows go. */
	private interface Sink {

		void add(Current response, String kind, String scale, double score, int scaleItems);

		void flush() throws SQLException, IOException;

		void finish() throws SQLException, IOException;

		long rows();

		/** Gives up, so the transaction can be rolled back. */
		void abort() throws SQLException;

	}

	/**
	 * PostgreSQL: one {@code COPY … FROM STDIN} for the whole assessment, fed in chunks
	 * of text rows. Every value is a number, an enum name or a scale id (letters, digits
	 * and dashes), so no escaping is needed; a Java double's shortest text reads back as
	 * the same double.
	 */
	private static final class CopySink implements Sink {

		private final CopyIn copy;

		private final StringBuilder buffer = new StringBuilder(1 << 20);

		private long rows;

		CopySink(PGConnection connection) throws SQLException {
			this.copy = connection.getCopyAPI().copyIn("copy respondent_score (" + COLUMNS + ") from stdin");
		}

		@Override
		public void add(Current r, String kind, String scale, double score, int scaleItems) {
			this.buffer.append(r.id)
				.append('\t')
				.append(r.assessmentId)
				.append('\t')
				.append(r.partnerId)
				.append('\t')
				.append(r.audience)
				.append('\t')
				.append((r.profession != null) ? r.profession : "\\N")
				.append('\t')
				.append((r.seniority != null) ? r.seniority : "\\N")
				.append('\t')
				.append(kind)
				.append('\t')
				.append(scale)
				.append('\t')
				.append(score)
				.append('\t')
				.append(scaleItems)
				.append('\n');
			this.rows++;
		}

		@Override
		public void flush() throws SQLException {
			byte[] bytes = this.buffer.toString().getBytes(StandardCharsets.UTF_8);
			this.copy.writeToCopy(bytes, 0, bytes.length);
			this.buffer.setLength(0);
		}

		@Override
		public void finish() throws SQLException {
			flush();
			this.copy.endCopy();
		}

		@Override
		public void abort() throws SQLException {
			if (this.copy.isActive()) {
				this.copy.cancelCopy();
			}
		}

		@Override
		public long rows() {
			return this.rows;
		}

	}

	/** Any other database (H2): batched inserts of the same rows. */
	private static final class BatchSink implements Sink {

		private final PreparedStatement insert;

		private long rows;

		BatchSink(Connection connection) throws SQLException {
			this.insert = connection.prepareStatement(
					"insert into respondent_score (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
		}

		@Override
		public void add(Current r, String kind, String scale, double score, int scaleItems) {
			try {
				this.insert.setLong(1, r.id);
				this.insert.setLong(2, r.assessmentId);
				this.insert.setLong(3, r.partnerId);
				this.insert.setString(4, r.audience);
				this.insert.setString(5, r.profession);
				this.insert.setString(6, r.seniority);
				this.insert.setString(7, kind);
				this.insert.setString(8, scale);
				this.insert.setDouble(9, score);
				this.insert.setInt(10, scaleItems);
				this.insert.addBatch();
				this.rows++;
			}
			catch (SQLException ex) {
				throw new IllegalStateException(ex);
			}
		}

		@Override
		public void flush() throws SQLException {
			this.insert.executeBatch();
		}

		@Override
		public void finish() throws SQLException {
			flush();
			this.insert.close();
		}

		@Override
		public void abort() throws SQLException {
			this.insert.close();
		}

		@Override
		public long rows() {
			return this.rows;
		}

	}

}
