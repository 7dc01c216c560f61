package dev.fearless.cli;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.fearless.engine.ExitCode;

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
 * gate. A compiler or collector the user chose, on the command line or in an options variable, is kept: the tuned
 * option is then left out. {@code -Dfearless.launcher=same} keeps every command in this JVM,
 * {@code -Dfearless.launcher=child} starts the child whatever the core count. The gate
 * stays in this JVM whenever a second JVM with the same options could clash with this one or fail to start: an
 * agent, a debugger or a JMX port, options that write a file (a log, a flight recording, an archive), options read
 * from a file, a JVM that is not HotSpot, a command line this JVM cannot read. A child that exits before it reached
 * its {@code main} (a JVM that could not start) is not taken for the gate's answer: the gate then runs here. The
 * child starts from a class archive when there is one ({@link ChildClassArchive}).
 */
public final class Launcher {

    /** {@code auto} (the default), {@code child} or {@code same}: where {@code fearless gate} runs. */
    static final String MODE_PROPERTY = "fearless.launcher";

    private static final String AUTO = "auto";

    /** The values {@link #MODE_PROPERTY} takes. */
    static final List<String> MODES = List.of(AUTO, "child", "same");

    /** Set on the child to the launcher's process id: the child runs the command itself and watches its parent. */
    static final String PARENT_PROPERTY = "fearless.launcher.parent";

    /** The option that makes the child a light coordinator; the user's own options come after it and win. */
    static final String TUNED_COMPILER = "-XX:TieredStopAtLevel=1";

    /** Only when no collector is chosen already: the JVM refuses two. */
    static final String TUNED_COLLECTOR = "-XX:+UseSerialGC";

    /** The most cores on which {@code auto} starts the child: what was measured to pay (two). */
    static final int MAX_CORES_FOR_CHILD = 2;

    /** The JVM options variables, which the child inherits and the JVM reads besides the command line. */
    static final List<String> OPTION_VARIABLES = List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS");

    private static final Pattern CHOSEN_COLLECTOR = Pattern.compile("-XX:\\+Use\\w*GC\\b");

    /**
     * A compiler the user chose: then {@link #TUNED_COMPILER} is not added. On the command line the user's option
     * would win anyway, coming after it; in {@code JAVA_TOOL_OPTIONS}, which the JVM reads first, it would lose.
     */
    private static final Pattern CHOSEN_COMPILER = Pattern.compile("-XX:(TieredStopAtLevel=|-TieredCompilation\\b)");

    /** Options a second JVM must not repeat: a port, a file both JVMs would write, options from a file. */
    private static final Pattern CLASHES = Pattern.compile("(^|\\s)(-agentlib|-agentpath|-javaagent|-Xrun|-Xdebug"
            + "|-Dcom\\.sun\\.management\\.jmxremote|-Xloggc|-Xlog:[^\\s:]*:(?!(stdout|stderr)?(:|\\s|$))"
            + "|-XX:(StartFlightRecording|LogFile"
            + "|ArchiveClassesAtExit|DumpLoadedClassList|VMOptionsFile|Flags)|@)");

    private static final List<String> HELP_OPTIONS = List.of("-h", "--help", "-V", "--version");

    private Launcher() {
    }

    /** Runs the command line, in a tuned child JVM when that pays, and exits with its exit code. */
    public static void main(String[] args) {
        try {
            launch(args);
        } catch (Throwable unexpected) {
            // An error that escapes (no memory for a thread, say) would end the JVM with 1, which reads as STOP.
            unexpected.printStackTrace();
            System.exit(ExitCode.NOT_RUN);
        }
    }

    private static void launch(String[] args) {
        String parent = System.getProperty(PARENT_PROPERTY);
        if (parent != null) {
            ChildJvm.confirmStarted(System.getProperty(ChildJvm.STARTED_PROPERTY));
            ParentWatch.start(parent);
        } else if (wantsChild(args, checkedMode(System.getProperty(MODE_PROPERTY, AUTO)),
                Runtime.getRuntime().availableProcessors())) {
            Optional<List<String>> command = childCommand(args, ownArguments(), System.getProperty("java.vm.name"),
                    String.join(" ", OPTION_VARIABLES.stream().map(System::getenv).map(v -> v == null ? "" : v)
                            .toList()));
            OptionalInt exitCode = command.isPresent() ? runChild(command.get(), args.length) : OptionalInt.empty();
            if (exitCode.isPresent()) {
                System.exit(exitCode.getAsInt());
            }
        }
        FearlessCli.main(args);
    }

