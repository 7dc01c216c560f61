package dev.fearless.reports;

/** File names made from gate and step names. */
final class FileNames {

    private FileNames() {
    }

    /** {@code name} with anything but letters, digits, {@code . _ -} replaced by {@code _}. */
    static String safe(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            out.append(Character.isLetterOrDigit(c) && c < 128 || c == '.' || c == '_' || c == '-' ? c : '_');
        }
        return out.toString();
    }
}
