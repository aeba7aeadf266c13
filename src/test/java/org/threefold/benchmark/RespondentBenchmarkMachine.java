package org.threefold.benchmark;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * The machine line every benchmark prints, so a run on a busy machine can be told apart.
 */
final class RespondentBenchmarkMachine {

	private RespondentBenchmarkMachine() {
	}

	static String describe() {
		Runtime runtime = Runtime.getRuntime();
		return String.format(Locale.UK, "%d cores, JDK %s, max heap %d MB, %s, load average %s",
				runtime.availableProcessors(), System.getProperty("java.version"), runtime.maxMemory() >> 20,
				System.getProperty("os.name"), load());
	}

	static String load() {
		return String.format(Locale.UK, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
	}

}
