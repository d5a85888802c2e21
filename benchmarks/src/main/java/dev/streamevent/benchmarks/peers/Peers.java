package dev.streamevent.benchmarks.peers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Every benchmarked library by the name the benchmarks and reports use; ours first. */
public final class Peers {

    /** Our generated codecs: the baseline of every ratio. */
    public static final String OURS = "streamevent";

    private static final Map<String, Supplier<Peer>> ALL = new LinkedHashMap<>();

    static {
        ALL.put(OURS, StreamEventPeer::new);
        ALL.put("fastjson2", Fastjson2Peer::new);
        ALL.put("dsl-json", DslJsonPeer::new);
        ALL.put("avaje-jsonb", AvajeJsonbPeer::new);
        ALL.put("jackson", JacksonPeer::new);
        ALL.put("jackson-streaming", JacksonStreamingPeer::new);
        ALL.put("moshi", MoshiPeer::new);
        ALL.put("gson", GsonPeer::new);
        ALL.put("openai-java", OpenAiJavaPeer::new);
    }

    private Peers() {
    }

    /** @return the names of all peers, ours first */
    public static List<String> names() {
        return List.copyOf(ALL.keySet());
    }

    /**
     * @param name a name from {@link #names()}
     * @return a new, set-up instance of that peer
     */
    public static Peer create(String name) {
        Supplier<Peer> peer = ALL.get(name);
        if (peer == null) {
            throw new IllegalArgumentException("unknown peer " + name + "; known: " + names());
        }
        return peer.get();
    }
}
