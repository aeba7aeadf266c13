package org.threefold.benchmark.load;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpServer;

import org.threefold.support.Infrastructure;

/**
 * Cold start: the time from starting a JVM to the first page it serves, for a new
 * installation (empty database: Flyway creates the schema and the demo partnership is
 * loaded) and for a restart on the same database, on H2 on disk and on PostgreSQL. Each
 * start is a fresh process, started the way an operator would start it, and polled every
 * 20 ms for the sign-in page ({@code /login}, a Vaadin view) until it answers 200. The
 * floor is the same JVM and class path serving one fixed page with the JDK's own HTTP
 * server: what no application can beat on this machine.
 * <p>
 * Arguments: {@code [starts] [jar]}: starts per case (default 2), and optionally the
 * production jar ({@code ./mvnw -Pproduction package -DskipTests}) to start with
 * {@code java -jar} instead of the class path this runner was started with (development
 * mode, as the other runners).
 */
public final class ColdStartBenchmark {

	private static final Pattern STARTED = Pattern
		.compile("Started ThreefoldApplication in ([0-9.]+) seconds \\(process running for ([0-9.]+)\\)");

	private final String java = ProcessHandle.current().info().command().orElse("java");

	private final String classPath = System.getProperty("java.class.path");

	private final Path jar;

	private ColdStartBenchmark(Path jar) {
		this.jar = jar;
	}

	public static void main(String[] args) throws Exception {
		int starts = (args.length > 0) ? Integer.parseInt(args[0]) : 2;
		Path jar = (args.length > 1) ? Path.of(args[1]) : null;
		System.out.printf(Locale.ROOT,
				"%nThreefold cold start: %d starts per case, %s, %d cores, JDK %s, " + "load average %s%n", starts,
				(jar == null) ? "class path (development mode)" : "jar " + jar,
				Runtime.getRuntime().availableProcessors(), Runtime.version(), RespondentLoadBenchmark.loadAverage());
		new ColdStartBenchmark(jar).run(starts);
	}

	private void run(int starts) throws Exception {
		System.out.println();
		System.out.println("| case | start | first page ms | Spring's \"started in\" s | load average |");
		System.out.println("| --- | ---: | ---: | ---: | --- |");
		for (int i = 1; i <= starts; i++) {
			Path directory = Files.createTempDirectory("threefold-coldstart");
			try {
				List<String> h2 = List.of("--spring.datasource.url=jdbc:h2:file:" + directory.resolve("threefold")
						+ ";AUTO_SERVER=FALSE");
				start("H2 on disk, new installation", i, h2);
				start("H2 on disk, restart on its data", i, h2);
			}
			finally {
				deleteQuietly(directory);
			}
			String schema = "coldstart_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
			String separator = Infrastructure.POSTGRES_URL.contains("?") ? "&" : "?";
			List<String> postgres = List.of("--spring.profiles.active=postgres",
					"--spring.datasource.url=" + Infrastructure.POSTGRES_URL + separator + "currentSchema=" + schema,
					"--spring.datasource.username=" + Infrastructure.POSTGRES_USER,
					"--spring.datasource.password=" + Infrastructure.POSTGRES_PASSWORD,
					"--spring.flyway.schemas=" + schema, "--spring.flyway.create-schemas=true",
					"--spring.datasource.hikari.maximum-pool-size=5");
			try {
				start("PostgreSQL, new installation", i, postgres);
				start("PostgreSQL, restart on its data", i, postgres);
			}
			finally {
				try (Connection connection = Infrastructure.postgres();
						Statement statement = connection.createStatement()) {
					statement.execute("drop schema if exists " + schema + " cascade");
				}
			}
			floor(i);
		}
	}

	private void start(String label, int attempt, List<String> database) throws Exception {
		int port = freePort();
		List<String> command = new ArrayList<>(List.of(this.java));
		if (this.jar == null) {
			command.addAll(List.of("-cp", this.classPath, "org.threefold.ThreefoldApplication"));
		}
		else {
			command.addAll(List.of("-jar", this.jar.toString()));
		}
		command.addAll(List.of("--server.port=" + port, "--threefold.demo.enabled=true",
				"--threefold.scheduling.enabled=false", "--vaadin.devmode.devTools.enabled=false",
				"--spring.main.banner-mode=off"));
		command.addAll(database);
		Path log = Files.createTempFile("threefold-coldstart", ".log");
		String loadAverage = RespondentLoadBenchmark.loadAverage();
		long started = System.nanoTime();
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		try {
			long firstPage = firstPage(port, "login", process, started);
			String output = Files.readString(log);
			System.out.printf(Locale.ROOT, "| %s | %d | %d | %s | %s |%n", label, attempt, firstPage,
					find(STARTED, output, 1), loadAverage);
		}
		finally {
			process.destroy();
			if (!process.waitFor(30, TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
			Files.deleteIfExists(log);
		}
	}

	/**
	 * The floor: a JVM on the same class path serving one fixed page with the JDK's HTTP
	 * server.
	 */
	private void floor(int attempt) throws Exception {
		int port = freePort();
		List<String> command = List.of(this.java, "-cp", this.classPath, StaticPage.class.getName(),
				Integer.toString(port));
		String loadAverage = RespondentLoadBenchmark.loadAverage();
		long started = System.nanoTime();
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
		try {
			long firstPage = firstPage(port, "", process, started);
			System.out.printf(Locale.ROOT, "| floor: JVM serving one fixed page | %d | %d | | %s |%n", attempt,
					firstPage, loadAverage);
		}
		finally {
			process.destroy();
			process.waitFor(30, TimeUnit.SECONDS);
		}
	}

	/** Milliseconds from {@code started} until the page answers 200. */
	private static long firstPage(int port, String path, Process process, long started) throws Exception {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
		URI page = URI.create("http://127.0.0.1:" + port + "/" + path);
		long deadline = started + TimeUnit.MINUTES.toNanos(5);
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException("the process stopped with exit code " + process.exitValue());
			}
			try {
				HttpResponse<Void> response = http.send(
						HttpRequest.newBuilder(page).timeout(Duration.ofSeconds(30)).GET().build(),
						HttpResponse.BodyHandlers.discarding());
				if (response.statusCode() == 200) {
					return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
				}
			}
			catch (IOException ex) {
				// Not listening yet.
			}
			Thread.sleep(20);
		}
		throw new IllegalStateException("no page from port " + port + " within 5 minutes");
	}

	private static String find(Pattern pattern, String text, int group) {
		Matcher matcher = pattern.matcher(text);
		return matcher.find() ? matcher.group(group) : "";
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static void deleteQuietly(Path directory) {
		try (var files = Files.walk(directory)) {
			files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
		}
		catch (IOException ex) {
			// A temporary directory left behind is harmless.
		}
	}

	/** The floor's whole program: one fixed page on the given port. */
	public static final class StaticPage {

		private StaticPage() {
		}

		public static void main(String[] args) throws IOException {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", Integer.parseInt(args[0])), 0);
			byte[] page = "<!doctype html><title>Threefold</title><p>Hello".getBytes(StandardCharsets.UTF_8);
			server.createContext("/", (exchange) -> {
				exchange.sendResponseHeaders(200, page.length);
				try (OutputStream body = exchange.getResponseBody()) {
					body.write(page);
				}
			});
			server.start();
		}

	}

}
