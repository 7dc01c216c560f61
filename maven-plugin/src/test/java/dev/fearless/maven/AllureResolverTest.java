package dev.fearless.maven;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.aether.artifact.Artifact;
import org.junit.jupiter.api.Test;

import dev.fearless.reports.allure.AllureDistribution;

class AllureResolverTest {

    @Test
    void resolvesTheDistributionZipOfTheVersionFearlessIsBuiltWith() {
        Artifact artifact = AllureResolver.artifact();

        assertThat(artifact.getGroupId()).isEqualTo("io.qameta.allure");
        assertThat(artifact.getArtifactId()).isEqualTo("allure-commandline");
        assertThat(artifact.getExtension()).isEqualTo("zip");
        assertThat(artifact.getClassifier()).isEmpty();
        assertThat(artifact.getVersion()).isEqualTo(AllureDistribution.version()).matches("\\d+\\.\\d+\\.\\d+");
    }
}
