/**
 * The OpenResponses stream-event catalogue: every event of an OpenAI or OpenRouter Responses-API stream, declared as
 * annotated interfaces from which the streamevent processor generates immutable values, builders and reflection-free
 * JSON codecs.
 *
 * <h2>Families</h2>
 * Each union of the protocol is a {@link dev.streamevent.StreamFamily} base keyed on {@code type}, with one
 * {@link dev.streamevent.StreamEvent} interface per wire type. A type no member declares decodes as
 * {@code Unknown<Base>} with its raw JSON; invalid content decodes leniently as {@code Invalid<Base>}.
 * <table>
 *   <caption>The families of the catalogue</caption>
 *   <tr><th>Base</th><th>What it is</th><th>Members</th></tr>
 *   <tr><td>{@link dev.streamevent.example.responses.events.ResponseStreamEvent}</td>
 *       <td>the stream's events ({@code response.output_text.delta}, {@code error}, ...)</td>
 *       <td>package {@code .events}</td></tr>
 *   <tr><td>{@link dev.streamevent.example.responses.items.OutputItem}</td>
 *       <td>the items of {@code response.output} and of {@code output_item.added/done} ({@code message},
 *       {@code function_call}, {@code reasoning}, ..., and OpenRouter's {@code openrouter:*})</td>
 *       <td>{@code .items}, {@code .items.openrouter}</td></tr>
 *   <tr><td>{@link dev.streamevent.example.responses.content.ContentPart}</td>
 *       <td>content parts: {@code output_text}, {@code refusal}, {@code reasoning_text}</td><td>{@code .content}</td></tr>
 *   <tr><td>{@link dev.streamevent.example.responses.content.SummaryPart}</td>
 *       <td>reasoning summary parts: {@code summary_text}</td><td>{@code .content}</td></tr>
 *   <tr><td>{@link dev.streamevent.example.responses.content.Annotation}</td>
 *       <td>citations in output text: {@code url_citation}, {@code file_citation}, {@code container_file_citation},
 *       {@code file_path}</td><td>{@code .content}</td></tr>
 *   <tr><td>{@link dev.streamevent.example.responses.tools.Tool}</td>
 *       <td>the tools echoed in {@code response.tools}</td><td>{@code .tools}</td></tr>
 *   <tr><td>{@link dev.streamevent.example.responses.actions.WebSearchAction}</td>
 *       <td>what a web search did: {@code search}, {@code open_page}, {@code find_in_page} (and the older
 *       {@code find})</td><td>{@code .actions}</td></tr>
 *   <tr><td>{@link dev.streamevent.example.responses.items.ApplyPatchOperation}</td>
 *       <td>{@code create_file}, {@code update_file}, {@code delete_file}</td><td>{@code .items}</td></tr>
 *   <tr><td>{@link dev.streamevent.example.responses.items.CodeInterpreterOutput}</td>
 *       <td>{@code logs}, {@code image}</td><td>{@code .items}</td></tr>
 * </table>
 * Objects without a type tag ({@code response}, {@code usage}, {@code error}, logprobs, ...) are
 * {@link dev.streamevent.StreamValue} interfaces, mostly in {@code .model}.
 *
 * <h2>Shared bases</h2>
 * Bases without an annotation keep the declarations short: {@code SequencedEvent} (the optional
 * {@code sequence_number}), {@code ItemEvent} ({@code item_id}, {@code output_index}), {@code ContentEvent}
 * ({@code content_index}), {@code SummaryIndexedEvent}, {@code ResponseLifecycleEvent} (the {@code response}
 * snapshot), the mixin {@code StreamedDelta} ({@code delta} and the optional {@code obfuscation}), and for items
 * {@code OutputItemBase}, {@code IdentifiedItem} and {@code ToolCallItem}. Every type inherits
 * {@link dev.streamevent.example.responses.WireObject}, whose {@code unknownFields()} keeps the members it does not
 * declare, so decode then encode loses nothing.
 *
 * <h2>Modelling policy: what real servers send</h2>
 * A property is required only when every real stream sends it and the event means nothing without it: the ids and
 * indexes that place an event ({@code item_id}, {@code output_index}, {@code content_index}, {@code summary_index}),
 * the text of deltas and of {@code .done} events, and a few identities ({@code response.id}, {@code model},
 * {@code output}). Everything else is {@link dev.streamevent.example.responses.Nullable} or {@code Optional*}, even
 * where an SDK calls it required, because some real stream leaves it out:
 * <ul>
 *   <li>{@code sequence_number} is absent from every event of 2025-03 OpenAI streams;</li>
 *   <li>{@code response.created} lacks {@code completed_at} and, before 2026 and on OpenRouter, the penalties;</li>
 *   <li>{@code response.function_call_arguments.done} lacks {@code name};</li>
 *   <li>{@code web_search_call} items lack {@code action} when added;</li>
 *   <li>{@code usage.input_tokens_details} lacks {@code cache_write_tokens};</li>
 *   <li>the real {@code error} event is nested ({@code error.error.message}), not flat as documented.</li>
 * </ul>
 * Open-ended value sets ({@code status}, {@code role}, {@code effort}, ...) are {@code String}s, not enums, and
 * open-ended JSON ({@code metadata}, {@code instructions}, {@code tool_choice}, {@code parameters}, formats) is
 * {@link dev.streamevent.runtime.JsonValue}. {@code tools/catalogue_coverage.py} checks all of this against the
 * recorded transcripts; {@code docs/catalogue.md} lists each event type with its evidence.
 */
package dev.streamevent.example.responses;
