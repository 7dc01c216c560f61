package dev.fearless.target;

/**
 * A setting's value and where it came from.
 *
 * @param value  the trimmed, non-empty value
 * @param rank   the precedence of its source: 0 system properties, 1 environment, 2 fearless.yml
 * @param origin where it was set, for messages ({@code environment variable FEARLESS_BASE_URL})
 */
record SettingValue(String value, int rank, String origin) {
    static final int PROPERTIES = 0;
    static final int ENVIRONMENT = 1;
    static final int FILE = 2;

    @Override
    public String toString() {
        return origin + "='" + Secrets.mask(value) + "'";
    }
}
