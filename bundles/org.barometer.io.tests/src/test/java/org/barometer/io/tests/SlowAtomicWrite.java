package org.barometer.io.tests;

import java.io.IOException;
import java.nio.file.Path;

import org.barometer.io.AtomicFileWriter;

/**
 * Run in a separate JVM by {@link AtomicFileWriterTest}: starts replacing the file named by
 * its argument, says so on stdout once half of the content is written, then waits to be
 * killed before it could finish.
 */
public final class SlowAtomicWrite {

	public static final String HALF_WRITTEN = "half written";

	private SlowAtomicWrite() {
	}

	public static void main(String[] args) throws IOException, InterruptedException {
		AtomicFileWriter.write(Path.of(args[0]), out -> {
			out.write(new byte[256 * 1024]);
			out.flush();
			System.out.println(HALF_WRITTEN);
			System.out.flush();
			try {
				Thread.sleep(120_000);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			out.write(new byte[256 * 1024]);
		});
	}
}
