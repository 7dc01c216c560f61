package dev.fearless.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;

/**
 * The test classes Surefire runs, chosen as Surefire chooses them, so the gate runs the same ones: Surefire's
 * {@code includes} and {@code excludes} (its defaults when none are given) matched against the class files under the
 * test output folder, then handed to the engine as JUnit class-name patterns.
 *
 * <pre>
 * SurefireTestSelection selection = SurefireTestSelection.of(List.of("**&#47;*Check.java"), List.of());
 * List&lt;String&gt; patterns = selection.classNamePatterns(Path.of("target/test-classes")); // [\Qshop.OrderCheck\E]
 * </pre>
 *
 * <p>Surefire's syntax, as its {@code TestListResolver} and {@code ResolvedTest} read it: an entry may list several
 * patterns separated by commas; an include starting with {@code !} excludes; {@code .java} means {@code .class};
 * {@code shop.OrderTest} means {@code shop/OrderTest}; a pattern without <code>**&#47;</code> gets it in front, so it
 * matches in any package; {@code **} spans folders, {@code *} and {@code ?} stay within one; a pattern without a
 * {@code .class} or {@code .*} ending matches with and without {@code .class}; {@code %regex[...]} is a regular
 * expression over the class file's path ({@code shop/OrderTest.class}, with forward slashes). By default Surefire
 * excludes <code>**&#47;*$*</code>, the nested classes; JUnit still runs {@code @Nested} classes through the class that
 * encloses them, under Surefire and under the gate alike.
 *
 * <p>Why names rather than converted patterns: a {@code %regex[...]} over a path has no exact equivalent over a class
 * name, and Surefire itself scans the folder and hands JUnit the classes it chose. Handing the engine the same
 * classes by name is exact for every pattern.
 */
final class SurefireTestSelection {

    /** Surefire's includes when its configuration gives none. */
    static final List<String> DEFAULT_INCLUDES =
            List.of("**/Test*.java", "**/*Test.java", "**/*Tests.java", "**/*TestCase.java");

    /** Surefire's excludes when its configuration gives none: nested classes. */
    static final List<String> DEFAULT_EXCLUDES = List.of("**/*$*");

    /** A JUnit class-name pattern that no class matches, for a selection of no class. */
    static final String NO_CLASS = "(?!)";

    private static final String REGEX_PREFIX = "%regex[";
    private static final String REGEX_SUFFIX = "]";
    private static final String CLASS_FILE = ".class";
    private static final String JAVA_FILE = ".java";
    private static final String ANY_FOLDER = "**/";

    private final List<Predicate<String>> includes;
    private final List<Predicate<String>> excludes;

    private SurefireTestSelection(List<Predicate<String>> includes, List<Predicate<String>> excludes) {
        this.includes = List.copyOf(includes);
        this.excludes = List.copyOf(excludes);
    }

    /**
     * The selection of Surefire's {@code includes} and {@code excludes} as configured, each entry possibly a
     * comma-separated list; an empty list means Surefire's default.
     *
     * @throws IllegalArgumentException for what Surefire refuses too: a method filter ({@code #}), an exclamation
     *                                  mark in an exclude, a malformed {@code %regex[...]}
     */
    static SurefireTestSelection of(List<String> includes, List<String> excludes) {
        List<Predicate<String>> included = new ArrayList<>();
        List<Predicate<String>> excluded = new ArrayList<>();
        for (String pattern : patterns(includes.isEmpty() ? DEFAULT_INCLUDES : includes, "includes")) {
            if (pattern.startsWith("!")) {
                excluded.add(matcher(pattern.substring(1), "includes"));
            } else {
                included.add(matcher(pattern, "includes"));
            }
        }
        for (String pattern : patterns(excludes.isEmpty() ? DEFAULT_EXCLUDES : excludes, "excludes")) {
            if (pattern.contains("!")) {
                throw new IllegalArgumentException("Surefire's <excludes> has '" + pattern + "', but an exclamation"
                        + " mark is not allowed in an exclude (Surefire refuses it too): remove the '!'");
            }
            excluded.add(matcher(pattern, "excludes"));
        }
        return new SurefireTestSelection(included, excluded);
    }

