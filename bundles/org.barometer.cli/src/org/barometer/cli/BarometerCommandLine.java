package org.barometer.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.barometer.cli.benchmark.BenchmarkCommand;
import org.barometer.cli.export.ExportCommand;
import org.barometer.cli.importing.ImportCommand;
import org.barometer.cli.validate.ValidateCommand;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** `barometer <command>`: parses the arguments and runs the command. Exit codes: 0 fine, 1 errors found, 2 bad usage. */
@Command(name = "barometer", mixinStandardHelpOptions = true, version = "Barometer Studio 0.1.0",
		description = "Checks and publishes scored-event monitoring issues.",
		subcommands = { ValidateCommand.class, ExportCommand.class, ImportCommand.class, BenchmarkCommand.class })
public final class BarometerCommandLine implements Callable<Integer> {

	public static final int OK = 0;
	public static final int FAILED = 1;
	public static final int USAGE = 2;

	@CommandLine.Spec
	private CommandLine.Model.CommandSpec spec;

	@Override
	public Integer call() {
		PrintWriter err = spec.commandLine().getErr();
		err.println("barometer: missing command.");
		spec.commandLine().usage(err);
		return USAGE;
	}

	public static int run(String[] args, PrintStream out, PrintStream err) {
		CommandLine commandLine = new CommandLine(new BarometerCommandLine());
		commandLine.setOut(new PrintWriter(out, true));
		commandLine.setErr(new PrintWriter(err, true));
		commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
			// an exception's text is a programmer's; the user gets what happened and what to do
			err.println("barometer: an internal error stopped the command; please report it with the files it was given.");
			return FAILED;
		});
		try {
			return commandLine.execute(args);
		} catch (OutOfMemoryError e) {
			// the launcher would exit 13 with the error only in its log
			err.println("barometer: out of memory: the files given are too large for the memory available (-Xmx in the barometer script).");
			return FAILED;
		} catch (StackOverflowError e) {
			err.println("barometer: a file is nested too deeply to be read.");
			return FAILED;
		}
	}
}
