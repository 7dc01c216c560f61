package dev.fearless.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;

import dev.fearless.engine.ExitCode;
import dev.fearless.engine.GateException;
import dev.fearless.engine.internal.Preload;
import dev.fearless.reports.ReportedRun;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns what went wrong into one line on standard error and an exit code: a bad command line is
 * {@link ExitCode#USAGE}, a {@link GateException} keeps its own code, anything else is {@link ExitCode#NOT_RUN}
 * (the stack trace only with {@code --verbose}).
 */
final class ErrorHandler implements IParameterExceptionHandler, IExecutionExceptionHandler {

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        BackgroundPreload.await();
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println("fearless: " + e.getMessage());
        if (command.getCommand() instanceof GateCommand) {
            deleteStaleOutputs(args, err);
        }
        UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for the options.");
        err.flush();
        return ExitCode.USAGE;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parseResult) {
        BackgroundPreload.await();
        PrintWriter err = command.getErr();
        boolean verbose = isVerbose(parseResult);
        int exitCode;
        if (e instanceof GateException gateException) {
            err.println("fearless: " + e.getMessage());
            exitCode = gateException.exitCode();
        } else {
            // Our own I/O errors already say what and where; anything else is a bug, named by its class.
            String what = e instanceof UncheckedIOException ? e.getMessage() : "unexpected " + e;
            err.println("fearless: " + what + (verbose ? "" : " (--verbose prints the stack trace)"));
            exitCode = ExitCode.NOT_RUN;
        }
        if (verbose) {
            // A class that failed to initialize in the preload fails here without its cause: print the cause too.
            Preload.failure().filter(cause -> cause != e).ifPresent(e::addSuppressed);
            e.printStackTrace(err);
        }
        err.flush();
        return exitCode;
    }

    /** The refused run's report directory gets no stale GO: as a run that starts, it deletes the last one's. */
    private static void deleteStaleOutputs(String[] args, PrintWriter err) {
        try {
            RefusedGateArguments.reportDirectory(args).ifPresent(ReportedRun::deleteStaleOutputs);
        } catch (UncheckedIOException e) {
            err.println("fearless: " + e.getMessage());
        }
    }

    private static boolean isVerbose(ParseResult parseResult) {
        for (ParseResult result = parseResult; result != null; result = result.subcommand()) {
            if (result.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }
}
