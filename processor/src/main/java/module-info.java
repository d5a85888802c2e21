/**
 * The streamevent annotation processor. It runs only inside javac, from the processor path or the processor module
 * path. JavaPoet is shaded into this jar under {@code dev.streamevent.processor.shaded.javapoet}, so the packaged
 * module needs nothing but the JDK's compiler API. It reads the user's annotations as mirrors, by name, and never
 * loads their classes.
 */
// JavaPoet and AutoService are automatic modules, needed only while compiling this module.
@SuppressWarnings("requires-automatic")
module dev.streamevent.processor {
    requires java.compiler;
    // Compile time only: the annotations are read as mirrors by name, never loaded, so the packaged module runs
    // without them. (The test fixtures, compiled into this module, use them.)
    requires static dev.streamevent.annotations;
    // Compile time only: the shade plugin relocates JavaPoet into this jar, so the packaged module never needs it.
    requires static com.palantir.javapoet;
    // Compile time only: @AutoService has class retention and writes META-INF/services for classpath users.
    requires static com.google.auto.service;

    provides javax.annotation.processing.Processor with dev.streamevent.processor.StreamEventProcessor;
}
