package dev.fearless.cli;

import java.nio.file.Path;
import java.util.Optional;

import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The report directory of a {@code fearless gate} command line that picocli refused (an unknown option, a missing
 * value), so that the last run's verdict there can be deleted: a pipeline must not read its GO after a refused run.
 * picocli stops at the first error and leaves later options unset, hence a second, lenient parse that looks only for
 * {@code --report-dir} and {@code --project-dir} and lets everything else pass.
 */
final class RefusedGateArguments {

    @Option(names = "--report-dir")
    Path reportDir;

    @Option(names = "--project-dir", defaultValue = ".")
    Path projectDir;

    private RefusedGateArguments() {
    }

    /**
     * The report directory {@code args} name, or empty when even the lenient parse cannot tell or the directory
     * cannot be one ({@link GateCommand#reportDirectoryProblem}).
     */
    static Optional<Path> reportDirectory(String[] args) {
        RefusedGateArguments found = new RefusedGateArguments();
        try {
            new CommandLine(found)
                    .setUnmatchedArgumentsAllowed(true)
                    .setOverwrittenOptionsAllowed(true)
                    .parseArgs(args);
        } catch (ParameterException | IllegalArgumentException e) {
            // "--report-dir" without a value, or a path the file system refuses: nothing to delete with certainty.
            return Optional.empty();
        }
        if (GateCommand.reportDirectoryProblem(found.projectDir, found.reportDir).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(GateCommand.reportDirectory(found.projectDir, found.reportDir));
    }
}
