package dev.fearless.engine.internal.config;

import java.math.BigInteger;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.fearless.engine.config.StepDefinition;
import dev.fearless.engine.internal.config.YamlNode.Scalar;
import dev.fearless.engine.internal.config.YamlNode.Scalar.Kind;

/** The typed values of the configuration, each with the message that says what the value must be. */
final class Scalars {

    static final String RATIO = "a number between 0 and 1";
    static final String COUNT = "a whole number of 0 or more";
    static final String MINIMUM_TESTS = "a whole number of 1 or more (a step that finds no test is a STOP anyway:"
            + " its pass rate cannot be computed); leave minTests out for 1";
    static final String DURATION = "a positive duration such as 500ms, 60s, 10m or 2h";
    static final String DURATION_BOUND = "at most " + StepDefinition.MAX_TIME_LIMIT.toHours() + "h (7 days):"
            + " a step still running after that is hung, not slow; use a shorter limit such as 30m or 2h";

    private static final Pattern DURATION_TEXT = Pattern.compile("(\\d{1,9})(ms|s|m|h)");

    private Scalars() {
    }

    /** A ratio in [0, 1]; {@code 1} is 1.0. */
    static double ratio(YamlNode node) {
        if (node instanceof Scalar scalar && isNumber(scalar)) {
            double value = scalar.number().doubleValue();
            if (value >= 0 && value <= 1) {
                return value;
            }
        }
        throw node.mustBe(RATIO);
    }

    /**
     * A minimum number of tests, in [1, Integer.MAX_VALUE]. Not 0: a step that finds no test stops anyway, since its
     * pass rate cannot be computed, so a 0 would read as a promise the gate does not keep.
     */
    static int minimumTests(YamlNode node) {
        long count = wholeNumber(node, Integer.MAX_VALUE, MINIMUM_TESTS);
        if (count == 0) {
            throw node.mustBe(MINIMUM_TESTS);
        }
        return (int) count;
    }

    /** An integer count in [0, Long.MAX_VALUE]. */
    static long longCount(YamlNode node) {
        return wholeNumber(node, Long.MAX_VALUE, COUNT);
    }

    /**
     * A positive duration written as an integer and a unit: {@code 500ms}, {@code 60s}, {@code 10m}, {@code 2h}; at
     * most {@link StepDefinition#MAX_TIME_LIMIT}, so that no deadline computed from it can overflow.
     */
    static Duration duration(YamlNode node) {
        if (node instanceof Scalar scalar && scalar.kind() == Kind.STRING) {
            Matcher matcher = DURATION_TEXT.matcher(scalar.text());
            if (matcher.matches()) {
                long amount = Long.parseLong(matcher.group(1));
                Duration duration = switch (matcher.group(2)) {
                    case "ms" -> Duration.ofMillis(amount);
                    case "s" -> Duration.ofSeconds(amount);
                    case "m" -> Duration.ofMinutes(amount);
                    default -> Duration.ofHours(amount);
                };
                if (duration.compareTo(StepDefinition.MAX_TIME_LIMIT) > 0) {
                    throw node.mustBe(DURATION_BOUND);
                }
                if (!duration.isZero()) {
                    return duration;
                }
            }
        }
        throw node.mustBe(DURATION);
    }

    /** A text that is not blank. */
    static String text(YamlNode node, String expectation) {
        if (node instanceof Scalar scalar && scalar.kind() == Kind.STRING && !scalar.text().isBlank()) {
            return scalar.text();
        }
        throw node.mustBe(expectation);
    }

    private static long wholeNumber(YamlNode node, long max, String expectation) {
        if (node instanceof Scalar scalar && scalar.kind() == Kind.INTEGER && scalar.number() != null) {
            BigInteger value = new BigInteger(scalar.number().toString());
            if (value.signum() >= 0 && value.compareTo(BigInteger.valueOf(max)) <= 0) {
                return value.longValueExact();
            }
        }
        throw node.mustBe(expectation);
    }

    private static boolean isNumber(Scalar scalar) {
        return (scalar.kind() == Kind.INTEGER || scalar.kind() == Kind.FLOAT) && scalar.number() != null;
    }
}
