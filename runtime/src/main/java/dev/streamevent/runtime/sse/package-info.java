/**
 * Server-Sent Events and JSON Lines framing for streaming event protocols, and the decoded event streams built on it.
 *
 * <p>{@link dev.streamevent.runtime.sse.SseParser} (push) and {@link dev.streamevent.runtime.sse.SseReader} (pull)
 * follow the WHATWG HTML "interpreting an event stream" rules. Event data stays bytes from the wire to the JSON
 * decoder. {@link dev.streamevent.runtime.sse.EventStream} and {@link dev.streamevent.runtime.sse.EventPublisher} turn
 * a {@link dev.streamevent.runtime.sse.PayloadSource} into decoded values.
 */
package dev.streamevent.runtime.sse;
