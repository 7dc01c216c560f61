package dev.fearless.engine;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** How many static-analysis findings there are of each severity. */
@API(status = STABLE, since = "0.1")
public record FindingCounts(long error, long critical, long major, long minor, long info) {

    public static final FindingCounts NONE = new FindingCounts(0, 0, 0, 0, 0);

    /** The count of one severity. */
    public long get(Severity severity) {
        return switch (severity) {
            case ERROR -> error;
            case CRITICAL -> critical;
            case MAJOR -> major;
            case MINOR -> minor;
            case INFO -> info;
        };
    }

    /** These counts with one more finding of {@code severity}. */
    public FindingCounts plus(Severity severity) {
        return plus(severity, 1);
    }

    /** These counts with {@code n} more findings of {@code severity}. */
    public FindingCounts plus(Severity severity, long n) {
        return new FindingCounts(
                error + (severity == Severity.ERROR ? n : 0),
                critical + (severity == Severity.CRITICAL ? n : 0),
                major + (severity == Severity.MAJOR ? n : 0),
                minor + (severity == Severity.MINOR ? n : 0),
                info + (severity == Severity.INFO ? n : 0));
    }

    /** The sum of two sets of counts. */
    public FindingCounts plus(FindingCounts other) {
        return new FindingCounts(error + other.error, critical + other.critical, major + other.major,
                minor + other.minor, info + other.info);
    }
}
