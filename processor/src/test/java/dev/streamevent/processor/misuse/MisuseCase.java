package dev.streamevent.processor.misuse;

import dev.streamevent.processor.ErrorTag;
import java.util.List;
import javax.tools.JavaFileObject;

/**
 * One mistake a user can make, and where and how the processor must report it.
 *
 * @param name what the mistake is, for the test's display name
 * @param tag the expected tag
 * @param advice a fragment of the expected message that says what to do
 * @param file the source that has the mistake
 * @param line a fragment of the one line the error must point at
 * @param others further sources the compilation needs
 * @param erroneous the name stem of the type that has the mistake: no generated file may contain it
 */
record MisuseCase(String name, ErrorTag tag, String advice, JavaFileObject file, String line,
        List<JavaFileObject> others, String erroneous) {

    static MisuseCase of(String name, ErrorTag tag, String advice, JavaFileObject file, String line,
            JavaFileObject... others) {
        return new MisuseCase(name, tag, advice, file, line, List.of(others), "Foo");
    }

    /** The same case, for a mistake in the type whose generated names contain {@code stem}. */
    MisuseCase in(String stem) {
        return new MisuseCase(name, tag, advice, file, line, others, stem);
    }

    @Override
    public String toString() {
        return tag.name() + ": " + name;
    }
}
