package dev.streamevent.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.JavaFile;
import dev.streamevent.processor.discover.AnnotatedType;
import dev.streamevent.processor.discover.AnnotatedTypes;
import dev.streamevent.processor.discover.UnresolvedTypes;
import dev.streamevent.processor.generate.BuilderWriter;
import dev.streamevent.processor.generate.CodecWriter;
import dev.streamevent.processor.generate.ImplementationWriter;
import dev.streamevent.processor.model.EventModel;
import dev.streamevent.processor.validate.EventAnalyzer;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.FilerException;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;

/**
 * Generates, for each interface annotated {@code @StreamEvent} or {@code @StreamValue}, its implementation, builder and
 * JSON codec. This class only drives the pipeline (discover, validate into a model, generate) and owns the
 * {@code Filer}; each annotated type succeeds or fails on its own.
 */
@AutoService(Processor.class)
public final class StreamEventProcessor extends AbstractProcessor {
    private Diagnostics diagnostics;
    private AnnotatedTypes annotatedTypes;
    private UnresolvedTypes unresolvedTypes;
    private EventAnalyzer analyzer;
    /** Types that mentioned a not-yet-generated type, by qualified name, retried in the next round. */
    private final Set<String> deferred = new LinkedHashSet<>();
    /**
     * The top-level types compiled from source so far. A generated name is taken only if one of these has it: a class
     * file left on the classpath by an earlier build is about to be replaced, not a clash.
     */
    private final Set<String> sourceTypes = new HashSet<>();

    @Override
    public synchronized void init(ProcessingEnvironment processingEnv) {
        super.init(processingEnv);
        diagnostics = new Diagnostics(processingEnv.getMessager());
        annotatedTypes = new AnnotatedTypes(processingEnv.getElementUtils());
        unresolvedTypes = new UnresolvedTypes(processingEnv.getElementUtils());
        analyzer = new EventAnalyzer(processingEnv.getElementUtils(), processingEnv.getTypeUtils(), diagnostics);
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of(AnnotatedTypes.STREAM_EVENT, AnnotatedTypes.STREAM_VALUE);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        for (Element root : round.getRootElements()) {
            if (root instanceof TypeElement type) {
                sourceTypes.add(type.getQualifiedName().toString());
            }
        }
        List<AnnotatedType> candidates = new ArrayList<>(retryDeferred());
        candidates.addAll(annotatedTypes.find(round));
        for (AnnotatedType candidate : candidates) {
            Element element = candidate.element();
            try {
                if (!round.processingOver() && unresolvedTypes.anyIn(element)) {
                    deferred.add(((TypeElement) element).getQualifiedName().toString());
                    continue;
                }
                analyzer.analyze(candidate).ifPresent(model -> generate(model, element));
            } catch (RuntimeException | LinkageError e) {
                diagnostics.unexpected(element, e);
            }
        }
        if (round.processingOver()) {
            // The last round: report what is still unresolved instead of silently generating nothing.
            for (AnnotatedType candidate : retryDeferred()) {
                analyzer.analyze(candidate);
            }
        }
        return false;
    }

    private List<AnnotatedType> retryDeferred() {
        List<AnnotatedType> retried = new ArrayList<>();
        for (String name : deferred) {
            Optional.ofNullable(processingEnv.getElementUtils().getTypeElement(name))
                    .ifPresent(type -> retried.add(annotatedTypes.describe(type)));
        }
        deferred.clear();
        return retried;
    }

    private void generate(EventModel model, Element origin) {
        List<JavaFile> files = List.of(new ImplementationWriter().write(model), new BuilderWriter().write(model),
                new CodecWriter().write(model));
        // All or nothing: a taken name is found before any file is written.
        boolean clash = false;
        for (JavaFile file : files) {
            if (sourceTypes.contains(qualifiedName(file))) {
                diagnostics.error(ErrorTag.StreamEventFileClash, "Cannot generate " + qualifiedName(file) + ": a type"
                        + " of that name already exists. Rename the class that already has this name, or the"
                        + " annotated interface.", origin);
                clash = true;
            }
        }
        if (!clash) {
            files.forEach(file -> writeFile(file, origin));
        }
    }

    private static String qualifiedName(JavaFile file) {
        return file.packageName().isEmpty() ? file.typeSpec().name() : file.packageName() + "." + file.typeSpec().name();
    }

    private void writeFile(JavaFile file, Element origin) {
        String name = qualifiedName(file);
        try {
            JavaFileObject source = processingEnv.getFiler().createSourceFile(name, origin);
            try (Writer writer = source.openWriter()) {
                file.writeTo(writer);
            }
        } catch (FilerException e) {
            diagnostics.error(ErrorTag.StreamEventFileClash, "Cannot generate " + name + ": " + e.getMessage()
                    + ". Rename the class that already has this name, or the annotated interface.", origin);
        } catch (IOException e) {
            diagnostics.error(ErrorTag.StreamEventFileClash, "Cannot write " + name + ": " + e + ".", origin);
        }
    }
}
