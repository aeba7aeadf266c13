package org.threefold.workshop.internal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.stereotype.Component;

import org.threefold.shared.WorkshopId;
import org.threefold.workshop.LiveWorkshopBus;

/**
 * The live bus for several servers on one PostgreSQL database
 * ({@code threefold.live.bus=postgres}, set by the {@code postgres} profile).
 *
 * <p>
 * {@link #publish} tells this server's listeners at once and sends
 * {@code pg_notify('workshop_changes', '<id>:<version>')} on a pooled connection; the
 * store publishes after its transaction commits, so other servers never hear of an event
 * they cannot read. One daemon thread holds one connection of its own (not from the pool)
 * ({@code threefold.live.listen-url}, else the datasource URL) that {@code LISTEN}s on
 * the channel. On an announcement from another server it reads the new events into this
 * server's state ({@link WorkshopStore#catchUp}) and then tells the local listeners,
 * exactly as the in-memory bus does. Its own announcements come back too and are
 * recognised by their version. If the listening connection drops it reconnects with a
 * growing pause, then catches up every workshop it holds and tells every subscribed
 * screen to re-read, since announcements may have been missed meanwhile.
 */
@Component
@ConditionalOnProperty(name = "threefold.live.bus", havingValue = "postgres")
class PostgresWorkshopBus implements LiveWorkshopBus, InitializingBean, DisposableBean {

	static final String CHANNEL = "workshop_changes";

	private static final Logger log = LoggerFactory.getLogger(PostgresWorkshopBus.class);

	private static final Pattern PAYLOAD = Pattern.compile("[1-9][0-9]{0,18}:[1-9][0-9]{0,18}");

	private static final long FIRST_PAUSE_MILLIS = 250;

	private static final long LONGEST_PAUSE_MILLIS = 30_000;

	private static final int POLL_MILLIS = 500;

	/** How long the connection may be silent before it is checked with a query. */
	private static final long PROBE_AFTER_MILLIS = 15_000;

	/** Opens the listening connection. */
	interface Connector {

		Connection open() throws SQLException;

	}

	/** Brings this server's state up to date with events other servers stored. */
	interface CatchUp {

		/** Reads a workshop's new events; returns the version now held, or -1 if none. */
		long catchUp(WorkshopId workshop);

		/** Reads the new events of every workshop this server holds. */
		void catchUpAll();

	}

	private final LocalListeners local = new LocalListeners();

	private final JdbcTemplate jdbc;

	private final Connector connector;

	private final CatchUp catchUp;

	private final String channel;

	/** The highest version this server's listeners were told of, per workshop. */
	private final Map<Long, Long> told = new ConcurrentHashMap<>();

	private final AtomicInteger connections = new AtomicInteger();

	private volatile boolean running;

	private volatile Connection listening;

	private volatile int listeningPid;

	private Thread thread;

	@Autowired
	PostgresWorkshopBus(JdbcTemplate jdbc, @Value("${threefold.live.listen-url:${spring.datasource.url}}") String url,
			@Value("${spring.datasource.username:}") String username,
			@Value("${spring.datasource.password:}") String password, ObjectProvider<WorkshopStore> store) {
		this(jdbc, () -> DriverManager.getConnection(url, listenProperties(username, password)), new CatchUp() {

			@Override
			public long catchUp(WorkshopId workshop) {
				return store.getObject().catchUp(workshop);
			}

			@Override
			public void catchUpAll() {
				store.getObject().catchUpAll();
			}

		}, CHANNEL);
	}

	PostgresWorkshopBus(JdbcTemplate jdbc, Connector connector, CatchUp catchUp, String channel) {
		if (!channel.matches("[a-z_][a-z0-9_]{0,62}")) {
			throw new IllegalArgumentException("Not a plain channel name: " + channel);
		}
		this.jdbc = jdbc;
		this.connector = connector;
		this.catchUp = catchUp;
		this.channel = channel;
	}

	static Properties listenProperties(String username, String password) {
		Properties properties = new Properties();
		properties.setProperty("user", username);
		properties.setProperty("password", password);
		properties.setProperty("ApplicationName", "threefold live workshop bus");
		properties.setProperty("connectTimeout", "10");
		properties.setProperty("socketTimeout", "60");
		properties.setProperty("tcpKeepAlive", "true");
		return properties;
	}

	// ---------------------------------------------------------------- the payload

	/** The few bytes a notification carries: {@code <workshop id>:<version>}. */
	static String encode(WorkshopChange change) {
		return change.workshop().value() + ":" + change.version();
	}

	/**
	 * Reads a payload strictly: two positive whole numbers without signs, spaces or
	 * leading zeros, joined by a colon; anything else is empty.
	 */
	static Optional<WorkshopChange> decode(String payload) {
		if (payload == null || !PAYLOAD.matcher(payload).matches()) {
			return Optional.empty();
		}
		int colon = payload.indexOf(':');
		try {
			return Optional.of(new WorkshopChange(new WorkshopId(Long.parseLong(payload.substring(0, colon))),
					Long.parseLong(payload.substring(colon + 1))));
		}
		catch (RuntimeException ex) {
			// Nineteen digits can still overflow a long; a typed id may refuse a value.
			return Optional.empty();
		}
	}

	// ---------------------------------------------------------------- the bus

