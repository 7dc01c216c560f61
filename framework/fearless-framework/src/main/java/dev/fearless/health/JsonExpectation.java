package dev.fearless.health;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A value expected at a dotted path of a JSON answer: {@code status}, {@code build.version},
 * {@code components.db.status}; a number in the path picks an element of a list.
 */
record JsonExpectation(String path, String expected) {

    /** Why {@code json} does not meet this expectation, or {@code null} when it does. */
    String mismatch(JsonNode json) {
        JsonNode node = json;
        for (String segment : path.split("\\.")) {
            node = node.isArray() && segment.chars().allMatch(Character::isDigit)
                    ? node.path(Integer.parseInt(segment))
                    : node.path(segment);
        }
        if (node.isMissingNode() || node.isNull()) {
            return path + " is missing, expected \"" + expected + "\"";
        }
        String actual = node.isValueNode() ? node.asText() : node.toString();
        return actual.equals(expected) ? null : path + " is \"" + actual + "\", expected \"" + expected + "\"";
    }
}
