package org.threefold.workshop.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import org.threefold.partner.Sector;
import org.threefold.shared.AssessmentId;
import org.threefold.shared.IcsId;
import org.threefold.shared.NotFoundException;
import org.threefold.shared.PartnerId;
import org.threefold.shared.ValidationException;
import org.threefold.shared.WorkshopActionAgreed;
import org.threefold.shared.WorkshopId;
import org.threefold.workshop.LiveWorkshopBus;
import org.threefold.workshop.LiveWorkshopBus.WorkshopChange;
import org.threefold.workshop.WorkshopMode;
import org.threefold.workshop.WorkshopPlan;
import org.threefold.workshop.WorkshopSnapshot;
import org.threefold.workshop.WorkshopStatus;
import org.threefold.workshop.internal.WorkshopAggregate.PartnerChoice;

/**
 * The append-only event log and the current state built from it. Each workshop's state
 * lives in memory once read; a change locks the workshop (in this server, and its row in
 * the database, so two servers cannot interleave), reads any events another server
 * stored, decides, appends the new events and raises the row's version in one
 * transaction, and announces the new version on the {@link LiveWorkshopBus} after the
 * commit. A refused change stores nothing and leaves the state as it was; any other
 * failure drops the cached state so it is rebuilt from the log.
 */
@Component
public class WorkshopStore {

	private static final ZoneId UK = ZoneId.of("Europe/London");

	/** Something that decides which events a request causes, given the current state. */
	@FunctionalInterface
	public interface Decision {

		List<WorkshopEvent> decide(WorkshopAggregate workshop);

	}

	/** The workshop row without the log. */
	public record Header(WorkshopId id, IcsId ics, String title, WorkshopMode mode, WorkshopStatus status,
			LocalDateTime startsAt, String joinCode, WorkshopPlan plan, AssessmentId assessment, long version) {
	}

	private static final class Entry {

		final ReentrantLock lock = new ReentrantLock();

		volatile WorkshopAggregate aggregate;

		volatile Header header;

	}

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final LiveWorkshopBus bus;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final JsonMapper json = JsonMapper.builder().build();

	private final Map<Long, Entry> cache = new ConcurrentHashMap<>();

	/** The time of a workshop being recorded after the fact, for this thread only. */
	private final ThreadLocal<Instant> recordedAt = new ThreadLocal<>();

	WorkshopStore(JdbcTemplate jdbc, TransactionTemplate transactions, LiveWorkshopBus bus,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.bus = bus;
		this.events = events;
		this.clock = clock;
	}

	/** Now, or the time being recorded (see {@link #recordAt}). */
	public Instant now() {
		Instant at = this.recordedAt.get();
		return (at != null) ? at : this.clock.instant();
	}

	/**
	 * Runs work as if it happened at {@code at}: for recording a workshop held without
	 * the live screens, with the times it happened. Null goes back to the clock.
	 */
	public void recordAt(Instant at) {
		if (at == null) {
			this.recordedAt.remove();
		}
		else {
			this.recordedAt.set(at);
		}
	}

	// ---------------------------------------------------------------- workshops

