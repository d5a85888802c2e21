package dev.streamevent.benchmarks.peers.model;

/** Events that carry a snapshot of the whole response. */
public abstract class ResponseLifecycleEvent extends Event {
    public Response response;
}
