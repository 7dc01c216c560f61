package dev.fearless.engine.internal.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.fearless.engine.CoverageRatios;
import dev.fearless.engine.PackageCoverage;

/**
 * {@code coverage.exclude}: a real JVM runs {@code shop.Cart} under the JaCoCo agent once; its nested
 * {@code Cart$Receipt} and {@code shop.jdbc.JdbcCartRepository} never run. Excluded classes must be measured exactly
 * as if their class files were absent.
 */
class CoverageAnalyzerExcludeTest {

    private static final String CART = """
            package shop;

            public class Cart {
                private Cart() {
                }

                public static int total(int price, int count) {
                    if (count > 1) {
                        return price * count;
                    }
                    return price;
                }

                public static void main(String[] args) {
                    System.out.println(total(3, 2) + total(5, 1));
                }

                static final class Receipt {
                    String print(int total) {
                        return "total " + total;
                    }
                }
            }
            """;

    private static final String REPOSITORY = """
            package shop.jdbc;

            public class JdbcCartRepository {
                public int count() {
                    return 0;
                }
            }
            """;

    @TempDir
    static Path shared;

    static Path classes;
    static Path exec;

    @TempDir
    Path dir;

    @BeforeAll
    static void runFixtureUnderTheAgent() throws Exception {
        CoverageFixture.Recorded recorded = CoverageFixture.recorded(shared,
                Map.of("shop.Cart", CART, "shop.jdbc.JdbcCartRepository", REPOSITORY), "shop.Cart");
        classes = recorded.classes();
        exec = recorded.exec();
    }

    @Test
    void measuresExactlyAsIfTheExcludedClassFilesWereAbsent() throws Exception {
        Path withoutRepository = copyWithout(classes, "shop/jdbc/JdbcCartRepository.class");

        CoverageAnalyzer.Measurement excluded = CoverageAnalyzer.measure(exec, List.of(classes),
                List.of("*.Jdbc*Repository"));
        CoverageAnalyzer.Measurement absent = CoverageAnalyzer.measure(exec, List.of(withoutRepository));

        assertThat(excluded).isEqualTo(absent);
        assertThat(excluded.packages()).extracting(PackageCoverage::name).containsExactly("shop");
        assertThat(CoverageAnalyzer.measure(exec, List.of(classes)).packages()).extracting(PackageCoverage::name)
                .containsExactly("shop", "shop.jdbc");
    }

    @Test
    void excludingTheClassesThatNeverRanLeavesFullCoverage() throws Exception {
        CoverageRatios all = CoverageAnalyzer.analyze(exec, List.of(classes));

        CoverageRatios ratios = CoverageAnalyzer.analyze(exec, List.of(classes),
                List.of("*.Jdbc*Repository", "shop.Cart$Receipt"));

        assertThat(all.line()).isLessThan(1.0);
        assertThat(ratios).isEqualTo(new CoverageRatios(1.0, 1.0, 1.0));
    }

    @Test
    void matchesANestedClassByItsOwnName() throws Exception {
        // *.Cart takes out Cart, the one class that ran, and leaves its never-run Receipt in.
        CoverageAnalyzer.Measurement outerOnly = CoverageAnalyzer.measure(exec, List.of(classes),
                List.of("*.Cart", "shop.jdbc.*"));
        // *.Cart* takes out the nested class too: only the repository is left.
        CoverageAnalyzer.Measurement outerAndNested = CoverageAnalyzer.measure(exec, List.of(classes),
                List.of("*.Cart*"));

        assertThat(outerOnly.total()).isEqualTo(new CoverageRatios(0.0, null, 0.0));
        assertThat(outerOnly.packages()).extracting(PackageCoverage::name).containsExactly("shop");
        assertThat(outerAndNested.packages()).extracting(PackageCoverage::name).containsExactly("shop.jdbc");
        assertThat(outerAndNested).isEqualTo(CoverageAnalyzer.measure(exec, List.of(classes),
                List.of("shop.Cart", "shop.Cart$Receipt")));
    }

    @Test
    void questionMarkMatchesExactlyOneCharacter() throws Exception {
        CoverageRatios all = CoverageAnalyzer.analyze(exec, List.of(classes));

        assertThat(CoverageAnalyzer.analyze(exec, List.of(classes), List.of("shop.Ca?", "shop.Cart?")))
                .as("no class name has one character too few or too many").isEqualTo(all);
        assertThat(CoverageAnalyzer.analyze(exec, List.of(classes), List.of("shop.Car?")))
                .isNotEqualTo(all);
    }

    @Test
    void failsWhenTheExcludesLeaveNoClass() {
        assertThatThrownBy(() -> CoverageAnalyzer.analyze(exec, List.of(classes), List.of("shop.*")))
                .isInstanceOf(CoverageException.class)
                .hasMessage("every class in " + classes + " matches coverage.exclude [shop.*], so no class is left to"
                        + " measure " + exec + " against; exclude fewer classes, or remove the step's coverage rule");
    }

    @Test
    void stillFailsWhenTheDataIsForOtherClasses() throws Exception {
        Path other = CoverageFixture.compile(dir.resolve("other"), Map.of("other.Thing", """
                package other;

                public class Thing {
                    public int one() {
                        return 1;
                    }
                }
                """, "other.JdbcThingRepository", """
                package other;

                public class JdbcThingRepository {
                }
                """));

        assertThatThrownBy(() -> CoverageAnalyzer.analyze(exec, List.of(other), List.of("*.Jdbc*Repository")))
                .isInstanceOf(CoverageException.class)
                .hasMessageContaining("is for other classes than those in " + other);
    }

    @Test
    void stillFailsWhenTheDataIsForAnotherBuildOfAMeasuredClass() throws Exception {
        Path rebuilt = CoverageFixture.compile(dir.resolve("rebuilt"),
                Map.of("shop.Cart", CART.replace("price * count", "count * price"),
                        "shop.jdbc.JdbcCartRepository", REPOSITORY));

        assertThatThrownBy(() -> CoverageAnalyzer.analyze(exec, List.of(rebuilt), List.of("*.Jdbc*Repository")))
                .isInstanceOf(CoverageException.class)
                .hasMessageContaining("does not match class shop.Cart in " + rebuilt);
    }

    private Path copyWithout(Path folder, String leftOut) throws Exception {
        Path copy = dir.resolve("copy");
        try (var files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String relative = folder.relativize(file).toString().replace('\\', '/');
                if (!relative.equals(leftOut)) {
                    Path target = copy.resolve(relative);
                    Files.createDirectories(target.getParent());
                    Files.copy(file, target);
                }
            }
        }
        return copy;
    }
}
