package dev.streamevent.processor.validate;

import java.util.Locale;

/** Turns accessor names into JSON member names, following a type's naming strategy. */
public final class WireNaming {

    private WireNaming() {
    }

    /** The JSON name of an accessor under a naming strategy. */
    public static String apply(NamingStrategy naming, String accessor) {
        switch (naming) {
            case SNAKE_CASE:
                return snakeCase(accessor);
            case CAMEL_CASE:
                return camelCase(accessor);
            default:
                return accessor;
        }
    }

    /**
     * {@code itemId} → {@code item_id}, {@code imageB64} → {@code image_b64}, {@code URLPath} → {@code url_path}: an
     * underscore before each capital that starts a new word, then all lower case. Other characters stay as they are.
     */
    static String snakeCase(String name) {
        StringBuilder out = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c)) {
                if (i > 0 && startsWord(name, i)) {
                    out.append('_');
                }
                out.append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean startsWord(String name, int i) {
        char previous = name.charAt(i - 1);
        boolean afterLowerOrDigit = Character.isLowerCase(previous) || Character.isDigit(previous);
        boolean endsAcronym = Character.isUpperCase(previous)
                && i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
        return afterLowerOrDigit || endsAcronym;
    }

    /** {@code OutputIndex} → {@code outputIndex}: only the first letter changes. */
    static String camelCase(String name) {
        if (name.isEmpty() || !Character.isUpperCase(name.charAt(0))) {
            return name;
        }
        return name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
    }
}