    /** Runs the child with its class archive ({@link ChildClassArchive}), and tells the archive how it ended. */
    private static OptionalInt runChild(List<String> command, int argumentCount) {
        ChildClassArchive archive = ChildClassArchive.forChild(command.subList(0, command.size() - argumentCount));
        List<String> withArchive = new ArrayList<>(command);
        withArchive.addAll(1, archive.options());
        OptionalInt exitCode = ChildJvm.run(withArchive);
        archive.childEnded(exitCode);
        return exitCode;
    }

    /**
     * {@code mode} when it is one of {@link #MODES}; else the launcher says so and exits 2, as for any bad option: a
     * mistyped mode would otherwise quietly run the gate where the user did not ask it to.
     */
    static String checkedMode(String mode) {
        if (!MODES.contains(mode)) {
            System.err.println("fearless: " + modeProblem(mode));
            System.exit(ExitCode.USAGE);
        }
        return mode;
    }

    static String modeProblem(String mode) {
        return "-D" + MODE_PROPERTY + "=" + mode + " is not one of " + String.join(", ", MODES)
                + "; give one of them, or leave the property out for " + AUTO;
    }

    /** Whether the command is {@code gate} (and not its help) and the mode and machine ask for a child. */
    static boolean wantsChild(String[] args, String mode, int cores) {
        boolean gate = Arrays.stream(args).filter(arg -> !arg.startsWith("-")).findFirst()
                .filter("gate"::equals).isPresent();
        boolean help = Arrays.stream(args).anyMatch(HELP_OPTIONS::contains);
        return gate && !help && (mode.equals("child") || mode.equals(AUTO) && cores <= MAX_CORES_FOR_CHILD);
    }

    /**
     * The child's command line, or empty when the command must run here.
     *
     * @param args this JVM's application arguments, as {@code main} got them
     * @param processArguments every argument of this process after the executable
     * @param vmName the {@code java.vm.name} property
     * @param optionVariables the {@link #OPTION_VARIABLES}' values, which the child inherits, joined by spaces
     */
    static Optional<List<String>> childCommand(String[] args, Optional<String[]> processArguments, String vmName,
            String optionVariables) {
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
        // Every option this JVM got: the child repeats them all, those the variables hold included.
        List<String> options = Stream.concat(launch.stream(), Stream.of(optionVariables)).toList();
        if (options.stream().anyMatch(option -> CLASHES.matcher(option).find())) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (options.stream().noneMatch(option -> CHOSEN_COMPILER.matcher(option).find())) {
            command.add(TUNED_COMPILER);
        }
        if (options.stream().noneMatch(option -> CHOSEN_COLLECTOR.matcher(option).find())) {
            command.add(TUNED_COLLECTOR);
        }
        command.add("-D" + PARENT_PROPERTY + "=" + ProcessHandle.current().pid());
        command.addAll(launch);
        command.addAll(Arrays.asList(args));
        return Optional.of(command);
    }

    /**
     * This process's arguments after the executable. On Linux from {@code /proc/self/cmdline}, whole:
     * {@link ProcessHandle.Info#arguments()} reads one page of it, so a long class path would end the list early.
     */
    private static Optional<String[]> ownArguments() {
        Path cmdline = Path.of("/proc/self/cmdline");
        try {
            if (Files.isReadable(cmdline)) {
                // Decoded as the JVM decoded main's arguments, so that the two compare equal.
                Charset platform = Charset.forName(System.getProperty("sun.jnu.encoding",
                        Charset.defaultCharset().name()));
                String text = new String(Files.readAllBytes(cmdline), platform);
                String[] words = text.split("\0", -1);
                // NUL-terminated words: the last split is the empty string after the final NUL; the first is java.
                return words.length < 2 ? Optional.empty()
                        : Optional.of(Arrays.copyOfRange(words, 1, words.length - 1));
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return ProcessHandle.current().info().arguments();
    }
}
