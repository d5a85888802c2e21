package dev.streamevent.processor.misuse;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.streamevent.processor.StreamEventProcessor;
import dev.streamevent.processor.TestCompiler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import org.junit.jupiter.api.Test;

/**
 * An event may use a type that another processor generates: the event waits for the round in which that type
 * exists, instead of failing on a type it cannot see yet.
 */
class DeferralTest {

    /** Generates {@code test.Usage}, a {@code @StreamValue}, in the first round, as another processor might. */
    private static final class UsageGenerator extends AbstractProcessor {
        private boolean done;

        @Override
        public Set<String> getSupportedAnnotationTypes() {
            return Set.of("*");
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return SourceVersion.latestSupported();
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            if (!done) {
                done = true;
                try (Writer writer = processingEnv.getFiler().createSourceFile("test.Usage").openWriter()) {
                    writer.write("package test;\n@dev.streamevent.StreamValue\n"
                            + "public interface Usage { int inputTokens(); }\n");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return false;
        }
    }

    @Test
    void anEventWaitsForATypeAnotherProcessorGenerates() {
        Compilation compilation = Compiler.javac()
                .withProcessors(new StreamEventProcessor(), new UsageGenerator())
                .withOptions("--release", "17")
                .compile(TestCompiler.event("Usage usage();", "List<Usage> history();"));
        assertThat(compilation).succeeded();
        assertThat(compilation).generatedSourceFile("test.FooCodec").contentsAsUtf8String()
                .contains("UsageCodec.INSTANCE.read(reader)");
    }

    @Test
    void aTypeThatNeverAppearsIsReportedInTheLastRound() {
        Compilation compilation = TestCompiler.compile(TestCompiler.event("Usage usage();"));
        assertThat(compilation).hadErrorContaining("[StreamEventUnresolvedType]");
    }
}
