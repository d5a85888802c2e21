package dev.streamevent.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.JavaFile;
import dev.streamevent.processor.discover.AnnotatedType;
import dev.streamevent.processor.discover.AnnotatedTypes;
import dev.streamevent.processor.discover.Annotations;
import dev.streamevent.processor.discover.UnresolvedTypes;
import dev.streamevent.processor.generate.BuilderWriter;
import dev.streamevent.processor.generate.CodecWriter;
import dev.streamevent.processor.generate.FamilyWriter;
import dev.streamevent.processor.generate.GeneratedFiles;
import dev.streamevent.processor.generate.ImplementationWriter;
import dev.streamevent.processor.validate.EventAnalyzer;
import dev.streamevent.processor.validate.FamilyAnalyzer;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.FilerException;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
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
    private FamilyAnalyzer familyAnalyzer;
    private GeneratedFiles files;
    /** Types that mentioned a not-yet-generated type, by qualified name, retried in the next round. */
    private final Set<String> deferred = new LinkedHashSet<>();
    /**
     * The top-level types compiled from source so far. A generated name is taken only if one of these has it: a class
     * file left on the classpath by an earlier build is about to be replaced, not a clash.
     */
    private final Set<String> sourceTypes = new HashSet<>();
    /** Every {@code @StreamEvent} seen so far, by qualified name: the members of families that list none. */
    private final Set<String> events = new TreeSet<>();

    @Override
    public synchronized void init(ProcessingEnvironment processingEnv) {
        super.init(processingEnv);
        diagnostics = new Diagnostics(processingEnv.getMessager());
        annotatedTypes = new AnnotatedTypes(processingEnv.getElementUtils());
        unresolvedTypes = new UnresolvedTypes(processingEnv.getElementUtils());
        analyzer = new EventAnalyzer(processingEnv.getElementUtils(), processingEnv.getTypeUtils(), diagnostics);
        familyAnalyzer = new FamilyAnalyzer(processingEnv.getElementUtils(), processingEnv.getTypeUtils(), diagnostics);
        files = new GeneratedFiles(processingEnv.getElementUtils().getTypeElement(GeneratedFiles.GENERATED_NAME) != null);
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of(AnnotatedTypes.STREAM_EVENT, AnnotatedTypes.STREAM_VALUE, AnnotatedTypes.STREAM_FAMILY);
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
                analyzer.analyze(candidate).ifPresent(model -> generate(List.of(
                        new ImplementationWriter(files).write(model), new BuilderWriter(files).write(model),
                        new CodecWriter(files).write(model)), List.of(element)));
            } catch (RuntimeException | LinkageError e) {
                diagnostics.unexpected(element, e);
            }
        }
        processFamilies(round);
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

    private void processFamilies(RoundEnvironment round) {
        for (Element event : annotatedTypes.annotatedWith(round, AnnotatedTypes.STREAM_EVENT)) {
            if (event instanceof TypeElement type) {
                events.add(type.getQualifiedName().toString());
            }
        }
        for (Element base : annotatedTypes.sorted(annotatedTypes.annotatedWith(round, AnnotatedTypes.STREAM_FAMILY))) {
            try {
                AnnotationMirror family = Annotations.find(base, AnnotatedTypes.STREAM_FAMILY).orElseThrow();
                familyAnalyzer.analyze(base, family, typeElements(events)).ifPresent(model -> {
                    List<Element> origins = new ArrayList<>(List.of(base));
                    model.members().forEach(member -> origins.addAll(typeElements(List.of(member.type().canonicalName()))));
                    generate(new FamilyWriter(files).write(model), origins);
                });
            } catch (RuntimeException | LinkageError e) {
                diagnostics.unexpected(base, e);
            }
        }
    }

    private List<TypeElement> typeElements(Collection<String> qualifiedNames) {
        List<TypeElement> found = new ArrayList<>();
        for (String name : qualifiedNames) {
            Optional.ofNullable(processingEnv.getElementUtils().getTypeElement(name)).ifPresent(found::add);
        }
        return found;
    }

    /** Writes the files of one annotated type; {@code origins} are the elements they are generated from. */
    private void generate(List<JavaFile> files, List<? extends Element> origins) {
        Element origin = origins.get(0);
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
            files.forEach(file -> writeFile(file, origins));
        }
    }

    private static String qualifiedName(JavaFile file) {
        return file.packageName().isEmpty() ? file.typeSpec().name() : file.packageName() + "." + file.typeSpec().name();
    }

    private void writeFile(JavaFile file, List<? extends Element> origins) {
        String name = qualifiedName(file);
        Element origin = origins.get(0);
        try {
            JavaFileObject source = processingEnv.getFiler().createSourceFile(name, origins.toArray(Element[]::new));
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
