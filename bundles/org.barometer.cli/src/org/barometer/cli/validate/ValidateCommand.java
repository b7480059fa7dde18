package org.barometer.cli.validate;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.barometer.cli.BarometerCommandLine;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** `barometer validate FILE|DIR...`: the language's validator, without any UI. */
@Command(name = "validate", mixinStandardHelpOptions = true,
		description = "Validates .barometer files and prints one line per problem: file:line:col: severity: message [code].")
public class ValidateCommand implements Callable<Integer> {

	@Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = ".barometer files, or folders to search for them.")
	private List<Path> inputs;

	@CommandLine.Spec
	private CommandLine.Model.CommandSpec spec;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		for (Path input : inputs) {
			if (!Files.exists(input)) {
				err.println("barometer validate: " + input + ": no such file or folder");
				return BarometerCommandLine.USAGE;
			}
		}
		ValidationRun run = new WorkspaceValidator().validate(inputs);
		run.diagnostics().forEach(d -> out.println(d.format()));
		out.println(run.summary());
		out.flush();
		return run.errorCount() > 0 ? BarometerCommandLine.FAILED : BarometerCommandLine.OK;
	}
}
