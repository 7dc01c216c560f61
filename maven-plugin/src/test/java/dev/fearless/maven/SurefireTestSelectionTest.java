package dev.fearless.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SurefireTestSelectionTest {

    private static SurefireTestSelection includes(String... patterns) {
        return SurefireTestSelection.of(List.of(patterns), List.of());
    }

    @Nested
    class ByDefault {

        private final SurefireTestSelection selection = SurefireTestSelection.of(List.of(), List.of());

        @Test
        void selectsSurefiresFourNamingConventionsInAnyPackage() {
            assertThat(List.of("shop/TestShipping.class", "shop/ShippingTest.class", "shop/ShippingTests.class",
                    "shop/OrderTestCase.class", "OrderTest.class", "shop/a/b/OrderTestCase.class"))
                    .allMatch(selection::selects);
        }

        @Test
        void leavesOutOtherClassesAndNestedOnes() {
            assertThat(List.of("shop/Shipping.class", "shop/ShippingIT.class", "shop/OrderCheck.class",
                    "shop/ShippingTest$Express.class", "shop/ShippingTestHelper.class", "shop/shippingtest.class"))
                    .noneMatch(selection::selects);
        }
    }

    @Nested
    class AntPatterns {

        @Test
        void replaceTheDefaultIncludes() {
            SurefireTestSelection selection = includes("**/*Check.java");

            assertThat(selection.selects("shop/OrderCheck.class")).isTrue();
            assertThat(selection.selects("shop/OrderTestCase.class")).isFalse();
        }

        @Test
        void matchWithDoubleStarOverAnyNumberOfFoldersButWithStarWithinOne() {
            SurefireTestSelection deep = includes("shop/**/*Check.java");
            SurefireTestSelection shallow = includes("shop/*Check.java");

            assertThat(deep.selects("shop/OrderCheck.class")).isTrue();
            assertThat(deep.selects("shop/a/b/OrderCheck.class")).isTrue();
            assertThat(deep.selects("other/OrderCheck.class")).isFalse();
            assertThat(shallow.selects("shop/OrderCheck.class")).isTrue();
            assertThat(shallow.selects("any/where/shop/OrderCheck.class")).isTrue();
            assertThat(shallow.selects("shop/a/OrderCheck.class")).isFalse();
        }

        @Test
        void matchOneCharacterWithAQuestionMarkAndAreCaseSensitive() {
            SurefireTestSelection selection = includes("**/Order?Test.java");

            assertThat(selection.selects("shop/OrderXTest.class")).isTrue();
            assertThat(selection.selects("shop/OrderTest.class")).isFalse();
            assertThat(includes("**/*test.java").selects("shop/OrderTest.class")).isFalse();
        }

        @Test
        void readJavaClassAndNoSuffixAlike() {
            assertThat(List.of("**/OrderCheck.java", "**/OrderCheck.class", "**/OrderCheck", "OrderCheck"))
                    .allMatch(pattern -> includes(pattern).selects("shop/OrderCheck.class"))
                    .noneMatch(pattern -> includes(pattern).selects("shop/OrderCheckHelper.class"));
        }

        @Test
        void matchAPatternWithoutSuffixAlsoAgainstTheWholeFileNameAsSurefireDoes() {
            // Surefire tries **/*s.class and **/*s: the second matches every class file, as ".class" ends in s.
            assertThat(includes("**/*s").selects("shop/Order.class")).isTrue();
        }

        @Test
        void readClassNamesWrittenWithDots() {
            assertThat(includes("shop.OrderCheck").selects("shop/OrderCheck.class")).isTrue();
            assertThat(includes("shop.OrderCheck.java").selects("shop/OrderCheck.class")).isTrue();
            assertThat(includes("shop.Order.*").selects("shop/Order.class")).isTrue();
            assertThat(includes("shop.Order.*").selects("shop/OrderCheck.class")).isFalse();
            assertThat(includes("shop.OrderCheck").selects("other/OrderCheck.class")).isFalse();
        }

        @Test
        void excludeWithAnExclamationMarkInACommaSeparatedInclude() {
            SurefireTestSelection selection = includes("**/*Test.java, !**/Slow*");

            assertThat(selection.selects("shop/ShippingTest.class")).isTrue();
            assertThat(selection.selects("shop/SlowShippingTest.class")).isFalse();
        }

        @Test
        void excludeNestedClassesOnlyWhileSurefiresDefaultExcludesApply() {
            String nested = "shop/ShippingTest$Express.class";

            assertThat(includes("**/*Test*.java").selects(nested)).isFalse();
            assertThat(SurefireTestSelection.of(List.of("**/*Test*.java"), List.of("**/Slow*")).selects(nested))
                    .isTrue();
        }

        @Test
        void excludeWhatTheExcludesMatch() {
            SurefireTestSelection selection = SurefireTestSelection.of(List.of(), List.of("**/Slow*.java,**/it/**"));

            assertThat(selection.selects("shop/ShippingTest.class")).isTrue();
            assertThat(selection.selects("shop/SlowShippingTest.class")).isFalse();
            assertThat(selection.selects("shop/it/OrderTest.class")).isFalse();
        }

        @Test
        void includeEveryClassWhenTheIncludesAreGivenButBlankAsSurefireDoes() {
            assertThat(includes("").selects("shop/Shipping.class")).isTrue();
        }
    }

    @Nested
    class RegexPatterns {

        @Test
        void matchTheClassFilesPathWithForwardSlashes() {
            SurefireTestSelection selection = includes("%regex[.*/it/.*Check.*]");

            assertThat(selection.selects("shop/it/OrderCheck.class")).isTrue();
            assertThat(selection.selects("shop/OrderCheck.class")).isFalse();
        }

        @Test
        void mustMatchTheWholePathIncludingDotClass() {
            assertThat(includes("%regex[shop.*Check]").selects("shop/OrderCheck.class")).isFalse();
            assertThat(includes("%regex[shop.*Check.class]").selects("shop/OrderCheck.class")).isTrue();
        }

        @Test
        void excludeWithAnExclamationMarkOrInTheExcludes() {
            assertThat(includes("**/*Test.java", "!%regex[.*Slow.*]").selects("shop/SlowTest.class")).isFalse();
            assertThat(SurefireTestSelection.of(List.of(), List.of("%regex[.*Slow.*]")).selects("shop/SlowTest.class"))
                    .isFalse();
        }

        @Test
        void areRefusedWhenNotWrappedAsSurefireRequires() {
            assertThatThrownBy(() -> includes("%regex[.*Check"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Surefire's <includes> has '%regex[.*Check', which is not a pattern Surefire accepts:"
                            + " write %regex[expression] or !%regex[expression], one per entry (a comma separates"
                            + " entries, even inside %regex[...])");
        }

        @Test
        void areRefusedWhenTheExpressionIsInvalid() {
            assertThatThrownBy(() -> includes("%regex[(Check]"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("Surefire's <includes> has '%regex[(Check]', whose regular expression is"
                            + " invalid: ");
        }
    }

    @Test
    void refusesAMethodFilterAsSurefireDoes() {
        assertThatThrownBy(() -> includes("**/OrderTest.java#ships"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Surefire's <includes> has '**/OrderTest.java#ships', a method filter: Surefire refuses"
                        + " '#' in includes and excludes, and the gate selects classes: name classes only");
    }

    @Test
    void refusesAnExclamationMarkInTheExcludesAsSurefireDoes() {
        assertThatThrownBy(() -> SurefireTestSelection.of(List.of(), List.of("!**/Slow*")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Surefire's <excludes> has '!**/Slow*', but an exclamation mark is not allowed in an"
                        + " exclude (Surefire refuses it too): remove the '!'");
    }

    @Nested
    class InTheTestClassesFolder {

        @TempDir
        Path testClasses;

        @Test
        void namesTheClassesSurefireRuns() throws IOException {
            for (String file : List.of("shop/OrderTestCase.class", "shop/ShippingTest.class",
                    "shop/ShippingTest$Express.class", "shop/Shipping.class", "shop/TestData.txt",
                    "shop/deep/TestOrders.class")) {
                Files.createDirectories(testClasses.resolve(file).getParent());
                Files.writeString(testClasses.resolve(file), "");
            }

            SurefireTestSelection selection = SurefireTestSelection.of(List.of(), List.of());

            assertThat(selection.classNames(testClasses))
                    .containsExactly("shop.OrderTestCase", "shop.ShippingTest", "shop.deep.TestOrders");
        }

        @Test
        void unitesTheClassesOfEveryTestExecutionAndSaysHowEachSelects() throws IOException {
            for (String file : List.of("shop/OrderTest.class", "shop/OrderApiIT.class", "shop/Shipping.class")) {
                Files.createDirectories(testClasses.resolve(file).getParent());
                Files.writeString(testClasses.resolve(file), "");
            }

            SurefireTestSelection.Union union = SurefireTestSelection.union(List.of(
                    new SurefireSettings.TestExecution("default-test", List.of(), List.of()),
                    new SurefireSettings.TestExecution("integration-tests", List.of("**/*IT.java"), List.of()),
                    new SurefireSettings.TestExecution("again", List.of("**/Order*"), List.of())), testClasses);

            assertThat(union.classNames()).containsExactly("shop.OrderApiIT", "shop.OrderTest");
            assertThat(union.description()).startsWith("default-test: includes [**/Test*.java, ").contains(
                    "; integration-tests: includes [**/*IT.java], excludes [**/*$*] by default; again: includes");
            assertThatThrownBy(() -> SurefireTestSelection.union(List.of(
                    new SurefireSettings.TestExecution("integration-tests", List.of("**/*IT.java#m"), List.of())),
                    testClasses)).hasMessageEndingWith("(in Surefire's execution integration-tests)");
        }

        @Test
        void handsTheEngineOnePatternPerClassThatMatchesThatNameOnly() {
            List<String> patterns = SurefireTestSelection.classNamePatterns(List.of("shop.Order$Test", "shop.A"));

            assertThat(patterns).hasSize(2);
            assertThat(Pattern.compile(patterns.get(0)).matcher("shop.Order$Test").matches()).isTrue();
            assertThat(Pattern.compile(patterns.get(0)).matcher("shopXOrder$Test").matches()).isFalse();
            assertThat(Pattern.compile(patterns.get(1)).matcher("shop.AB").matches()).isFalse();
        }

        @Test
        void handsTheEngineAPatternNoClassMatchesWhenThereAreNone() throws IOException {
            List<String> patterns = SurefireTestSelection.of(List.of(), List.of())
                    .classNamePatterns(testClasses.resolve("missing"));

            assertThat(patterns).containsExactly(SurefireTestSelection.NO_CLASS);
            assertThat(Pattern.compile(patterns.get(0)).matcher("shop.OrderTest").matches()).isFalse();
            assertThat(Pattern.compile(patterns.get(0)).matcher("").matches()).isFalse();
        }
    }
}
