package dev.streamevent.benchmarks;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import dev.streamevent.benchmarks.corpus.Suite;
import dev.streamevent.benchmarks.peers.Peer;
import dev.streamevent.benchmarks.peers.Peers;

/**
 * Decode to the family, decode to the concrete type, and encode, for every peer and suite. One operation handles one
 * event; a suite of several events is cycled in stream order, so its score is the mean over the stream's mix. Each
 * (suite, peer) pair runs in its own fork, so every call site sees one library only.
 *
 * <p>The heap is fixed and touched before the run starts: otherwise the first write to each fresh page of the young
 * generation faults, and on a virtual machine those faults slowed the warm-up iterations of whichever library
 * allocates least, since it takes longest to have touched them all.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class CodecBenchmark {

    /** The suite; {@code CodecBenchmarkParamsTest} keeps the list equal to {@link Suite#values()}. */
    @Param({"SMALL", "MIX", "LARGE"})
    public Suite suite;

    /** The library; {@code CodecBenchmarkParamsTest} keeps the list equal to {@link Peers#names()}. */
    @Param({"streamevent", "fastjson2", "dsl-json", "avaje-jsonb", "jackson", "jackson-streaming", "moshi", "gson",
            "openai-java"})
    public String peer;

    private Peer codec;
    private byte[][] events;
    private Peer.Decoder[] concrete;
    private Object[] values;
    private int cursor;

    /**
     * Builds the peer and decodes the suite once, for the encode benchmark.
     *
     * @throws Exception whatever the peer throws
     */
    @Setup(Level.Trial)
    public void setUp() throws Exception {
        codec = Peers.create(peer);
        Optional<String> limitation = codec.limitation(suite);
        if (limitation.isPresent()) {
            // JMH reports the failed trial with this message and goes on with the others.
            throw new UnsupportedOperationException(peer + " cannot run " + suite + ": " + limitation.get());
        }
        List<byte[]> corpus = suite.events();
        events = corpus.toArray(new byte[0][]);
        concrete = new Peer.Decoder[events.length];
        values = new Object[events.length];
        for (int i = 0; i < events.length; i++) {
            concrete[i] = codec.concreteDecoder(Suite.typeOf(events[i]));
            values[i] = codec.decodeFamily(events[i]);
        }
    }

    private int next() {
        int i = cursor;
        cursor = i + 1 == events.length ? 0 : i + 1;
        return i;
    }

    /**
     * @return the event, decoded through the library's polymorphism on {@code type}
     * @throws Exception whatever the peer throws
     */
    @Benchmark
    public Object decodeFamily() throws Exception {
        return codec.decodeFamily(events[next()]);
    }

    /**
     * @return the event, decoded straight to its concrete class
     * @throws Exception whatever the peer throws
     */
    @Benchmark
    public Object decodeConcrete() throws Exception {
        int i = next();
        return concrete[i].decode(events[i]);
    }

    /**
     * @return the event's JSON
     * @throws Exception whatever the peer throws
     */
    @Benchmark
    public byte[] encode() throws Exception {
        return codec.encode(values[next()]);
    }
}