    /** Whether Surefire runs the class in {@code classFile}, a path such as {@code shop/OrderTest.class}. */
    boolean selects(String classFile) {
        boolean included = includes.isEmpty() || includes.stream().anyMatch(include -> include.test(classFile));
        return included && excludes.stream().noneMatch(exclude -> exclude.test(classFile));
    }

    /** The fully qualified names of the classes under {@code testClassesDir} that Surefire runs, sorted. */
    List<String> classNames(Path testClassesDir) throws IOException {
        if (!Files.isDirectory(testClassesDir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(testClassesDir)) {
            return files.filter(Files::isRegularFile)
                    .map(file -> testClassesDir.relativize(file).toString()
                            .replace(testClassesDir.getFileSystem().getSeparator(), "/"))
                    .filter(path -> path.endsWith(CLASS_FILE))
                    .filter(this::selects)
                    .map(path -> path.substring(0, path.length() - CLASS_FILE.length()).replace('/', '.'))
                    .sorted()
                    .toList();
        }
    }

    /**
     * The classes that Surefire's test executions select together, and how each selects them, for the log.
     *
     * @param classNames  the fully qualified names, sorted, without duplicates
     * @param description each execution's includes and excludes ({@code includes [...] by default, excludes [...]};
     *                    each prefixed with its id when there are several)
     */
    record Union(List<String> classNames, String description) {
    }

    /**
     * The classes under {@code testClassesDir} that any of {@code executions} runs: the gate runs each test Surefire
     * would, in whichever execution.
     *
     * @throws IllegalArgumentException for a pattern Surefire refuses too, naming the execution when it is not the
     *                                  default one
     */
    static Union union(List<SurefireSettings.TestExecution> executions, Path testClassesDir) throws IOException {
        Set<String> classNames = new TreeSet<>();
        List<String> descriptions = new ArrayList<>();
        for (SurefireSettings.TestExecution execution : executions) {
            try {
                classNames.addAll(of(execution.includes(), execution.excludes()).classNames(testClassesDir));
            } catch (IllegalArgumentException e) {
                throw execution.id().equals(SurefireSettings.DEFAULT_TEST_EXECUTION) ? e
                        : new IllegalArgumentException(e.getMessage() + " (in Surefire's execution " + execution.id()
                                + ")", e);
            }
            descriptions.add((executions.size() > 1 ? execution.id() + ": " : "") + "includes "
                    + describe(execution.includes(), DEFAULT_INCLUDES) + ", excludes "
                    + describe(execution.excludes(), DEFAULT_EXCLUDES));
        }
        return new Union(List.copyOf(classNames), String.join("; ", descriptions));
    }

    private static String describe(List<String> patterns, List<String> defaults) {
        return patterns.isEmpty() ? defaults + " by default" : patterns.toString();
    }

    /**
     * The JUnit class-name patterns that select exactly the classes under {@code testClassesDir} that Surefire runs:
     * one quoted name each, or {@link #NO_CLASS} when there are none (an empty list would mean JUnit's default).
     */
    List<String> classNamePatterns(Path testClassesDir) throws IOException {
        return classNamePatterns(classNames(testClassesDir));
    }

    static List<String> classNamePatterns(List<String> classNames) {
        return classNames.isEmpty() ? List.of(NO_CLASS) : classNames.stream().map(Pattern::quote).toList();
    }

    /** The patterns in {@code entries}: split on commas and trimmed, as Surefire does, without blanks and lone '!'. */
    private static List<String> patterns(List<String> entries, String parameter) {
        List<String> patterns = new ArrayList<>();
        for (String entry : entries) {
            if (entry == null) {
                continue;
            }
            if (entry.contains("#")) {
                throw new IllegalArgumentException("Surefire's <" + parameter + "> has '" + entry.trim() + "', a"
                        + " method filter: Surefire refuses '#' in includes and excludes, and the gate selects"
                        + " classes: name classes only");
            }
            for (String pattern : entry.split(",")) {
                String trimmed = pattern.trim();
                if (!trimmed.isEmpty() && !trimmed.equals("!")) {
                    patterns.add(trimmed);
                }
            }
        }
        return patterns;
    }

    /** What a pattern matches among class file paths such as {@code shop/OrderTest.class}. */
    static Predicate<String> matcher(String pattern, String parameter) {
        if (pattern.contains(REGEX_PREFIX)) {
            return regexMatcher(pattern, parameter);
        }
        String path = pattern.endsWith(JAVA_FILE)
                ? pattern.substring(0, pattern.length() - JAVA_FILE.length()) + CLASS_FILE : pattern;
        path = fromClassName(path);
        if (!path.startsWith(ANY_FOLDER)) {
            path = ANY_FOLDER + path;
        }
        Pattern exact = antPathRegex(path);
        if (path.endsWith(".*") || path.endsWith(CLASS_FILE)) {
            return file -> exact.matcher("/" + file).matches();
        }
        Pattern withSuffix = antPathRegex(path + CLASS_FILE);
        return file -> withSuffix.matcher("/" + file).matches() || exact.matcher("/" + file).matches();
    }

    private static Predicate<String> regexMatcher(String pattern, String parameter) {
        if (!pattern.startsWith(REGEX_PREFIX) || !pattern.endsWith(REGEX_SUFFIX)
                || pattern.indexOf(REGEX_PREFIX, REGEX_PREFIX.length()) != -1
                || pattern.length() <= REGEX_PREFIX.length() + REGEX_SUFFIX.length() + 1) {
            throw new IllegalArgumentException("Surefire's <" + parameter + "> has '" + pattern + "', which is not a"
                    + " pattern Surefire accepts: write %regex[expression] or !%regex[expression], one per entry"
                    + " (a comma separates entries, even inside %regex[...])");
        }
        String expression = pattern.substring(REGEX_PREFIX.length(), pattern.length() - REGEX_SUFFIX.length()).trim();
        if (expression.isEmpty()) {
            return file -> false;
        }
        try {
            Pattern regex = Pattern.compile(expression);
            return file -> regex.matcher(file).matches();
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("Surefire's <" + parameter + "> has '" + pattern + "', whose regular"
                    + " expression is invalid: " + e.getDescription(), e);
        }
    }

    /** Surefire's {@code ResolvedTest.fromFullyQualifiedClass}: a class name written with dots becomes a path. */
    private static String fromClassName(String pattern) {
        if (pattern.endsWith(CLASS_FILE)) {
            return pattern.substring(0, pattern.length() - CLASS_FILE.length()).replace('.', '/') + CLASS_FILE;
        }
        if (pattern.contains("/")) {
            return pattern;
        }
        if (pattern.endsWith(".*")) {
            String name = pattern.substring(0, pattern.length() - 2);
            return name.contains(".") ? name.replace('.', '/') + ".*" : pattern;
        }
        return pattern.replace('.', '/');
    }

    /**
     * An Ant-style path pattern as a regular expression over {@code "/" + path}: {@code **} is any number of folders,
     * {@code *} any characters and {@code ?} one character within a folder or file name, case-sensitive.
     */
    static Pattern antPathRegex(String pattern) {
        StringBuilder regex = new StringBuilder();
        for (String token : pattern.split("/")) {
            if (token.isEmpty()) {
                continue;
            }
            if (token.equals("**")) {
                regex.append("(?:/[^/]+)*");
                continue;
            }
            regex.append('/');
            StringBuilder literal = new StringBuilder();
            for (char c : token.toCharArray()) {
                if (c == '*' || c == '?') {
                    regex.append(literal.isEmpty() ? "" : Pattern.quote(literal.toString()));
                    literal.setLength(0);
                    regex.append(c == '*' ? "[^/]*" : "[^/]");
                } else {
                    literal.append(c);
                }
            }
            regex.append(literal.isEmpty() ? "" : Pattern.quote(literal.toString()));
        }
        return Pattern.compile(regex.toString());
    }
}