	public WorkshopId create(IcsId ics, WorkshopPlan plan, String createdBy, List<PartnerChoice> partners) {
		return this.transactions.execute((status) -> {
			for (int attempt = 0;; attempt++) {
				String code = Secrets.joinCode();
				Integer taken = this.jdbc.queryForObject("select count(*) from workshop where join_code = ?",
						Integer.class, code);
				if (taken != null && taken > 0) {
					if (attempt > 20) {
						throw new IllegalStateException("No free join code");
					}
					continue;
				}
				GeneratedKeyHolder keys = new GeneratedKeyHolder();
				this.jdbc.update((connection) -> {
					var statement = connection.prepareStatement("insert into workshop (ics_id, title, mode, status,"
							+ " scheduled_for, join_code, plan, assessment_id, created_by, created_at, version)"
							+ " values (?, ?, ?, 'SCHEDULED', ?, ?, ?, ?, ?, ?, 0)", new String[] { "id" });
					statement.setLong(1, ics.value());
					statement.setString(2, plan.title().strip());
					statement.setString(3, plan.mode().name());
					statement.setObject(4,
							(plan.startsAt() == null) ? null : plan.startsAt().atZone(UK).toOffsetDateTime());
					statement.setString(5, code);
					statement.setString(6, this.json.writeValueAsString(plan));
					statement.setObject(7, (plan.assessment() == null) ? null : plan.assessment().value());
					statement.setString(8, createdBy);
					statement.setObject(9, now().atOffset(java.time.ZoneOffset.UTC));
					return statement;
				}, keys);
				long id = keys.getKey().longValue();
				for (PartnerChoice partner : partners) {
					this.jdbc.update(
							"insert into workshop_partner (workshop_id, partner_id, name, sector) values (?, ?, ?, ?)",
							id, partner.id().value(), partner.name(), partner.sector().name());
				}
				return new WorkshopId(id);
			}
		});
	}

	/** Replaces the plan of a workshop that has not started. */
	public void replacePlan(WorkshopId id, WorkshopPlan plan) {
		Entry entry = entry(id);
		entry.lock.lock();
		try {
			this.transactions.executeWithoutResult((status) -> {
				String current = this.jdbc.queryForObject("select status from workshop where id = ? for update",
						String.class, id.value());
				if (!WorkshopStatus.SCHEDULED.name().equals(current)) {
					throw new ValidationException("The plan can be changed only before the workshop starts.");
				}
				this.jdbc.update(
						"update workshop set title = ?, mode = ?, scheduled_for = ?, plan = ?, assessment_id = ? where id = ?",
						plan.title().strip(), plan.mode().name(),
						(plan.startsAt() == null) ? null : plan.startsAt().atZone(UK).toOffsetDateTime(),
						this.json.writeValueAsString(plan),
						(plan.assessment() == null) ? null : plan.assessment().value(), id.value());
			});
			entry.aggregate = null;
			entry.header = null;
		}
		finally {
			entry.lock.unlock();
		}
	}

	public Header header(WorkshopId id) {
		Entry entry = entry(id);
		if (entry.header == null) {
			entry.header = readHeader(id);
		}
		return entry.header;
	}

	public Optional<WorkshopId> byCode(String code) {
		return this.jdbc.queryForList("select id from workshop where join_code = ?", Long.class, code)
			.stream()
			.findFirst()
			.map(WorkshopId::new);
	}

	public List<Header> list(IcsId ics) {
		return this.jdbc
			.queryForList("select id from workshop where ics_id = ? order by created_at desc, id desc", Long.class,
					ics.value())
			.stream()
			.map((id) -> readHeader(new WorkshopId(id)))
			.toList();
	}

	public int participantCount(WorkshopId id) {
		Integer count = this.jdbc.queryForObject("select count(*) from workshop_participant where workshop_id = ?",
				Integer.class, id.value());
		return (count == null) ? 0 : count;
	}

	private Header readHeader(WorkshopId id) {
		List<Header> found = this.jdbc
			.query("select ics_id, title, mode, status, scheduled_for, join_code, plan, assessment_id, version"
					+ " from workshop where id = ?", (rs, row) -> {
						Timestamp starts = rs.getTimestamp("scheduled_for");
						long assessment = rs.getLong("assessment_id");
						AssessmentId assessmentId = rs.wasNull() ? null : new AssessmentId(assessment);
						return new Header(id, new IcsId(rs.getLong("ics_id")), rs.getString("title"),
								WorkshopMode.valueOf(rs.getString("mode")),
								WorkshopStatus.valueOf(rs.getString("status")),
								(starts == null) ? null : starts.toInstant().atZone(UK).toLocalDateTime(),
								rs.getString("join_code"),
								this.json.readValue(rs.getString("plan"), WorkshopPlan.class), assessmentId,
								rs.getLong("version"));
					}, id.value());
		if (found.isEmpty()) {
			throw new NotFoundException("The workshop");
		}
		return found.get(0);
	}

