package dev.fearless.engine.internal.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.jacoco.core.JaCoCo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.fearless.fork.ForkMain;

class JacocoAgentTest {

    @TempDir
    Path dir;

    @Test
    void extractsTheAgentJarNamedByVersion() throws Exception {
        Path agent = JacocoAgent.extract(dir.resolve("agent"));

        assertThat(agent).isEqualTo(dir.resolve("agent/jacocoagent-" + JaCoCo.VERSION + ".jar").toAbsolutePath());
        try (JarFile jar = new JarFile(agent.toFile())) {
            assertThat(jar.getManifest().getMainAttributes().getValue("Premain-Class")).isNotBlank();
        }
    }

    @Test
    void extractsOnlyOnce() throws Exception {
        Path first = JacocoAgent.extract(dir);
        Files.setLastModifiedTime(first, FileTime.fromMillis(0));

        Path second = JacocoAgent.extract(dir);

        assertThat(second).isEqualTo(first);
        assertThat(Files.getLastModifiedTime(second).toMillis()).isZero();
    }

    @Test
    void extractsSafelyWhenRunsRace() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Path>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Callable<Path> extract = () -> JacocoAgent.extract(dir);
                results.add(pool.submit(extract));
            }
            for (Future<Path> result : results) {
                Path agent = result.get();
                try (JarFile jar = new JarFile(agent.toFile())) {
                    assertThat(jar.getManifest()).isNotNull();
                }
            }
        } finally {
            pool.shutdownNow();
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactly("jacocoagent-" + JaCoCo.VERSION + ".jar");
        }
    }

    @Test
    void buildsTheJavaagentArgumentWithAbsolutePaths() {
        Path agent = dir.resolve("jacocoagent.jar");
        Path exec = dir.resolve("out/jacoco.exec");

        String argument = JacocoAgent.javaagentArgument(agent, exec);

        assertThat(argument).isEqualTo("-javaagent:" + agent.toAbsolutePath() + "=destfile=" + exec.toAbsolutePath()
                + ",append=false,excludes=" + ForkMain.class.getPackageName() + ".*,dumponexit=true,output=file");
    }

    @Test
    void instrumentsOnlyTheIncludedClassesWhenGivenSome() {
        Path agent = dir.resolve("jacocoagent.jar");
        Path exec = dir.resolve("jacoco.exec");

        String argument = JacocoAgent.javaagentArgument(agent, exec, List.of("com.acme.*", "Main"));

        assertThat(argument).isEqualTo("-javaagent:" + agent.toAbsolutePath() + "=destfile=" + exec.toAbsolutePath()
                + ",append=false,includes=com.acme.*:Main,excludes=" + ForkMain.class.getPackageName()
                + ".*,dumponexit=true,output=file");
    }

    @Test
    void rejectsAnAgentPathTheJvmWouldMisread() {
        Path agent = dir.resolve("a=b/jacocoagent.jar");

        assertThatThrownBy(() -> JacocoAgent.javaagentArgument(agent, dir.resolve("jacoco.exec")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the JaCoCo agent's path " + agent + " contains '=', where the JVM splits"
                        + " -javaagent:JAR=OPTIONS");
    }

    @Test
    void rejectsAnExecPathTheAgentWouldMisread() {
        Path exec = dir.resolve("x,includes=y/jacoco.exec");

        assertThatThrownBy(() -> JacocoAgent.javaagentArgument(dir.resolve("jacocoagent.jar"), exec))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the coverage file's path " + exec + " contains ',<name>=', where the JaCoCo agent"
                        + " splits its options");
    }
}
