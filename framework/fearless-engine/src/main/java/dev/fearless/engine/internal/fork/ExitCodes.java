package dev.fearless.engine.internal.fork;

import dev.fearless.fork.ForkProtocol;

/** Says in words how a test JVM ended, from its exit code. */
final class ExitCodes {

    private ExitCodes() {
    }

    static String describe(int exitCode) {
        if (exitCode > 128 && exitCode < 160) {
            int signal = exitCode - 128;
            return "was killed by signal " + signal + signalName(signal);
        }
        if (exitCode == ForkProtocol.FATAL_EXIT_CODE) {
            return "stopped on an unrecoverable error";
        }
        return "exited with code " + exitCode + " (a test called System.exit or Runtime.halt?)";
    }

    private static String signalName(int signal) {
        return switch (signal) {
            case 9 -> " (SIGKILL)";
            case 15 -> " (SIGTERM)";
            case 6 -> " (SIGABRT)";
            case 11 -> " (SIGSEGV)";
            default -> "";
        };
    }
}
