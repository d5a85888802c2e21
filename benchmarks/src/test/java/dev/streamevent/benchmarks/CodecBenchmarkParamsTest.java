package dev.streamevent.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Param;

import dev.streamevent.benchmarks.corpus.Suite;
import dev.streamevent.benchmarks.peers.Peers;

/** JMH needs its parameter lists as literals; these tests keep them equal to the registries. */
class CodecBenchmarkParamsTest {

    @Test
    void peerParamListsEveryPeer() throws NoSuchFieldException {
        assertEquals(Peers.names(), params("peer"));
    }

    @Test
    void suiteParamListsEverySuite() throws NoSuchFieldException {
        assertEquals(Arrays.stream(Suite.values()).map(Suite::name).toList(), params("suite"));
    }

    private static List<String> params(String field) throws NoSuchFieldException {
        return List.of(CodecBenchmark.class.getField(field).getAnnotation(Param.class).value());
    }
}
