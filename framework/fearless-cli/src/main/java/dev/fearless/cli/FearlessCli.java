package dev.fearless.cli;

import java.util.Arrays;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code fearless} command: {@code java -jar fearless-cli.jar gate predeploy --class-path ... --scan-class-path}.
 * Its exit code is the gate's: 0 GO, 1 STOP, 2 usage or configuration error, 3 the tests could not be run.
 * {@code fearless report --report-dir DIR} then makes the run's Allure report.
 */
@Command(name = "fearless", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Runs a deploy gate's tests and rules, and answers GO or STOP.",
            "Makes the last run's Allure report."},
        subcommands = {GateCommand.class, ReportCommand.class},
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
            GateCommand.EXIT_GO, GateCommand.EXIT_STOP, GateCommand.EXIT_USAGE, GateCommand.EXIT_NOT_RUN})
public final class FearlessCli {

    /** Read by {@link ErrorHandler} from the parse result; declared here so every subcommand has it. */
    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "Print the stack trace of an unexpected error.")
    boolean verbose;

    /** Runs the command line and exits with the gate's exit code. */
    public static void main(String[] args) {
        if (Arrays.asList(args).contains("gate")) {
            BackgroundPreload.start();
        }
        System.exit(newCommandLine().execute(args));
    }

    /** The {@code fearless} command line, with errors mapped to one-line messages and exit codes 2 and 3. */
    static CommandLine newCommandLine() {
        return newCommandLine(CommandLine.defaultFactory());
    }

    /** As {@link #newCommandLine()}, creating the commands with {@code factory} (tests hand in a fake engine). */
    static CommandLine newCommandLine(IFactory factory) {
        ErrorHandler errors = new ErrorHandler();
        return new CommandLine(new FearlessCli(), factory)
                .setParameterExceptionHandler(errors)
                .setExecutionExceptionHandler(errors);
    }
}
