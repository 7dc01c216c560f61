package dev.fearless.samples.shop;

import java.util.ArrayList;
import java.util.List;

/** A shopping cart: lines of items, a discount code, and a total with VAT, in cents. */
public final class Cart {

    private static final int VAT_PERCENT = 21;
    private static final int BULK_QUANTITY = 10;

    private final List<Line> lines = new ArrayList<>();
    private int discountPercent;

    /** One item of the cart. */
    public record Line(String sku, int quantity, long unitPriceCents) {
        public Line {
            if (quantity <= 0) {
                throw new IllegalArgumentException("quantity must be positive, was " + quantity);
            }
            if (unitPriceCents < 0) {
                throw new IllegalArgumentException("price must not be negative, was " + unitPriceCents);
            }
        }

        long subtotalCents() {
            long subtotal = quantity * unitPriceCents;
            // Ten or more of one item: the tenth and every later one at half price.
            if (quantity >= BULK_QUANTITY) {
                subtotal -= (quantity - BULK_QUANTITY + 1) * unitPriceCents / 2;
            }
            return subtotal;
        }
    }

    public Cart add(String sku, int quantity, long unitPriceCents) {
        lines.add(new Line(sku, quantity, unitPriceCents));
        return this;
    }

    /** Applies a discount code: {@code WELCOME10} is 10 %, {@code VIP25} is 25 %; others are refused. */
    public Cart applyCode(String code) {
        discountPercent = switch (code) {
            case "WELCOME10" -> 10;
            case "VIP25" -> 25;
            default -> throw new IllegalArgumentException("unknown discount code " + code);
        };
        return this;
    }

    public int itemCount() {
        return lines.stream().mapToInt(Line::quantity).sum();
    }

    /** The total in cents: lines, minus the discount, plus VAT, rounded half up. */
    public long totalCents() {
        long net = lines.stream().mapToLong(Line::subtotalCents).sum();
        long discounted = net * (100 - discountPercent);
        return (discounted * (100 + VAT_PERCENT) + 5_000) / 10_000;
    }
}
