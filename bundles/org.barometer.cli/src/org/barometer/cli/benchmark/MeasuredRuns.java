package org.barometer.cli.benchmark;

import java.io.PrintWriter;

/** A benchmark's --runs, refused in words when it measures nothing: the median of no run ended as an internal error. */
final class MeasuredRuns {

	private MeasuredRuns() {
	}

	/** Whether {@code runs} gives a median; if not, says why on {@code err} for the command named. */
	static boolean accepted(int runs, String command, PrintWriter err) {
		if (runs >= 1) {
			return true;
		}
		err.println(command + ": --runs " + runs + ": at least one measured run is needed for a median.");
		return false;
	}
}
