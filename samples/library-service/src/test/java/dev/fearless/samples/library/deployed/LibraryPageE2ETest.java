package dev.fearless.samples.library.deployed;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.Map;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import dev.fearless.api.E2ETest;
import dev.fearless.http.Api;

/** After a deploy: a member borrows a book on the library's page, in a real browser. */
class LibraryPageE2ETest {

    @E2ETest
    void aMemberBorrowsABookOnThePage(Page page, Api api) {
        String isbn = addBook(api);
        String title = "E2E " + isbn;
        // A member of their own: the environment keeps every run's loans, and a member may hold only three books.
        String member = "Reader " + isbn;

        page.navigate("/");
        page.getByLabel("Your name").fill(member);
        page.getByRole(AriaRole.BUTTON, borrowButton(title)).click();

        assertThat(page.getByTestId("message")).containsText("is yours until");
        assertThat(page.getByTestId("message")).containsText(title);
        Locator row = page.locator("tr[data-isbn='" + isbn + "']");
        assertThat(row.getByRole(AriaRole.CELL).nth(3)).hasText("0");
        assertThat(row.getByRole(AriaRole.BUTTON)).isDisabled();
    }

    @E2ETest
    void askingWithoutANameSaysWhatIsMissing(Page page, Api api) {
        String title = "E2E " + addBook(api);
        page.navigate("/");
        page.getByRole(AriaRole.BUTTON, borrowButton(title)).click();

        assertThat(page.getByTestId("message")).hasText("Enter your name to borrow a book.");
        assertThat(page.getByLabel("Your name")).isFocused();
    }

    /** A book of the test's own, so it never depends on what the environment's shelf holds. */
    private static String addBook(Api api) {
        String isbn = LendingSmokeTest.freshIsbn();
        api.given().body(Map.of("isbn", isbn, "title", "E2E " + isbn, "author", "Fearless", "copies", 1))
                .post("/api/books").then().statusCode(201);
        return isbn;
    }

    private static Page.GetByRoleOptions borrowButton(String title) {
        return new Page.GetByRoleOptions().setName("Borrow " + title).setExact(true);
    }
}