	@Override
	public void publish(WorkshopChange change) {
		remember(change);
		this.local.tell(change);
		try {
			this.jdbc.query("select pg_notify(?, ?)", (ResultSetExtractor<Object>) (rs) -> null, this.channel,
					encode(change));
		}
		catch (RuntimeException ex) {
			// The event is stored; other servers' screens catch up on their next change.
			log.warn("Could not announce {} to other servers", change, ex);
		}
	}

	@Override
	public Subscription subscribe(WorkshopId workshop, Consumer<WorkshopChange> listener) {
		return this.local.subscribe(workshop, listener);
	}

	@Override
	public int listeners(WorkshopId workshop) {
		return this.local.count(workshop);
	}

	/** True if the change is newer than anything this server's listeners were told of. */
	private boolean remember(WorkshopChange change) {
		boolean[] newer = new boolean[1];
		this.told.compute(change.workshop().value(), (id, old) -> {
			if (old == null || old < change.version()) {
				newer[0] = true;
				return change.version();
			}
			return old;
		});
		return newer[0];
	}

	// ---------------------------------------------------------------- listening

	@Override
	public void afterPropertiesSet() {
		start();
	}

	synchronized void start() {
		if (this.running) {
			return;
		}
		this.running = true;
		this.thread = new Thread(this::listen, "workshop-bus-listen");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	@Override
	public void destroy() {
		Thread listener;
		synchronized (this) {
			this.running = false;
			listener = this.thread;
			this.thread = null;
		}
		closeQuietly(this.listening);
		if (listener != null) {
			listener.interrupt();
			try {
				listener.join(2000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		this.local.shutdown();
	}

	/** How many times the listening connection was opened, for tests. */
	int connections() {
		return this.connections.get();
	}

	/**
	 * The server process of the listening connection, for tests; 0 when not connected.
	 */
	int listeningPid() {
		return this.listeningPid;
	}

	private void listen() {
		long pause = FIRST_PAUSE_MILLIS;
		boolean firstAttempt = true;
		while (this.running) {
			Connection connection = null;
			try {
				connection = this.connector.open();
				this.listening = connection;
				try (Statement statement = connection.createStatement()) {
					statement.execute("LISTEN " + this.channel);
					try (ResultSet rs = statement.executeQuery("select pg_backend_pid()")) {
						rs.next();
						this.listeningPid = rs.getInt(1);
					}
				}
				this.connections.incrementAndGet();
				if (!firstAttempt) {
					log.info("Listening for workshop changes again; every live screen re-reads its workshop");
					recover();
				}
				firstAttempt = false;
				pause = FIRST_PAUSE_MILLIS;
				poll(connection);
			}
			catch (SQLException | RuntimeException ex) {
				firstAttempt = false;
				if (!this.running) {
					break;
				}
				log.warn("The workshop change listener lost its connection; trying again in {} ms", pause, ex);
				try {
					Thread.sleep(pause);
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					if (!this.running) {
						break;
					}
				}
				pause = Math.min(pause * 2, LONGEST_PAUSE_MILLIS);
			}
			finally {
				this.listeningPid = 0;
				closeQuietly(connection);
			}
		}
	}

	private void poll(Connection connection) throws SQLException {
		PGConnection postgres = connection.unwrap(PGConnection.class);
		long heard = System.currentTimeMillis();
		while (this.running) {
			PGNotification[] notifications = postgres.getNotifications(POLL_MILLIS);
			long now = System.currentTimeMillis();
			if (notifications != null && notifications.length > 0) {
				heard = now;
				for (PGNotification notification : notifications) {
					receive(notification.getParameter());
				}
			}
			else if (now - heard > PROBE_AFTER_MILLIS) {
				// A connection lost without a goodbye stays silent; a query finds out.
				try (Statement statement = connection.createStatement()) {
					statement.execute("select 1");
				}
				heard = now;
			}
		}
	}

	void receive(String payload) {
		Optional<WorkshopChange> decoded = decode(payload);
		if (decoded.isEmpty()) {
			String shown = (payload == null) ? "null"
					: (payload.length() > 40) ? payload.substring(0, 40) + "..." : payload;
			log.warn("Ignored a malformed workshop announcement on {}: '{}'", this.channel, shown);
			return;
		}
		WorkshopChange change = decoded.get();
		if (!remember(change)) {
			// This server's own announcement coming back, or one already caught up.
			return;
		}
		try {
			this.catchUp.catchUp(change.workshop());
		}
		catch (RuntimeException ex) {
			log.warn("Could not read the new events of {}", change, ex);
		}
		this.local.tell(change);
	}

	private void recover() {
		try {
			this.catchUp.catchUpAll();
		}
		catch (RuntimeException ex) {
			log.warn("Could not catch up the workshops held after reconnecting", ex);
		}
		for (WorkshopId workshop : this.local.workshops()) {
			long version = this.told.getOrDefault(workshop.value(), 0L);
			try {
				version = Math.max(version, this.catchUp.catchUp(workshop));
			}
			catch (RuntimeException ex) {
				log.warn("Could not read the new events of workshop {}", workshop.value(), ex);
			}
			WorkshopChange change = new WorkshopChange(workshop, version);
			remember(change);
			this.local.tell(change);
		}
	}

	private static void closeQuietly(Connection connection) {
		if (connection == null) {
			return;
		}
		try {
			connection.close();
		}
		catch (SQLException ex) {
			log.debug("Closing the listening connection failed", ex);
		}
	}

}
