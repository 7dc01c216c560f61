package shop;

/** What the shop's words mean; nothing to test. */
public final class Glossary {

    /** The currency prices are in. */
    public static final String CURRENCY = "EUR";

    private Glossary() {
    }
}
