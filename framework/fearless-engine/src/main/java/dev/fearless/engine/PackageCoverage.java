package dev.fearless.engine;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * The coverage of one Java package of the code under test, as JaCoCo's report computes it.
 *
 * @param name     the package, dotted ({@code com.example.cart}); empty for the default package
 * @param coverage its ratios
 */
@API(status = STABLE, since = "0.1")
public record PackageCoverage(String name, CoverageRatios coverage) {
}
