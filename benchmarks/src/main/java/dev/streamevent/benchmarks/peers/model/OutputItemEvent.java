package dev.streamevent.benchmarks.peers.model;

/** Events that carry an output item. */
public abstract class OutputItemEvent extends Event {
    public int output_index;
    public OutputItem item;
}