	// ---------------------------------------------------------------- participants

	/** Stores a new participant's token hash and returns their number. */
	public long addParticipant(WorkshopId id, String tokenHash) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.update((connection) -> {
			var statement = connection.prepareStatement(
					"insert into workshop_participant (workshop_id, token_hash, joined_at) values (?, ?, ?)",
					new String[] { "id" });
			statement.setLong(1, id.value());
			statement.setString(2, tokenHash);
			statement.setObject(3, now().atOffset(java.time.ZoneOffset.UTC));
			return statement;
		}, keys);
		return keys.getKey().longValue();
	}

	/** The workshop and participant a token belongs to. */
	public Optional<long[]> participantByToken(String tokenHash) {
		return this.jdbc
			.query("select workshop_id, id from workshop_participant where token_hash = ?",
					(rs, row) -> new long[] { rs.getLong(1), rs.getLong(2) }, tokenHash)
			.stream()
			.findFirst();
	}

	// ---------------------------------------------------------------- the log

	/** The state now, read from the log the first time and kept up to date after. */
	public WorkshopSnapshot snapshot(WorkshopId id) {
		return aggregate(id).snapshot();
	}

	/**
	 * Reads events another server stored; a cross-server bus calls this before telling
	 * its listeners. A workshop this server holds no state for is left alone (it is read
	 * in full when first needed). Returns the version now held, or -1 if none.
	 */
	public long catchUp(WorkshopId id) {
		Entry entry = this.cache.get(id.value());
		if (entry == null) {
			return -1;
		}
		entry.lock.lock();
		try {
			WorkshopAggregate aggregate = entry.aggregate;
			if (aggregate == null) {
				return -1;
			}
			this.transactions.executeWithoutResult((status) -> readNewEvents(aggregate));
			// The status (and so the cached header) may have changed on the other server.
			entry.header = null;
			return aggregate.version();
		}
		catch (RuntimeException ex) {
			entry.aggregate = null;
			throw ex;
		}
		finally {
			entry.lock.unlock();
		}
	}

	/**
	 * Catches up every workshop this server holds state for: after a cross-server bus
	 * lost its connection, when announcements may have been missed.
	 */
	public void catchUpAll() {
		for (Long id : List.copyOf(this.cache.keySet())) {
			catchUp(new WorkshopId(id));
		}
	}

	WorkshopAggregate aggregate(WorkshopId id) {
		Entry entry = entry(id);
		WorkshopAggregate aggregate = entry.aggregate;
		if (aggregate == null) {
			entry.lock.lock();
			try {
				if (entry.aggregate == null) {
					Header header = header(id);
					WorkshopAggregate fresh = new WorkshopAggregate(id, header.title(), header.mode(), header.plan(),
							header.joinCode(), partners(id));
					this.transactions.executeWithoutResult((status) -> readNewEvents(fresh));
					entry.aggregate = fresh;
				}
				aggregate = entry.aggregate;
			}
			finally {
				entry.lock.unlock();
			}
		}
		return aggregate;
	}

	/** The partners participants of this workshop may choose from. */
	public List<PartnerChoice> partnerChoices(WorkshopId id) {
		return aggregate(id).partners();
	}

	private List<PartnerChoice> partners(WorkshopId id) {
		return this.jdbc.query(
				"select partner_id, name, sector from workshop_partner where workshop_id = ? order by name",
				(rs, row) -> new PartnerChoice(new PartnerId(rs.getLong(1)), rs.getString(2),
						Sector.valueOf(rs.getString(3))),
				id.value());
	}

	private void readNewEvents(WorkshopAggregate aggregate) {
		WorkshopId id = aggregate.snapshot().id();
		this.jdbc.query("select seq, type, payload, occurred_at from workshop_event where workshop_id = ? and seq > ?"
				+ " order by seq", (rs) -> {
					Class<? extends WorkshopEvent> type = WorkshopEvent.TYPES.get(rs.getString(2));
					if (type == null) {
						throw new IllegalStateException("Unknown workshop event type " + rs.getString(2));
					}
					aggregate.apply(rs.getLong(1), this.json.readValue(rs.getString(3), type),
							rs.getTimestamp(4).toInstant());
				}, id.value(), aggregate.version());
	}

	/**
	 * Decides and stores a change under the workshop's lock.
	 * @return the state after the change
	 */
	public WorkshopSnapshot change(WorkshopId id, String actor, Decision decision) {
		return change(id, actor, decision, null);
	}

	/**
	 * As {@link #change(WorkshopId, String, Decision)}, running {@code before} in the
	 * same transaction first (for example to store a new participant's token).
	 */
	public WorkshopSnapshot change(WorkshopId id, String actor, Decision decision, Runnable before) {
		Entry entry = entry(id);
		entry.lock.lock();
		try {
			WorkshopAggregate aggregate = aggregate(id);
			long[] range = new long[2];
			try {
				this.transactions.executeWithoutResult((status) -> {
					this.jdbc.queryForObject("select version from workshop where id = ? for update", Long.class,
							id.value());
					readNewEvents(aggregate);
					List<WorkshopEvent> decided = decision.decide(aggregate);
					if (before != null) {
						before.run();
					}
					range[0] = aggregate.version();
					append(aggregate, decided, actor);
					range[1] = aggregate.version();
				});
			}
			catch (ValidationException ex) {
				if (range[1] > range[0]) {
					entry.aggregate = null;
				}
				throw ex;
			}
			catch (RuntimeException ex) {
				entry.aggregate = null;
				throw ex;
			}
			if (range[1] > range[0]) {
				this.bus.publish(new WorkshopChange(id, range[1]));
			}
			return aggregate.snapshot();
		}
		finally {
			entry.lock.unlock();
		}
	}

	private void append(WorkshopAggregate aggregate, List<WorkshopEvent> decided, String actor) {
		if (decided.isEmpty()) {
			return;
		}
		// Databases keep microseconds; so does the state, so a rebuilt state is equal.
		Instant now = now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
		WorkshopId id = aggregate.snapshot().id();
		List<Object[]> rows = new ArrayList<>();
		long seq = aggregate.version();
		for (WorkshopEvent event : decided) {
			seq++;
			rows.add(new Object[] { id.value(), seq, event.getClass().getSimpleName(),
					this.json.writeValueAsString(event), actor, now.atOffset(java.time.ZoneOffset.UTC) });
		}
		this.jdbc.batchUpdate("insert into workshop_event (workshop_id, seq, type, payload, actor, occurred_at)"
				+ " values (?, ?, ?, ?, ?, ?)", rows);
		seq = aggregate.version();
		for (WorkshopEvent event : decided) {
			aggregate.apply(++seq, event, now);
			if (event instanceof WorkshopEvent.ActionAgreed agreed) {
				announce(aggregate, agreed, now);
			}
		}
		this.jdbc.update("update workshop set version = ?, status = ? where id = ?", aggregate.version(),
				aggregate.status().name(), id.value());
		Entry entry = entry(id);
		Header old = entry.header;
		if (old != null && old.status() != aggregate.status()) {
			entry.header = null;
		}
	}

	private void announce(WorkshopAggregate aggregate, WorkshopEvent.ActionAgreed agreed, Instant now) {
		Header header = header(aggregate.snapshot().id());
		this.events.publishEvent(new WorkshopActionAgreed(header.ics(), header.id(), agreed.agreement(), header.title(),
				agreed.title(), (agreed.owner() == null) ? null : new PartnerId(agreed.owner()), agreed.due(),
				agreed.subDimension(), header.assessment(), now));
	}

	private Entry entry(WorkshopId id) {
		return this.cache.computeIfAbsent(id.value(), (key) -> new Entry());
	}

	/** Forgets every cached state, as a restart would; used by tests. */
	public void forgetAll() {
		this.cache.clear();
	}

}
