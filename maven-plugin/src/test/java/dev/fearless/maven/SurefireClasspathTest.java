package dev.fearless.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DefaultArtifact;
import org.apache.maven.artifact.handler.DefaultArtifactHandler;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.codehaus.plexus.util.xml.Xpp3DomBuilder;
import org.junit.jupiter.api.Test;

class SurefireClasspathTest {

    private static final Path BASEDIR = Path.of("/project");

    @Test
    void appendsAdditionalElementsAndLeavesOutExcludedDependenciesAsSurefireDoes() throws Exception {
        Xpp3Dom configuration = Xpp3DomBuilder.build(new StringReader("<configuration>"
                + "<additionalClasspathElements><e>extra-cp</e><e>/opt/lib/tool.jar</e></additionalClasspathElements>"
                + "<classpathDependencyExcludes><e>org.slf4j:slf4j-simple</e></classpathDependencyExcludes>"
                + "</configuration>"));
        Artifact simple = artifact("org.slf4j", "slf4j-simple", "/repo/slf4j-simple.jar");
        Artifact api = artifact("org.slf4j", "slf4j-api", "/repo/slf4j-api.jar");
        List<Path> classpath = List.of(Path.of("/project/target/test-classes"), Path.of("/repo/slf4j-simple.jar"),
                Path.of("/repo/slf4j-api.jar"));

        List<Path> applied = SurefireClasspath.of(configuration, name -> null, BASEDIR)
                .applyTo(classpath, Set.of(simple, api));

        assertThat(applied).containsExactly(Path.of("/project/target/test-classes"), Path.of("/repo/slf4j-api.jar"),
                Path.of("/project/extra-cp"), Path.of("/opt/lib/tool.jar"));
    }

    @Test
    void readsSurefiresPropertiesWhenTheConfigurationHasNoList() {
        Map<String, String> properties = Map.of("maven.test.additionalClasspath", "a.jar, b",
                "maven.test.dependency.excludes", "g:x");

        SurefireClasspath classpath = SurefireClasspath.of(null, properties::get, BASEDIR);

        assertThat(classpath.additional()).containsExactly(Path.of("/project/a.jar"), Path.of("/project/b"));
        assertThat(classpath.excludedDependencies()).containsExactly("g:x");
    }

    @Test
    void changesNothingWithoutThem() {
        List<Path> classpath = List.of(Path.of("/a"));

        assertThat(SurefireClasspath.of(null, name -> null, BASEDIR).applyTo(classpath, Set.of()))
                .containsExactly(Path.of("/a"));
    }

    private static Artifact artifact(String group, String id, String file) {
        Artifact artifact = new DefaultArtifact(group, id, "1.0", "test", "jar", null, new DefaultArtifactHandler("jar"));
        artifact.setFile(Path.of(file).toFile());
        return artifact;
    }
}
