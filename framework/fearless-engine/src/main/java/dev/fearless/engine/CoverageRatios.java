package dev.fearless.engine;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * Covered ratios, between 0 and 1, over the code under test, as JaCoCo computes them. A ratio is {@code null} when
 * the code has nothing of that kind to cover (for example no branch at all).
 */
@API(status = STABLE, since = "0.1")
public record CoverageRatios(Double line, Double branch, Double instruction) {

    /** The ratio of the given metric: {@code line}, {@code branch} or {@code instruction}. */
    public Double get(CoverageMetric metric) {
        return switch (metric) {
            case LINE -> line;
            case BRANCH -> branch;
            case INSTRUCTION -> instruction;
        };
    }
}
