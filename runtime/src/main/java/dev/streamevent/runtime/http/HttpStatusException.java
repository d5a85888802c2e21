package dev.streamevent.runtime.http;

import java.io.IOException;

/** The server answered with a status outside 2xx. Carries the status and the start of the response body. */
public final class HttpStatusException extends IOException {

    /** Serialization version. */
    private static final long serialVersionUID = 1L;

    /** The HTTP status, outside 2xx. */
    private final int statusCode;
    /** The start of the response body. */
    private final String body;
    /** Whether the server sent more body than {@link #body} holds. */
    private final boolean bodyTruncated;

    /**
     * Creates an exception.
     *
     * @param statusCode the HTTP status
     * @param body the response body as text, possibly cut at the client's limit
     * @param bodyTruncated whether the body was longer than what {@code body} holds
     * @param requestLine the method and URI of the request, to say which call failed
     */
    public HttpStatusException(int statusCode, String body, boolean bodyTruncated, String requestLine) {
        super("HTTP " + statusCode + " from " + requestLine + ": " + body + (bodyTruncated ? "…" : ""));
        this.statusCode = statusCode;
        this.body = body;
        this.bodyTruncated = bodyTruncated;
    }

    /**
     * Returns the HTTP status.
     *
     * @return the status code, outside 200..299
     */
    public int statusCode() {
        return statusCode;
    }

    /**
     * Returns the response body, decoded as UTF-8 with invalid bytes replaced, and cut at the client's limit.
     *
     * @return the body text, possibly empty
     */
    public String body() {
        return body;
    }

    /**
     * Returns whether the body was cut at the client's limit.
     *
     * @return {@code true} if the server sent more than {@link #body()} holds
     */
    public boolean bodyTruncated() {
        return bodyTruncated;
    }
}
