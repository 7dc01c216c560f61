package dev.fearless.samples.library.loans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.fearless.api.UnitTest;
import dev.fearless.samples.library.problems.ConflictException;
import dev.fearless.samples.library.problems.InvalidRequestException;

// On the class, the layer covers the parameterized tests too (@UnitTest on such a method would add a @Test).
@UnitTest
class LoanPolicyTest {
    private final LoanPolicy policy = new LoanPolicy();

    @UnitTest
    void aLoanLastsThreeWeeks() {
        assertThat(policy.dueDate(LocalDate.of(2026, 2, 20))).isEqualTo(LocalDate.of(2026, 3, 13));
    }

    @ParameterizedTest(name = "due {0}, back {1}: {2} cents")
    @CsvSource({
            "2026-03-13, 2026-03-01, 0",
            "2026-03-13, 2026-03-13, 0",
            "2026-03-13, 2026-03-14, 25",
            "2026-03-13, 2026-03-20, 175",
            "2026-03-13, 2026-04-22, 1000",
            "2026-03-13, 2027-03-13, 1000"})
    void finesEachDayLateUpToACap(LocalDate due, LocalDate returned, int cents) {
        assertThat(policy.fineCents(due, returned)).isEqualTo(cents);
    }

    @UnitTest
    void aMemberMayHoldThreeBooks() {
        policy.checkMayBorrow("Ada", 2);
        assertThatThrownBy(() -> policy.checkMayBorrow("Ada", 3))
                .isInstanceOf(ConflictException.class)
                .hasMessage("Ada already has 3 books; return one to borrow another");
    }

    @UnitTest
    void recordsTheMembersNameTrimmed() {
        assertThat(policy.memberName("  Ada Lovelace ")).isEqualTo("Ada Lovelace");
    }

    @UnitTest
    void needsAMembersName() {
        assertThatThrownBy(() -> policy.memberName(" ")).isInstanceOf(InvalidRequestException.class)
                .hasMessage("a loan needs the member's name");
        assertThatThrownBy(() -> policy.memberName(null)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> policy.memberName("x".repeat(81))).isInstanceOf(InvalidRequestException.class)
                .hasMessage("a member's name has at most 80 characters");
    }
}
