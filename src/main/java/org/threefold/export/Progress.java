package org.threefold.export;

/** Where an export has got to, for a progress bar: a fraction from 0 to 1 and a step. */
@FunctionalInterface
public interface Progress {

	/** Ignores progress, for callers who only want the file. */
	Progress NONE = (fraction, step) -> {
	};

	void report(double fraction, String step);

}
