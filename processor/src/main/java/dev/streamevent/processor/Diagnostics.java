package dev.streamevent.processor;

import java.io.PrintWriter;
import java.io.StringWriter;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * The one place that reports to the user. Every message starts with its {@link ErrorTag} and says what to do, and it is
 * put at the most precise site known: the element, its annotation, and the annotation's value.
 */
public final class Diagnostics {
    private final Messager messager;
    private int errorCount;

    public Diagnostics(Messager messager) {
        this.messager = messager;
    }

    /** Reports an error on an element. */
    public void error(ErrorTag tag, String message, Element element) {
        error(tag, message, element, null, null);
    }

    /** Reports an error on an element's annotation, underlining the given value when there is one. */
    public void error(ErrorTag tag, String message, Element element, AnnotationMirror annotation, AnnotationValue value) {
        errorCount++;
        messager.printMessage(Diagnostic.Kind.ERROR, tag.bracketed() + " " + message, element, annotation, value);
    }

    /** Reports a bug of ours on the element being processed, with the stack trace, instead of crashing javac. */
    public void unexpected(Element element, Throwable failure) {
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        error(ErrorTag.StreamEventUnexpected,
                "The streamevent processor failed unexpectedly on this type; please report it with this trace:\n" + trace,
                element);
    }

    /** How many errors were reported so far; compare two readings to learn whether a step found any. */
    public int errorCount() {
        return errorCount;
    }
}
