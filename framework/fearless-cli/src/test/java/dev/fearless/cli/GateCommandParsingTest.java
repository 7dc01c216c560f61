package dev.fearless.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.io.File;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.fearless.engine.GateRequest;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

class GateCommandParsingTest {

    @TempDir
    Path dir;

    private Path testClasses;
    private Path classes;
    private Path junitJar;

    @BeforeEach
    void createClassPathFolders() throws Exception {
        testClasses = Files.createDirectories(dir.resolve("target/test-classes"));
        classes = Files.createDirectories(dir.resolve("target/classes"));
        junitJar = dir.resolve("junit.jar");
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(junitJar))) {
            jar.putNextEntry(new JarEntry("org/junit/Marker.class"));
        }
    }

    @Test
    void splitsAndCollectsTheClassPathOfEveryOptionName() throws Exception {
        Files.createDirectories(dir.resolve("lib"));
        Files.copy(junitJar, dir.resolve("lib/a.jar"));
        GateRequest request = parse("predeploy", "-cp", join(testClasses, classes), "--classpath", junitJar.toString(),
                "--class-path", join(dir.resolve("lib/a.jar")) + File.pathSeparator, "--scan-class-path");

        assertThat(request.gate()).isEqualTo("predeploy");
        assertThat(request.classpath()).containsExactly(testClasses, classes, junitJar, dir.resolve("lib/a.jar"));
    }

    @Test
    void scansEveryFolderOfTheClassPathWhenScanClassPathHasNoValue() {
        GateRequest request = parse("predeploy", "-cp", join(testClasses, junitJar, classes, dir.resolve("missing")),
                "--scan-class-path");

        assertThat(request.scanRoots()).containsExactly(testClasses, classes);
    }

    @Test
    void scansTheGivenRootsWhenScanClassPathHasValues() {
        GateRequest request = parse("predeploy", "-cp", join(testClasses, classes, junitJar),
                "--scan-class-path=" + join(testClasses, junitJar), "--scan-class-path", classes.toString());

        assertThat(request.scanRoots()).containsExactly(testClasses, junitJar, classes);
    }

    @Test
    void leavesARunWithoutTestRootsToTheEngineButRefusesAScanOfNoFolder() {
        // A gate of static analysis alone needs no test roots; the engine refuses a gate with tests without them.
        assertThat(parse("static-only", "-cp", testClasses.toString()).scanRoots()).isEmpty();
        assertThatThrownBy(() -> parse("predeploy", "-cp", junitJar.toString(), "--scan-class-path"))
                .isInstanceOf(ParameterException.class)
                .hasMessageStartingWith("no test roots: --scan-class-path without a value scans the folders");
    }

    @Test
    void refusesATestRootThatDoesNotExist() {
        Path typo = dir.resolve("target/test-clases");

        assertThatThrownBy(() -> parse("predeploy", "--scan-class-path=" + typo))
                .isInstanceOf(ParameterException.class)
                .hasMessage("--scan-class-path " + typo + " does not exist; build the tests first or fix the path");
    }

    @Test
    void refusesAClassPathJarThatDoesNotExistButLetsAMissingFolderThrough() {
        Path typo = dir.resolve("lib/fearless-framework-0.1.0-SNAPSHOT.jar");
        Path noResources = dir.resolve("build/resources/test");

        assertThatThrownBy(() -> parse("predeploy", "-cp", join(testClasses, typo)))
                .isInstanceOf(ParameterException.class)
                .hasMessage("--class-path " + typo + " does not exist; fix the path, or fetch the dependency first");
        assertThat(parse("predeploy", "-cp", join(testClasses, noResources, junitJar)).classpath())
                .containsExactly(testClasses, noResources, junitJar);
    }

    @Test
    void refusesATestRootThatIsAFileButNotAJar() throws Exception {
        Path text = Files.writeString(dir.resolve("tests.txt"), "not a jar");
        Path broken = Files.write(dir.resolve("tests.jar"), new byte[] {'P', 'K', 3, 4, 0, 0});

        assertThatThrownBy(() -> parse("predeploy", "--scan-class-path=" + testClasses + File.pathSeparator + text))
                .isInstanceOf(ParameterException.class)
                .hasMessageStartingWith("--scan-class-path " + text + " is not a readable jar (")
                .hasMessageEndingWith("); give a folder of compiled test classes or a jar of them, and rebuild the jar"
                        + " if it is broken");
        assertThatThrownBy(() -> parse("predeploy", "--scan-class-path=" + broken))
                .isInstanceOf(ParameterException.class)
                .hasMessageStartingWith("--scan-class-path " + broken + " is not a readable jar (");
    }

    @Test
    void usesJUnitsClassNamePatternUnlessGivenOthers() {
        GateRequest byDefault = parse("predeploy", "--scan-class-path=" + testClasses);
        GateRequest given = parse("predeploy", "--scan-class-path=" + testClasses,
                "--include-classname", ".*IT", "--include-classname=.*Spec", "--exclude-classname", ".*Slow.*");

        assertThat(byDefault.includeClassnames()).containsExactly(GateRequest.DEFAULT_INCLUDE_CLASSNAME);
        assertThat(byDefault.excludeClassnames()).isEmpty();
        assertThat(given.includeClassnames()).containsExactly(".*IT", ".*Spec");
        assertThat(given.excludeClassnames()).containsExactly(".*Slow.*");
    }

    @Test
    void refusesAClassNamePatternThatIsNotARegularExpression() {
        assertThatThrownBy(() -> parse("predeploy", "--scan-class-path=" + testClasses, "--include-classname", "(Test"))
                .isInstanceOf(ParameterException.class)
                .hasMessage("--include-classname '(Test' is not a regular expression: Unclosed group at index 5; fix"
                        + " the pattern (it is a Java regular expression, matched against the fully qualified class"
                        + " name)");
        assertThatThrownBy(() -> parse("predeploy", "--scan-class-path=" + testClasses, "--exclude-classname", "(["))
                .isInstanceOf(ParameterException.class)
                .hasMessageStartingWith("--exclude-classname '([' is not a regular expression: Unclosed character"
                        + " class");
    }

    @Test
    void takesJvmArgumentsThatLookLikeOptions() {
        GateRequest request = parse("predeploy", "--scan-class-path=" + testClasses, "--jvm-arg=-Xmx512m",
                "--jvm-arg", "-XX:+UseSerialGC", "--jvm-arg", "-Dfile.encoding=UTF-8", "--jvm-arg", "-cp");

        assertThat(request.jvmArgs()).containsExactly("-Xmx512m", "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8", "-cp");
    }

    @Test
    void collectsSystemPropertiesForTheFork() {
        GateRequest request = parse("predeploy", "--scan-class-path=" + testClasses, "-D", "db.url=jdbc:h2:mem:a=b",
                "-Dlocale=en", "-Dflag");

        assertThat(request.systemProperties())
                .containsExactly(entry("db.url", "jdbc:h2:mem:a=b"), entry("locale", "en"), entry("flag", ""));
    }

    @Test
    void resolvesEveryPathAgainstTheCurrentDirectory() {
        Path cwd = Path.of("").toAbsolutePath();

        GateRequest request = parse("postdeploy", "--scan-class-path=" + testClasses, "--config", "conf/fearless.yml",
                "--coverage-classes", "target/classes" + File.pathSeparator + "pom.xml",
                "--coverage-classes", "src/main", "--source-dir", "src/main/java", "--source-dir", "gen",
                "--project-dir", dir.toString(), "--report-dir", "out/gate");

        assertThat(request.projectDir()).isEqualTo(dir);
        assertThat(request.configFile()).contains(cwd.resolve("conf/fearless.yml"));
        assertThat(request.coverageClasses()).containsExactly(cwd.resolve("target/classes"),
                cwd.resolve("pom.xml"), cwd.resolve("src/main"));
        assertThat(request.sourceRoots()).containsExactly(cwd.resolve("src/main/java"), cwd.resolve("gen"));
        assertThat(request.reportDir()).isEqualTo(cwd.resolve("out/gate"));
    }

    @Test
    void defaultsToTheCurrentProjectAndItsFearlessReportFolder() {
        GateRequest request = parse("predeploy", "--scan-class-path=" + testClasses);

        Path cwd = Path.of("").toAbsolutePath();
        assertThat(request.projectDir()).isEqualTo(cwd);
        assertThat(request.configFile()).isEmpty();
        assertThat(request.reportDir()).isEqualTo(cwd.resolve("fearless-report"));
        assertThat(request.baseUrl()).isEmpty();
        assertThat(request.keepGoing()).isFalse();
        assertThat(request.jvmArgs()).isEmpty();
    }

    @Test
    void refusesAnEmptyReportFolderOrOneThatIsAFile() throws Exception {
        Path file = Files.writeString(dir.resolve("afile"), "mine");

        assertThatThrownBy(() -> parse("predeploy", "--scan-class-path=" + testClasses, "--report-dir", ""))
                .isInstanceOf(ParameterException.class)
                .hasMessage("--report-dir is empty; give the folder for verdict.json and the reports (it is created"
                        + " when missing), or leave the option out for PROJECT_DIR/fearless-report");
        assertThatThrownBy(() -> parse("predeploy", "--scan-class-path=" + testClasses, "--report-dir", file.toString()))
                .isInstanceOf(ParameterException.class)
                .hasMessageStartingWith("--report-dir " + file + " is a file, not a folder; give the folder");
        assertThatThrownBy(() -> parse("predeploy", "--scan-class-path=" + testClasses, "--report-dir",
                file.resolve("sub/reports").toString()))
                .isInstanceOf(ParameterException.class)
                .hasMessageStartingWith("--report-dir " + file.resolve("sub/reports") + ": " + file
                        + " is a file, not a folder; give the folder");
        assertThat(parse("predeploy", "--scan-class-path=" + testClasses, "--report-dir",
                dir.resolve("new/reports").toString()).reportDir()).isEqualTo(dir.resolve("new/reports"));
    }

    @Test
    void refusesAnEmptyJvmArgumentButLeavesMissingCoverageClassesToTheEngine() {
        Path typo = dir.resolve("target/clases");

        // Only a gate that measures coverage needs them: the engine refuses them then, before any step runs.
        assertThat(parse("predeploy", "--scan-class-path=" + testClasses, "--coverage-classes", join(classes, typo))
                .coverageClasses()).containsExactly(classes, typo);
        assertThatThrownBy(() -> parse("predeploy", "--scan-class-path=" + testClasses, "--jvm-arg", ""))
                .isInstanceOf(ParameterException.class)
                .hasMessage("--jvm-arg is empty; give one argument for the test JVM each time, e.g."
                        + " --jvm-arg=-Xmx512m");
    }

    @Test
    void putsTheReportFolderInTheGivenProject() {
        GateRequest request = parse("predeploy", "--scan-class-path=" + testClasses, "--project-dir", dir.toString(),
                "--base-url", "https://staging.example.com", "--keep-going");

        assertThat(request.reportDir()).isEqualTo(dir.resolve("fearless-report"));
        assertThat(request.baseUrl()).contains("https://staging.example.com");
        assertThat(request.keepGoing()).isTrue();
    }

    private static GateRequest parse(String... args) {
        GateCommand command = new GateCommand((request, listener) -> {
            throw new AssertionError("parsing tests run no gate");
        }, new PrintStream(OutputStream.nullOutputStream()), false);
        new CommandLine(command).parseArgs(args);
        return command.toRequest();
    }

    private static String join(Path... paths) {
        return String.join(File.pathSeparator, List.of(paths).stream().map(Path::toString).toList());
    }
}
