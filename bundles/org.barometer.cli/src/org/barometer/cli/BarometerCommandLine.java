package org.barometer.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.barometer.cli.benchmark.BenchmarkCommand;
import org.barometer.cli.export.ExportCommand;
import org.barometer.cli.validate.ValidateCommand;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** `barometer <command>`: parses the arguments and runs the command. Exit codes: 0 fine, 1 errors found, 2 bad usage. */
@Command(name = "barometer", mixinStandardHelpOptions = true, version = "Barometer Studio 0.1.0",
		description = "Checks and publishes scored-event monitoring issues.",
		subcommands = { ValidateCommand.class, ExportCommand.class, BenchmarkCommand.class })
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
			err.println("barometer: " + e.getMessage());
			return FAILED;
		});
		return commandLine.execute(args);
	}
}
