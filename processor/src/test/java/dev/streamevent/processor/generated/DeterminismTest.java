package dev.streamevent.processor.generated;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.JavaFileObjects;
import dev.streamevent.processor.TestCompiler;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The same input gives byte-identical sources, whatever the compilation order. */
class DeterminismTest {

    @Test
    void compilingTwiceGivesIdenticalSources() {
        Map<String, String> first = Generation.sources(Generation.representative());
        Map<String, String> second = Generation.sources(Generation.representative());
        assertEquals(6, first.size(), "implementation, builder and codec for the event and its nested value");
        assertEquals(first, second);
    }

    @Test
    void sourceOrderDoesNotMatter() {
        var event = TestCompiler.source("Event", "@StreamEvent(type = \"e\")",
                "public interface Event { Value value(); List<Value> values(); }");
        var value = TestCompiler.source("Value", "@StreamValue", "public interface Value { String id(); }");
        assertEquals(Generation.sources(TestCompiler.compile(event, value)),
                Generation.sources(TestCompiler.compile(value, event)));
    }

    @Test
    void theGoldenSourceIsOnTheTestClasspath() {
        assertEquals("golden-files/Representative.java",
                JavaFileObjects.forResource("golden-files/Representative.java").getName()
                        .replaceAll(".*(golden-files/Representative.java)$", "$1"));
    }
}
