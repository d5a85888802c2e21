package dev.streamevent.runtime;

/**
 * A JSON document could not be read or a value could not be written. When it comes from reading, it tells where: the
 * byte offset from the start of the document, the line and column, the JSON path of the value being read (such as
 * {@code $.response.output[2].content[0].text}) and a short escaped excerpt of the input around the failure.
 */
public final class JsonException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What went wrong, without the position. */
    private final String reason;
    /** Bytes from the start of the document, or -1. */
    private final long offset;
    /** The 1-based line, or -1. */
    private final int line;
    /** The 1-based column in bytes, or -1. */
    private final int column;
    /** The JSON path, or null. */
    private final String path;
    /** The escaped excerpt, or null. */
    private final String excerpt;

    /**
     * An error found while reading, at a known place in the input.
     *
     * @param reason what went wrong and, where it helps, what to do about it
     * @param offset the byte offset from the start of the document
     * @param line the 1-based line
     * @param column the 1-based column, counted in bytes
     * @param path the JSON path of the value being read
     * @param excerpt a short escaped excerpt of the input around {@code offset}
     */
    public JsonException(String reason, long offset, int line, int column, String path, String excerpt) {
        super(describe(reason, offset, line, column, path, excerpt));
        this.reason = reason;
        this.offset = offset;
        this.line = line;
        this.column = column;
        this.path = path;
        this.excerpt = excerpt;
    }

    /**
     * An error with no place in an input, such as a value the writer cannot write.
     *
     * @param reason what went wrong
     */
    public JsonException(String reason) {
        super(reason);
        this.reason = reason;
        this.offset = -1;
        this.line = -1;
        this.column = -1;
        this.path = null;
        this.excerpt = null;
    }

    private static String describe(String reason, long offset, int line, int column, String path, String excerpt) {
        return reason + " at " + path + " (line " + line + ", column " + column + ", byte offset " + offset + ")"
                + (excerpt.isEmpty() ? "" : ": " + excerpt);
    }

    /**
     * {@return what went wrong, without the position}
     */
    public String reason() {
        return reason;
    }

    /**
     * {@return the byte offset of the failure from the start of the document, or -1 when not reading}
     */
    public long offset() {
        return offset;
    }

    /**
     * {@return the 1-based line of the failure, or -1 when not reading}
     */
    public int line() {
        return line;
    }

    /**
     * {@return the 1-based column of the failure, counted in bytes, or -1 when not reading}
     */
    public int column() {
        return column;
    }

    /**
     * {@return the JSON path of the value being read, such as {@code $.output[2].id}, or {@code null} when not reading}
     */
    public String path() {
        return path;
    }

    /**
     * {@return a short excerpt of the input around the failure, escaped and marked, or {@code null} when not reading}
     */
    public String excerpt() {
        return excerpt;
    }
}
