package dev.fearless.fork;

/**
 * What the fork and the gate say to each other. The gate writes a request file of {@link java.util.Properties}
 * with the keys below and starts {@code java ... dev.fearless.fork.ForkMain <request file>}; the fork connects back
 * to {@code 127.0.0.1:<port>}, sends the token, then a stream of events, each a one-byte code followed by its
 * fields, written with {@link java.io.DataOutputStream} (strings as a length-prefixed UTF-8, {@code -1} for null).
 *
 * <p>Shared by both sides so the two can never disagree; the engine depends on this module.
 */
public final class ForkProtocol {

    /** Request key: the loopback port the gate listens on. */
    public static final String PORT = "port";
    /** Request key: a random token the fork sends first, so the gate talks only to its own fork. */
    public static final String TOKEN = "token";
    /** Request key: the file the fork maps into memory to record the running test. */
    public static final String RUNNING_TEST_FILE = "runningTestFile";
    /** Request key prefix: classpath roots to scan for tests, {@code scanRoot.0}, {@code scanRoot.1}, ... */
    public static final String SCAN_ROOT = "scanRoot.";
    /** Request key prefix: class name patterns to include. */
    public static final String INCLUDE_CLASSNAME = "includeClassname.";
    /** Request key prefix: class name patterns to exclude. */
    public static final String EXCLUDE_CLASSNAME = "excludeClassname.";
    /** Request key: the JUnit tag expression that selects the step's layer. */
    public static final String TAG_EXPRESSION = "tagExpression";
    /** Request key prefix: JUnit Platform configuration parameters. */
    public static final String CONFIG = "config.";
    /**
     * Request key prefix: JUnit Platform configuration parameters that apply unless the project sets them itself, as a
     * system property or in its {@code junit-platform.properties}.
     */
    public static final String DEFAULT_CONFIG = "defaultConfig.";

    /** Event: the test plan has {@code long} tests. */
    public static final byte FOUND = 'F';
    /** Event: {@code long} more tests were found (dynamic tests, or a failed container counted as a test). */
    public static final byte FOUND_MORE = 'A';
    /**
     * Event: a test started: {@code int id, String name, int classNameLength}. The name is {@code Class.test()}; its
     * first {@code classNameLength} characters are the class ({@code 0}: the test has none), so that a test the fork
     * never reports the end of (it crashed or hung in it) can still be reported by class and name.
     */
    public static final byte STARTED = 'S';
    /**
     * Event: a container started (the engine, a class, a {@code @TestFactory} or {@code @ParameterizedTest}):
     * {@code int id, String name}. Container and test ids are distinct and grow in the order things start.
     */
    public static final byte CONTAINER_STARTED = 'C';
    /** Event: a container ended: {@code int id}. */
    public static final byte CONTAINER_FINISHED = 'E';
    /**
     * Event: a test ended: {@code int id} ({@code -1} if it never started), {@code String uniqueId, className, name,
     * displayName}, {@code byte status}, {@code long durationMs}, {@code String failureType, message, stackTrace}.
     */
    public static final byte RESULT = 'T';
    /** Event: the fork hit an unrecoverable error: {@code String message}. It exits right after. */
    public static final byte FATAL = 'X';
    /**
     * Event: the processes the tests started that still run, sent just before {@link #DONE}: {@code int count}, then
     * for each {@code long pid, long startMillis} (the start time tells the process from a later one with the same
     * pid; {@code -1} when unknown). The gate stops them once the fork has exited, when they are no longer its
     * children and it could not find them itself.
     */
    public static final byte LEFT_RUNNING = 'L';
    /** Event: every test has run; the fork exits next. */
    public static final byte DONE = 'D';

    /** Result status: passed. */
    public static final byte PASSED = 0;
    /** Result status: failed. */
    public static final byte FAILED = 1;
    /** Result status: aborted (an assumption did not hold). */
    public static final byte ABORTED = 2;
    /** Result status: skipped (disabled). */
    public static final byte SKIPPED = 3;

    /** The socket buffer each side asks for (the kernel may give less). */
    public static final int SOCKET_BUFFER_BYTES = 4 * 1024 * 1024;
    /** The longest string sent; longer ones (stack traces) are cut. */
    public static final int MAX_STRING_BYTES = 64 * 1024;
    /**
     * What the running-test file says after a container's name while its own code runs rather than one of its
     * tests: a static initializer, {@code @BeforeAll}, {@code @AfterAll}, or a {@code @TestFactory} making its tests.
     */
    public static final String OUTSIDE_TESTS = " (outside its tests)";
    /** The size of the running-test file. */
    public static final int RUNNING_TEST_FILE_SIZE = 8 * 1024;
    /** The fork's exit code when its gate went away before the run ended. */
    public static final int ORPHANED_EXIT_CODE = 98;
    /** The fork's exit code after a fatal error. */
    public static final int FATAL_EXIT_CODE = 99;

    private ForkProtocol() {
    }
}
