package dev.streamevent.example.cli;

/**
 * Terminal styling that is only switched on for a real terminal: piped or redirected output, {@code NO_COLOR} and
 * {@code TERM=dumb} all get plain text.
 */
final class Style {

    private final boolean enabled;

    private Style(boolean enabled) {
        this.enabled = enabled;
    }

    /** Colours when standard output is a terminal and nothing asks for plain text. */
    static Style forTerminal() {
        boolean tty = System.console() != null;
        boolean noColor = System.getenv("NO_COLOR") != null;
        boolean dumb = "dumb".equals(System.getenv("TERM"));
        return new Style(tty && !noColor && !dumb);
    }

    boolean enabled() {
        return enabled;
    }

    String bold(String text) {
        return wrap("1", text);
    }

    String dim(String text) {
        return wrap("2", text);
    }

    String red(String text) {
        return wrap("31", text);
    }

    String green(String text) {
        return wrap("32", text);
    }

    String yellow(String text) {
        return wrap("33", text);
    }

    String cyan(String text) {
        return wrap("36", text);
    }

    private String wrap(String code, String text) {
        return enabled ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
    }
}
