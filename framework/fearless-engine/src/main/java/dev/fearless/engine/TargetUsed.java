package dev.fearless.engine;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * The target environment the tests of a run used, as they resolved it: so that a post-deploy verdict says which
 * environment it approved, even when a setting the pipeline did not expect (a {@code fearless.baseUrl} in Surefire's
 * {@code systemPropertyVariables}, say) chose it.
 *
 * @param baseUrl the base URL, credentials masked
 * @param source  where it came from: {@code system property fearless.baseUrl}, {@code environment variable
 *                FEARLESS_BASE_URL}, {@code fearless.yml target.baseUrl}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record TargetUsed(String baseUrl, String source) {
}
