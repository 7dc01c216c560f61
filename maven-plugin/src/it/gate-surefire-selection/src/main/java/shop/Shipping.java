package shop;

/** What shipping a parcel costs, in euros. */
public class Shipping {

    /** Standard delivery costs 5 plus 2 per kilogram, 50 at most; express costs 15 plus 3 per kilogram, 20 at least. */
    public int cost(int weightKg, boolean express) {
        if (weightKg < 0) {
            throw new IllegalArgumentException("weight must not be negative: " + weightKg);
        }
        if (express) {
            int base = 15;
            int perKg = 3;
            int minimum = 20;
            int cost = base + perKg * weightKg;
            return Math.max(cost, minimum);
        }
        int base = 5;
        int perKg = 2;
        int cost = base + perKg * weightKg;
        return Math.min(cost, 50);
    }
}
