package dev.fearless.samples.library.catalog;

import dev.fearless.samples.library.problems.InvalidRequestException;

/**
 * An ISBN-13, stored without hyphens or spaces. Accepting only valid check digits keeps typos out of the catalogue.
 *
 * @param value thirteen digits
 */
public record Isbn(String value) {

    public Isbn {
        if (value == null || !value.matches("\\d{13}")) {
            throw new InvalidRequestException("ISBN must have 13 digits, got '" + value + "'");
        }
        if (checkDigit(value.substring(0, 12)) != value.charAt(12) - '0') {
            throw new InvalidRequestException("ISBN " + value + " has a wrong check digit");
        }
    }

    /** Reads an ISBN as people write it: hyphens and spaces are ignored. */
    public static Isbn parse(String text) {
        return new Isbn(text == null ? null : text.replace("-", "").replace(" ", ""));
    }

    /** Completes twelve digits with their check digit. */
    public static Isbn withCheckDigit(String twelveDigits) {
        if (twelveDigits == null || !twelveDigits.matches("\\d{12}")) {
            throw new InvalidRequestException("need 12 digits to compute an ISBN check digit, got '" + twelveDigits + "'");
        }
        return new Isbn(twelveDigits + checkDigit(twelveDigits));
    }

    private static int checkDigit(String twelveDigits) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            int digit = twelveDigits.charAt(i) - '0';
            sum += i % 2 == 0 ? digit : 3 * digit;
        }
        return (10 - sum % 10) % 10;
    }

    @Override
    public String toString() {
        return value;
    }
}
