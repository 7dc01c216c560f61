package dev.fearless.engine.internal.staticanalysis;

import java.util.Locale;
import java.util.Optional;

import dev.fearless.engine.Severity;

/**
 * The one place where each format's levels become {@link Severity}s; the table is documented on
 * {@link FindingsReader}. An unknown value is an {@link IllegalArgumentException} whose message says what was expected;
 * the readers add the file and position.
 */
final class SeverityTable {

    /** From this SARIF {@code security-severity} on, a result is {@link Severity#CRITICAL} whatever its level. */
    static final double SECURITY_SEVERITY_CRITICAL = 7.0;

    private SeverityTable() {
    }

    static Severity sarifLevel(String level) {
        return switch (level) {
            case "error" -> Severity.ERROR;
            case "warning" -> Severity.MAJOR;
            case "note" -> Severity.MINOR;
            case "none" -> Severity.INFO;
            default -> throw unknown("SARIF level", level, "error, warning, note or none");
        };
    }

    /** Empty for {@code ignore}, which Checkstyle writes for findings that are switched off. */
    static Optional<Severity> checkstyle(String severity) {
        return switch (severity) {
            case "error" -> Optional.of(Severity.ERROR);
            case "warning" -> Optional.of(Severity.MAJOR);
            case "info" -> Optional.of(Severity.INFO);
            case "ignore" -> Optional.empty();
            default -> throw unknown("Checkstyle severity", severity, "error, warning, info or ignore");
        };
    }

    static Severity pmdPriority(String priority) {
        return switch (priority.trim()) {
            case "1" -> Severity.ERROR;
            case "2" -> Severity.CRITICAL;
            case "3" -> Severity.MAJOR;
            case "4" -> Severity.MINOR;
            case "5" -> Severity.INFO;
            default -> throw unknown("PMD priority", priority, "1, 2, 3, 4 or 5");
        };
    }

    /** By {@code rank} when there is one (SpotBugs always writes it), else by {@code priority}. */
    static Severity spotbugs(String rank, String priority) {
        if (rank != null) {
            int value = parseInt(rank, "SpotBugs rank", "1 to 20");
            if (value >= 1 && value <= 4) {
                return Severity.ERROR;
            } else if (value >= 5 && value <= 9) {
                return Severity.CRITICAL;
            } else if (value >= 10 && value <= 14) {
                return Severity.MAJOR;
            } else if (value >= 15 && value <= 20) {
                return Severity.MINOR;
            }
            throw unknown("SpotBugs rank", rank, "1 to 20");
        }
        if (priority == null) {
            throw new IllegalArgumentException("BugInstance has neither rank nor priority; expected one of them");
        }
        return switch (priority.trim()) {
            case "1" -> Severity.CRITICAL;
            case "2" -> Severity.MAJOR;
            case "3" -> Severity.MINOR;
            default -> throw unknown("SpotBugs priority", priority, "1, 2 or 3");
        };
    }

    /** A SARIF {@code security-severity} property: a number from 0.0 to 10.0, usually written as a string. */
    static double securitySeverity(String value) {
        try {
            double score = Double.parseDouble(value.trim());
            if (score >= 0.0 && score <= 10.0) {
                return score;
            }
        } catch (NumberFormatException e) {
            // reported below, with what was expected
        }
        throw unknown("SARIF security-severity", value, "a number from 0.0 to 10.0");
    }

    private static int parseInt(String value, String what, String expected) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw unknown(what, value, expected);
        }
    }

    private static IllegalArgumentException unknown(String what, String value, String expected) {
        return new IllegalArgumentException(String.format(Locale.ROOT, "unknown %s \"%s\"; expected %s", what, value,
                expected));
    }
}
