package dev.fearless.engine;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * One rule of a step, checked: for example {@code coverage.line} with threshold {@code 0.85} and actual
 * {@code 0.5}. Passed rules are reported too. {@code actual} is {@code null} when it could not be measured.
 *
 * @param rule      the rule's name: {@code passRate}, {@code minTests}, {@code coverage.line},
 *                  {@code maxFindings.error}, {@code testTimeout}, {@code maxDuration}, ...
 * @param threshold the limit the rule sets
 * @param actual    what was measured
 * @param ok        whether the rule held
 * @param message   one line for people, in JaCoCo's shape:
 *                  "coverage.line is 0.5000, but expected minimum is 0.8500"
 */
@API(status = STABLE, since = "0.1")
public record RuleResult(String rule, Object threshold, Object actual, boolean ok, String message) {
}
