/**
 * {@link java.net.http.HttpClient} integration: {@link dev.streamevent.runtime.http.SseHttpClient} sends a request
 * and returns the decoded event stream of a {@code text/event-stream} response.
 */
package dev.streamevent.runtime.http;
