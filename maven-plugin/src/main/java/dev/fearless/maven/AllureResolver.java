package dev.fearless.maven;

import java.nio.file.Path;
import java.util.List;

import org.apache.maven.plugin.MojoExecutionException;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;

import dev.fearless.reports.allure.AllureDistribution;

/**
 * Resolves Allure's distribution zip ({@code io.qameta.allure:allure-commandline:zip}, the version Fearless is built
 * with) from the project's repositories, as {@link LauncherResolver} resolves the JUnit launcher: the zip is one
 * artifact with no dependencies, and Maven's local repository caches it.
 */
final class AllureResolver {

    private final RepositorySystem system;
    private final RepositorySystemSession session;
    private final List<RemoteRepository> repositories;

    AllureResolver(RepositorySystem system, RepositorySystemSession session, List<RemoteRepository> repositories) {
        this.system = system;
        this.session = session;
        this.repositories = List.copyOf(repositories);
    }

    /** The distribution's artifact: {@code io.qameta.allure:allure-commandline:zip:VERSION}. */
    static Artifact artifact() {
        return new DefaultArtifact(AllureDistribution.coordinates());
    }

    Path resolve() throws MojoExecutionException {
        Artifact artifact = artifact();
        try {
            return system.resolveArtifact(session, new ArtifactRequest(artifact, repositories, null))
                    .getArtifact().getFile().toPath();
        } catch (ArtifactResolutionException e) {
            throw new MojoExecutionException("Cannot resolve " + artifact + ", Allure's report generator: "
                    + e.getMessage() + ". Check the project's repositories (it is on Maven Central), or give"
                    + " -Dfearless.allureHome=DIR with an unpacked distribution.", e);
        }
    }
}
