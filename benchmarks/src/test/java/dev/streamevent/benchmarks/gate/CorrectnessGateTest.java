package dev.streamevent.benchmarks.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import dev.streamevent.benchmarks.corpus.Suite;
import dev.streamevent.benchmarks.peers.Peer;
import dev.streamevent.benchmarks.peers.Peers;

/**
 * The gate before any timing: every peer decodes every event of the benchmark corpus, both through its family and
 * straight to the concrete type, to the same values as ours, and its encoding re-parses to those same values. Values
 * are compared as {@link Canonical} documents: ours is our codec's decode then encode, which must itself mean exactly
 * the wire event (our codecs keep every member); each peer's is its decode then encode. Comparing whole documents
 * also proves that no peer skips a member that ours reads.
 */
class CorrectnessGateTest {

    private static final Peer OURS = Peers.create(Peers.OURS);

    @TestFactory
    Stream<DynamicTest> everyPeerDecodesAndEncodesTheCorpusToOurValues() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Suite suite : Suite.values()) {
            List<byte[]> events = suite.events();
            for (String name : Peers.names()) {
                tests.add(DynamicTest.dynamicTest(suite + " " + name, () -> check(Peers.create(name), suite, events)));
            }
        }
        return tests.stream();
    }

    private static void check(Peer peer, Suite suite, List<byte[]> events) throws Exception {
        Optional<String> limitation = peer.limitation(suite);
        if (limitation.isPresent()) {
            assertThrows(Exception.class, () -> {
                for (byte[] event : events) {
                    peer.decodeFamily(event);
                }
            }, "a declared limitation that does not show: " + limitation.get());
            Assumptions.abort(limitation.get());
        }
        for (byte[] event : events) {
            Object expected = Canonical.of(OURS.encode(OURS.decodeFamily(event)));
            assertEquals(Canonical.of(event), expected, "ours loses or changes a value");
            String type = Suite.typeOf(event);
            Object family = peer.decodeFamily(event);
            assertEquals(expected, Canonical.of(peer.encode(family)), () -> "family decode of " + type + " re-encoded as "
                    + new String(encodeQuietly(peer, family), StandardCharsets.UTF_8));
            Object concrete = peer.concreteDecoder(type).decode(event);
            assertEquals(expected, Canonical.of(peer.encode(concrete)), () -> "concrete decode of " + type);
        }
    }

    private static byte[] encodeQuietly(Peer peer, Object value) {
        try {
            return peer.encode(value);
        } catch (Exception e) {
            return ("<" + e + ">").getBytes(StandardCharsets.UTF_8);
        }
    }
}
