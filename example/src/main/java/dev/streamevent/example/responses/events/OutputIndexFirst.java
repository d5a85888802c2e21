package dev.streamevent.example.responses.events;

/**
 * Puts {@code output_index} before {@code item_id} in the item events whose producers write them in that order: image
 * generation and web search calls (OpenAI, Azure) and reasoning text (OpenRouter). Most other item events arrive with
 * {@code item_id} first, as {@link ItemEvent} declares them.
 *
 * <p>The processor orders an event's members by where each is first declared, super-interfaces first. So such an
 * event extends this interface before {@link ItemEvent}, and its generated reader, which guesses each next member in
 * that order, finds every member where it looks first. {@code CatalogueMemberOrderTest} holds the catalogue to the
 * order of the shared recordings. It extends {@link SequencedEvent} so that {@code sequence_number} stays first.
 */
public interface OutputIndexFirst extends SequencedEvent {
    /** @return the position of the event's output item in the response's {@code output} list */
    int outputIndex();
}
