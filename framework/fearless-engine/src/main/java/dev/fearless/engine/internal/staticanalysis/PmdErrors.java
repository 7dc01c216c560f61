package dev.fearless.engine.internal.staticanalysis;

import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;

import org.slf4j.event.Level;

import net.sourceforge.pmd.util.log.PmdReporter;

/**
 * PMD's message reporter for {@link PmdAnalyzer}: silent (nothing on the console), but it keeps the errors, so that a
 * failure of PMD itself becomes an exception instead of a clean-looking report.
 */
final class PmdErrors implements PmdReporter {

    private int errors;
    private String first;

    @Override
    public boolean isLoggable(Level level) {
        return level == Level.ERROR;
    }

    @Override
    public synchronized void logEx(Level level, String message, Object[] formatArgs, Throwable error) {
        if (level != Level.ERROR) {
            return;
        }
        errors++;
        if (first == null) {
            String text = message == null ? "" : format(message, formatArgs);
            String cause = error == null ? "" : String.valueOf(error.getMessage() == null ? error : error.getMessage());
            first = (text.isEmpty() ? cause : cause.isEmpty() ? text : text + ": " + cause);
            first = first.lines().findFirst().orElse(first);
        }
    }

    @Override
    public synchronized int numErrors() {
        return errors;
    }

    /** Throws when PMD reported an error, with the first one in the message. */
    synchronized void failIfAny(List<Path> roots, Path reportFile) throws StaticAnalysisException {
        if (errors > 0) {
            throw new StaticAnalysisException("PMD failed on " + PmdAnalyzer.describe(roots) + " (report " + reportFile
                    + "): " + first + (errors > 1 ? " (and " + (errors - 1) + " more errors)" : "")
                    + "; fix that, or configure a report under the static step's reports:");
        }
    }

    private static String format(String message, Object[] args) {
        try {
            return MessageFormat.format(message, args == null ? new Object[0] : args);
        } catch (IllegalArgumentException e) {
            return message;
        }
    }
}
