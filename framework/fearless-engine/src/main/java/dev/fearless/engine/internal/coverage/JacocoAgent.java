package dev.fearless.engine.internal.coverage;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.apiguardian.api.API;
import org.jacoco.agent.AgentJar;
import org.jacoco.core.JaCoCo;
import org.jacoco.core.runtime.AgentOptions;

import dev.fearless.engine.GateException;

/**
 * The JaCoCo runtime agent, extracted from {@code org.jacoco.agent} so the fork can load it.
 *
 * <pre>{@code
 * Path agent = JacocoAgent.extract(workDir);
 * String jvmArg = JacocoAgent.javaagentArgument(agent, reportDir.resolve("jacoco.exec"));
 * // -javaagent:/abs/work/jacocoagent-0.8.15.jar=destfile=/abs/report/jacoco.exec,append=false,
 * //     excludes=dev.fearless.fork.*,dumponexit=true,output=file
 * }</pre>
 */
@API(status = INTERNAL, since = "0.1")
public final class JacocoAgent {

    /** The fork's classes ({@code fearless-fork}), as a pattern of the agent's {@code excludes}. */
    private static final String FORK_CLASSES = "dev.fearless.fork.*";

    private JacocoAgent() {
    }

    /**
     * Extracts {@code jacocoagent.jar} into {@code dir} as {@code jacocoagent-<version>.jar} (once) and returns its
     * path. The version is JaCoCo core's, which reads the execution data the agent writes; both are pinned to the same
     * version in the build. Safe when several runs extract at once: each writes a temporary file in {@code dir} and
     * moves it into place atomically, so nobody ever sees half a jar.
     *
     * @throws GateException (exit code 3) when the folder cannot be created or written
     */
    public static Path extract(Path dir) {
        Path target = dir.toAbsolutePath().resolve(jarName());
        if (Files.isRegularFile(target)) {
            return target;
        }
        Path temp = null;
        try {
            Files.createDirectories(target.getParent());
            // Not Files.createTempFile: its SecureRandom costs 15 ms of the gate's start, and the name need not be
            // secret, only new; CREATE_NEW makes sure it is.
            Path candidate = target.getParent()
                    .resolve("jacocoagent-" + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".jar.tmp");
            try (InputStream in = AgentJar.getResourceAsStream();
                    OutputStream out = Files.newOutputStream(candidate, StandardOpenOption.CREATE_NEW)) {
                temp = candidate;
                in.transferTo(out);
            }
            moveIntoPlace(temp, target);
            return target;
        } catch (IOException | RuntimeException e) {
            throw GateException.notRun("cannot extract the JaCoCo agent to " + target + ": " + e
                    + "; check that the folder is writable", e);
        } finally {
            deleteQuietly(temp);
        }
    }

    /** The file name {@link #extract} gives the agent jar: {@code jacocoagent-<version>.jar}. */
    public static String jarName() {
        return "jacocoagent-" + JaCoCo.VERSION + ".jar";
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            // Another run got there first (file systems whose rename does not replace); its jar is the same.
        } catch (AtomicMoveNotSupportedException e) {
            // Same folder, so this is unusual; a plain move that keeps an existing jar is still safe enough.
            if (!Files.exists(target)) {
                Files.move(temp, target);
            }
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // A leftover temporary file is harmless; the extraction itself has succeeded or already failed.
        }
    }

    /**
     * The {@code -javaagent:} argument that writes fresh execution data to {@code execFile} when the JVM ends:
     * {@code -javaagent:<abs jar>=destfile=<abs exec>,append=false,excludes=dev.fearless.fork.*,dumponexit=true,
     * output=file}. Built with JaCoCo's own {@link AgentOptions}, so the option names are the agent's. The argument is
     * not quoted: whoever writes it to a command line or an argument file quotes it.
     *
     * <p>The fork's own classes are left uninstrumented: they are never code under test, and they run on every test's
     * start and end, where JaCoCo's probes would only slow the run.
     *
     * @throws IllegalArgumentException when a path would be misread by the JVM or the agent (an {@code =} in the jar's
     *         path, a {@code ,name=} in the execution data file's path)
     */
    public static String javaagentArgument(Path agentJar, Path execFile) {
        return javaagentArgument(agentJar, execFile, List.of());
    }

    /**
     * As {@link #javaagentArgument(Path, Path)}, instrumenting only the classes {@code includes} names (the agent's
     * {@code includes} option, see {@link AgentIncludes}); empty instruments every class.
     */
    public static String javaagentArgument(Path agentJar, Path execFile, List<String> includes) {
        Path jar = agentJar.toAbsolutePath();
        Path exec = execFile.toAbsolutePath();
        // The JVM splits -javaagent:<jar>=<options> at the first '='.
        if (jar.toString().contains("=")) {
            throw new IllegalArgumentException("the JaCoCo agent's path " + jar
                    + " contains '=', where the JVM splits -javaagent:JAR=OPTIONS");
        }
        AgentOptions options = new AgentOptions();
        options.setDestfile(exec.toString());
        options.setAppend(false);
        if (!includes.isEmpty()) {
            options.setIncludes(String.join(":", includes));
        }
        options.setExcludes(FORK_CLASSES);
        options.setDumpOnExit(true);
        options.setOutput(AgentOptions.OutputMode.file);
        // The agent splits its options at ",name="; make sure ours survive the round trip.
        if (!destfileSurvivesParsing(options.toString(), exec.toString())) {
            throw new IllegalArgumentException("the coverage file's path " + exec
                    + " contains ',<name>=', where the JaCoCo agent splits its options");
        }
        return options.getVMArgument(jar.toFile());
    }

    private static boolean destfileSurvivesParsing(String options, String destfile) {
        try {
            return new AgentOptions(options).getDestfile().equals(destfile);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
