package dev.streamevent.benchmarks.peers.model;

/** Events that point at an output item. */
public abstract class ItemEvent extends Event {
    public String item_id;
    public int output_index;
}
