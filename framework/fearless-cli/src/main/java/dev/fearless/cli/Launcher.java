package dev.fearless.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The runnable jar's entry point. On a machine with two cores or fewer, {@code fearless gate} runs in a child JVM that
 * compiles with C1 only and collects garbage with the Serial GC, and this JVM exits with the child's exit code;
 * everything else runs in this JVM ({@link FearlessCli#main}).
 *
 * <p>Why: while the tests run, the gate's JVM only reads their events and writes reports, next to a test JVM that
 * keeps a small machine's cores busy. There, C2 spent more CPU compiling the gate's event path than the path itself
 * ever used, and every such CPU second was taken from the tests. {@code java -jar} cannot carry JVM options, so the
 * jar starts a JVM that has them, at the cost of one more JVM start. With more cores the tests leave the gate's
 * compiler a core of its own, and that start would cost more than it saves. {@code docs/benchmark.md} has the numbers.
 *
 * <p>The child gets this JVM's own options and class path after the tuned ones, so {@code -Xmx256m} still limits the
 * gate and a user's {@code -XX:TieredStopAtLevel=4} still wins. {@code -Dfearless.launcher=same} keeps every command
 * in this JVM, {@code -Dfearless.launcher=child} starts the child whatever the core count. The gate stays in this JVM
 * when it has a Java agent or a debugger (a debugger's port cannot be opened twice), when it is not a HotSpot JVM, and
 * when it cannot read its own command line or start the child.
 */
public final class Launcher {

    /** {@code auto} (the default), {@code child} or {@code same}: where {@code fearless gate} runs. */
    static final String MODE_PROPERTY = "fearless.launcher";

    /** Set on the child to the launcher's process id: the child runs the command itself and watches its parent. */
    static final String PARENT_PROPERTY = "fearless.launcher.parent";

    /** The option that makes the child a light coordinator; the user's own options come after it and win. */
    static final String TUNED_COMPILER = "-XX:TieredStopAtLevel=1";

    /** Only when no collector is chosen already, or may be in a file of options: the JVM refuses two. */
    static final String TUNED_COLLECTOR = "-XX:+UseSerialGC";

    /** The most cores on which {@code auto} starts the child: what was measured to pay (two). */
    static final int MAX_CORES_FOR_CHILD = 2;

    private static final Pattern CHOSEN_COLLECTOR = Pattern.compile("-XX:\\+Use\\w*GC\\b");
    /** Options this JVM read from a file, which may choose a collector the command line does not show. */
    private static final Pattern OPTIONS_FROM_A_FILE = Pattern.compile("@|-XX:(VMOptionsFile|Flags)=");
    private static final Pattern AGENT = Pattern.compile("-(agentlib|agentpath|javaagent|Xrun|Xdebug)");

    private Launcher() {
    }

    /** Runs the command line, in a tuned child JVM when that pays, and exits with its exit code. */
    public static void main(String[] args) {
        String parent = System.getProperty(PARENT_PROPERTY);
        if (parent != null) {
            ParentWatch.start(parent);
        } else if (wantsChild(args, System.getProperty(MODE_PROPERTY, "auto"),
                Runtime.getRuntime().availableProcessors())) {
            Optional<Process> child = childCommand(args, ProcessHandle.current().info().arguments(),
                    System.getProperty("java.vm.name"), System.getenv("JAVA_TOOL_OPTIONS"),
                    System.getenv("JDK_JAVA_OPTIONS")).flatMap(Launcher::start);
            if (child.isPresent()) {
                System.exit(awaitExit(child.get()));
            }
        }
        FearlessCli.main(args);
    }

    /** Whether the command is {@code gate} and the mode and machine ask for a child. */
    static boolean wantsChild(String[] args, String mode, int cores) {
        boolean gate = Arrays.stream(args).filter(arg -> !arg.startsWith("-")).findFirst()
                .filter("gate"::equals).isPresent();
        return gate && (mode.equals("child") || mode.equals("auto") && cores <= MAX_CORES_FOR_CHILD);
    }

    /**
     * The child's command line, or empty when the command must run here.
     *
     * @param args this JVM's application arguments, as {@code main} got them
     * @param processArguments every argument of this process after the executable ({@link ProcessHandle.Info})
     * @param vmName the {@code java.vm.name} property
     * @param toolOptions {@code JAVA_TOOL_OPTIONS}, which the child inherits, or {@code null}
     * @param launcherOptions {@code JDK_JAVA_OPTIONS}, which the child inherits, or {@code null}
     */
    static Optional<List<String>> childCommand(String[] args, Optional<String[]> processArguments, String vmName,
            String toolOptions, String launcherOptions) {
        if (processArguments.isEmpty() || vmName == null
                || !(vmName.contains("HotSpot") || vmName.contains("OpenJDK"))) {
            return Optional.empty();
        }
        String[] all = processArguments.get();
        int launchEnd = all.length - args.length;
        // The process's arguments must end with main's, or they were cut short (or rewritten) and cannot be trusted.
        if (launchEnd < 1 || !Arrays.equals(all, launchEnd, all.length, args, 0, args.length)) {
            return Optional.empty();
        }
        List<String> launch = Arrays.asList(all).subList(0, launchEnd);
        String environment = (toolOptions == null ? "" : toolOptions) + " "
                + (launcherOptions == null ? "" : launcherOptions);
        if (launch.stream().anyMatch(option -> AGENT.matcher(option).lookingAt())
                || AGENT.matcher(environment).find()) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add(TUNED_COMPILER);
        if (launch.stream().noneMatch(option -> CHOSEN_COLLECTOR.matcher(option).lookingAt()
                || OPTIONS_FROM_A_FILE.matcher(option).lookingAt())
                && !CHOSEN_COLLECTOR.matcher(environment).find()) {
            command.add(TUNED_COLLECTOR);
        }
        command.add("-D" + PARENT_PROPERTY + "=" + ProcessHandle.current().pid());
        command.addAll(launch);
        command.addAll(Arrays.asList(args));
        return Optional.of(command);
    }

    /** The child on this process's standard streams, or empty when it cannot start (the gate then runs here). */
    private static Optional<Process> start(List<String> command) {
        try {
            Process child = new ProcessBuilder(command).inheritIO().start();
            // Ctrl-C reaches both JVMs; a TERM sent to this one alone (a pipeline's timeout) must end the child too.
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(child), "fearless-launcher-stop-child"));
            return Optional.of(child);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static int awaitExit(Process child) {
        while (true) {
            try {
                return child.waitFor();
            } catch (InterruptedException e) {
                // Nothing interrupts this thread on purpose: the child's end is all this JVM waits for.
            }
        }
    }

    private static void stop(Process child) {
        if (!child.isAlive()) {
            return;
        }
        child.destroy();
        try {
            child.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
