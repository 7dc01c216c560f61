package dev.fearless.fork;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class ClassNameSelectionTest {

    private static ClassNameSelection selection(List<String> includes, List<String> excludes) {
        return new ClassNameSelection(new ClassNamePatterns(includes), new ClassNamePatterns(excludes));
    }

    @Test
    void aQuotedNameSelectsThatClassAndNoOther() {
        ClassNameSelection selection = selection(List.of(Pattern.quote("shop.OrderTest")), List.of());

        assertThat(selection.selects("shop.OrderTest")).isTrue();
        assertThat(selection.selects("shop.OrderTests")).as("the whole name, as JUnit matches").isFalse();
        assertThat(selection.selects("shopXOrderTest")).as("the dot is literal").isFalse();
    }

    @Test
    void otherPatternsAreRegularExpressionsMatchedAgainstTheWholeName() {
        ClassNameSelection selection = selection(List.of(".*Check", Pattern.quote("shop.OrderTest")), List.of());

        assertThat(selection.selects("shop.StockCheck")).isTrue();
        assertThat(selection.selects("shop.StockChecker")).isFalse();
        assertThat(selection.selects("shop.OrderTest")).isTrue();
    }

    @Test
    void aPatternThatOnlyStartsAndEndsWithQuotesIsStillARegularExpression() {
        String twoQuotes = "\\Qshop.\\E.*\\QTest\\E";

        assertThat(selection(List.of(twoQuotes), List.of()).selects("shop.OrderTest")).isTrue();
    }

    @Test
    void excludesWinAndNoIncludeSelectsEveryClass() {
        ClassNameSelection selection = selection(List.of(), List.of(Pattern.quote("shop.SlowTest"), ".*IT"));

        assertThat(selection.selects("shop.OrderTest")).isTrue();
        assertThat(selection.selects("shop.SlowTest")).isFalse();
        assertThat(selection.selects("shop.OrderIT")).isFalse();
    }
}
