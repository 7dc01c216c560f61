package dev.fearless.samples.shop;

import java.util.HashMap;
import java.util.Map;

/** Prices a one-line cart from a query string: the shop API's logic, free of HTTP. */
public final class Quotes {

    /** An answer: an HTTP status and a JSON body. */
    public record Answer(int status, String json) {
    }

    private Quotes() {
    }

    /** The answer to {@code sku=...&quantity=...&price=...&code=...}. */
    public static Answer quote(String query) {
        Map<String, String> values = parse(query);
        try {
            Cart cart = new Cart().add(values.getOrDefault("sku", "item"), number(values, "quantity"),
                    number(values, "price"));
            if (values.containsKey("code")) {
                cart.applyCode(values.get("code"));
            }
            return new Answer(200, "{\"items\":" + cart.itemCount() + ",\"totalCents\":" + cart.totalCents() + "}");
        } catch (IllegalArgumentException e) {
            return new Answer(400, "{\"error\":\"" + e.getMessage().replace("\"", "'") + "\"}");
        }
    }

    private static int number(Map<String, String> values, String key) {
        String value = values.get(key);
        if (value == null) {
            throw new IllegalArgumentException(key + " is missing");
        }
        return Integer.parseInt(value);
    }

    private static Map<String, String> parse(String query) {
        Map<String, String> values = new HashMap<>();
        if (query != null) {
            for (String pair : query.split("&")) {
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    values.put(pair.substring(0, equals), pair.substring(equals + 1));
                }
            }
        }
        return values;
    }
}
