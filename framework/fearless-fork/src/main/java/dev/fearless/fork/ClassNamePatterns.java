package dev.fearless.fork;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Class name patterns as JUnit's {@code ClassNameFilter} reads them (a class matches when the whole name matches
 * one of them), with one shortcut: a pattern that only quotes a name ({@code \Qshop.OrderTest\E}, as the Maven
 * plugin passes each class Surefire would run) is looked up in a set. A project with thousands of test classes
 * would otherwise match every class against every pattern, twice a step.
 */
final class ClassNamePatterns {

    private static final String QUOTE_START = "\\Q";
    private static final String QUOTE_END = "\\E";

    private final Set<String> names = new HashSet<>();
    private final List<Pattern> patterns = new ArrayList<>();

    ClassNamePatterns(List<String> sources) {
        for (String source : sources) {
            String quoted = quotedName(source);
            if (quoted != null) {
                names.add(quoted);
            } else {
                patterns.add(Pattern.compile(source));
            }
        }
    }

    boolean isEmpty() {
        return names.isEmpty() && patterns.isEmpty();
    }

    boolean matches(String className) {
        if (names.contains(className)) {
            return true;
        }
        for (Pattern pattern : patterns) {
            if (pattern.matcher(className).matches()) {
                return true;
            }
        }
        return false;
    }

    /** The name a pattern quotes whole, or {@code null} when it is any other pattern. */
    private static String quotedName(String pattern) {
        if (!pattern.startsWith(QUOTE_START) || !pattern.endsWith(QUOTE_END)) {
            return null;
        }
        String name = pattern.substring(QUOTE_START.length(), pattern.length() - QUOTE_END.length());
        return name.contains(QUOTE_END) ? null : name;
    }
}
