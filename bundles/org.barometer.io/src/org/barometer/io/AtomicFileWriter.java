package org.barometer.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a file so that readers see either the previous file or the complete new one, never
 * a half-written one: the content goes to a temporary file in the same folder (so that the
 * rename stays on one file system), is checked, and is then renamed over the target with
 * {@code ATOMIC_MOVE}. If writing fails, the temporary file is deleted and the target is
 * untouched. A process killed midway cannot clean up after itself; its temporary file
 * carries its process id, and the next write to the same target removes it once that
 * process is gone.
 * <p>
 * Nothing is forced to disk. Atomicity comes from the rename, not from a sync; a sync only
 * adds durability against a power cut in the seconds after the write. What is written here is
 * an export or an imported issue, made again in a second from the saved issues or the published
 * source (this class never writes what the user typed), and the sync of the file and of its
 * folder cost as much as writing the appendix itself (docs/performance.md). On ext4, the usual
 * Linux file system, a file renamed over another has its data written before the rename anyway;
 * elsewhere a power cut right after an export or import may leave that file empty, and doing it
 * again mends it.
 */
public final class AtomicFileWriter {

	/** Writes the whole content to a stream; may throw midway. */
	@FunctionalInterface
	public interface Content {
		void writeTo(OutputStream out) throws IOException;
	}

	/** What follows ".TARGET." in a temporary file's name: the writer's process id, a nonce. */
	private static final Pattern TEMPORARY = Pattern.compile("(\\d+)-[0-9a-z]+\\.tmp");

	private AtomicFileWriter() {
	}

	/** Checks a written file before it replaces its target (e.g. that it opens); throws to refuse it. */
	@FunctionalInterface
	public interface Check {
		void verify(Path written) throws IOException;
	}

	/**
	 * A file written in full beside its target, waiting to replace it: several files that belong
	 * together (an issue's exports) are all staged before any is committed, so that a failure
	 * in any of them leaves every target as it was.
	 */
	public static final class Staged {
		private final Path target;
		private final Path temporary;

		private Staged(Path target, Path temporary) {
			this.target = target;
			this.temporary = temporary;
		}

		public Path target() {
			return target;
		}

		/** Renames the written file over its target. */
		public void commit() throws IOException {
			try {
				Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (IOException e) {
				discard();
				throw new TargetNotWrittenException(target, WriteFailureReason.of(target, e), e);
			}
		}

		/** Drops the written file; the target stays as it was. */
		public void discard() {
			try {
				Files.deleteIfExists(temporary);
			} catch (IOException e) {
				// left for the next write to the same target to remove (its process is gone by then)
			}
		}
	}

	public static void write(Path target, Content content) throws IOException {
		stage(target, content, written -> {
		}).commit();
	}

	/**
	 * Writes the content beside the target and checks it; the target is untouched until {@link Staged#commit()}.
	 * A failure of the file system is reported as a {@link TargetNotWrittenException} naming the target.
	 */
	public static Staged stage(Path target, Content content, Check check) throws IOException {
		if (Files.isDirectory(target)) {
			throw new TargetNotWrittenException(target, WriteFailureReason.FOLDER_IN_THE_WAY, null);
		}
		try {
			return stageUnchecked(target, content, check);
		} catch (IOException e) {
			if (WriteFailureReason.isFileSystems(e)) {
				throw new TargetNotWrittenException(target, WriteFailureReason.of(target, e), e);
			}
			throw e;
		}
	}

	private static Staged stageUnchecked(Path target, Content content, Check check) throws IOException {
		Path folder = target.toAbsolutePath().getParent();
		String name = target.getFileName().toString();
		removeAbandonedTemporaries(folder, name);
		Path temporary = createTemporary(folder, name);
		boolean staged = false;
		try {
			// a content that closes the stream itself is fine: closing it again does nothing
			try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary, StandardOpenOption.WRITE), 1 << 16)) {
				content.writeTo(out);
			}
			check.verify(temporary);
			staged = true;
			return new Staged(target, temporary);
		} finally {
			if (!staged) {
				Files.deleteIfExists(temporary);
			}
		}
	}

	/** ".issue-18.docx.4711-k3j9x0.tmp": hidden, beside its target, named after its writer's process. */
	static String temporaryName(String target, long pid, String nonce) {
		return "." + target + "." + pid + "-" + nonce + ".tmp";
	}

	private static Path createTemporary(Path folder, String name) throws IOException {
		long pid = ProcessHandle.current().pid();
		while (true) {
			Path candidate = folder.resolve(temporaryName(name, pid, Long.toString(ThreadLocalRandom.current().nextLong() >>> 1, 36)));
			try {
				// createFile, not createTempFile: the new file gets the folder's usual permissions, not 0600
				return Files.createFile(candidate);
			} catch (FileAlreadyExistsException e) {
				// astronomically unlikely; draw another name
			}
		}
	}

	/** Temporary files of this target left by processes that no longer run (killed midway). */
	private static void removeAbandonedTemporaries(Path folder, String name) {
		String prefix = "." + name + ".";
		try (DirectoryStream<Path> files = Files.newDirectoryStream(folder,
				file -> file.getFileName().toString().startsWith(prefix) && file.getFileName().toString().endsWith(".tmp"))) {
			for (Path file : files) {
				Matcher matcher = TEMPORARY.matcher(file.getFileName().toString().substring(prefix.length()));
				if (matcher.matches() && !isRunning(Long.parseLong(matcher.group(1)))) {
					Files.deleteIfExists(file);
				}
			}
		} catch (IOException | NumberFormatException e) {
			// tidying is best effort: it must never stop the write itself
		}
	}

	private static boolean isRunning(long pid) {
		return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
	}
}
