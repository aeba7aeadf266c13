package org.threefold.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

import org.threefold.security.CurrentUser;
import org.threefold.security.SignedInUser;
import org.threefold.security.SystemTask;
import org.threefold.shared.AssessmentId;

/**
 * Exports run off the screen's thread: {@link #start} checks access at once, then writes
 * the file to a temporary file on one of two worker threads, as the person who asked (the
 * same role checks as {@link ExportService}), telling the screen how far it has got. The
 * file can be downloaded by the same person for an hour, then it is deleted.
 */
@Service
public class ExportJobs {

	static final Duration KEEP = Duration.ofHours(1);

	private static final Logger log = LoggerFactory.getLogger(ExportJobs.class);

	private final ExportService exports;

	private final CurrentUser currentUser;

	private final Clock clock;

	private final ExecutorService workers = Executors.newFixedThreadPool(2, (task) -> {
		Thread thread = new Thread(task, "threefold-export");
		thread.setDaemon(true);
		return thread;
	});

	private final Map<UUID, Entry> jobs = new ConcurrentHashMap<>();

	ExportJobs(ExportService exports, CurrentUser currentUser, Clock clock) {
		this.exports = exports;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	/**
	 * Starts an export and returns at once; {@code onChange} hears of progress and the
	 * end from the worker thread (a screen passes it through {@code UI.access}).
	 */
	public ExportJob start(AssessmentId id, ExportFormat format, Consumer<ExportJob> onChange) {
		SignedInUser user = this.currentUser.require();
		ExportFile file = this.exports.describe(id, format);
		cleanUp();
		UUID jobId = UUID.randomUUID();
		Entry entry = new Entry(user.username(), this.clock.instant(), new ExportJob(jobId, format, file.fileName(),
				ExportJob.Status.RUNNING, 0, "Waiting to start", 0, null));
		this.jobs.put(jobId, entry);
		this.workers.submit(() -> SystemTask.as(user, () -> {
			run(entry, id, format, onChange);
			return null;
		}));
		return entry.job;
	}

	private void run(Entry entry, AssessmentId id, ExportFormat format, Consumer<ExportJob> onChange) {
		try {
			entry.path = Files.createTempFile("threefold-export-", "-" + format.fileName());
			try (OutputStream out = Files.newOutputStream(entry.path)) {
				this.exports.write(id, format, out, (fraction, step) -> {
					entry.update(ExportJob.Status.RUNNING, Math.max(0, Math.min(1, fraction)), step, 0, null);
					onChange.accept(entry.job);
				});
			}
			entry.update(ExportJob.Status.DONE, 1, "Ready to download", Files.size(entry.path), null);
		}
		catch (Exception ex) {
			log.warn("Export {} of assessment {} failed", format.fileName(), id, ex);
			entry.update(ExportJob.Status.FAILED, entry.job.progress(), "Failed", 0,
					"The export could not be made. Please try again; if it fails again, tell your administrator.");
		}
		onChange.accept(entry.job);
	}

	/** A job of the signed-in person, or empty. */
	public Optional<ExportJob> get(UUID id) {
		return own(id).map((entry) -> entry.job);
	}

	/** The finished file of a job of the signed-in person, to stream to the browser. */
	public InputStream open(UUID id) {
		Entry entry = own(id).filter((e) -> e.job.status() == ExportJob.Status.DONE)
			.orElseThrow(() -> new IllegalStateException("This export is not ready or has expired"));
		try {
			return Files.newInputStream(entry.path);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Optional<Entry> own(UUID id) {
		String username = this.currentUser.require().username();
		return Optional.ofNullable(this.jobs.get(id)).filter((entry) -> entry.owner.equals(username));
	}

	private void cleanUp() {
		Instant cutoff = this.clock.instant().minus(KEEP);
		this.jobs.values().removeIf((entry) -> {
			if (entry.started.isBefore(cutoff) && entry.job.finished()) {
				entry.delete();
				return true;
			}
			return false;
		});
	}

	@PreDestroy
	void stop() {
		this.workers.shutdownNow();
		this.jobs.values().forEach(Entry::delete);
	}

	private static final class Entry {

		final String owner;

		final Instant started;

		volatile ExportJob job;

		volatile Path path;

		Entry(String owner, Instant started, ExportJob job) {
			this.owner = owner;
			this.started = started;
			this.job = job;
		}

		void update(ExportJob.Status status, double progress, String step, long size, String problem) {
			this.job = new ExportJob(this.job.id(), this.job.format(), this.job.fileName(), status, progress, step,
					size, problem);
		}

		void delete() {
			try {
				if (this.path != null) {
					Files.deleteIfExists(this.path);
				}
			}
			catch (IOException ex) {
				log.debug("Could not delete {}", this.path, ex);
			}
		}

	}

}
