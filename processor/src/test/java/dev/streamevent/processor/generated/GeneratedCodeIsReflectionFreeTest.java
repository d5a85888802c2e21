package dev.streamevent.processor.generated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.streamevent.runtime.ReflectionScan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Reads the bytecode of every class the processor generated for the test fixtures (as javac compiled them in this
 * build) and fails on any reflection, method-handle lookup or {@code Unsafe}, and on any {@code invokedynamic}: the
 * generated code uses no lambdas or string concatenation, so {@code javap -c} shows plain calls only.
 */
class GeneratedCodeIsReflectionFreeTest {
    private static final Path GENERATED_SOURCES = Path.of("target", "generated-test-sources", "test-annotations");
    private static final Path TEST_CLASSES = Path.of("target", "test-classes");

    @Test
    void generatedClassesUseNoReflection() throws IOException {
        List<Path> classes = generatedClassFiles();
        assertTrue(classes.size() >= 30, "expected the fixtures' generated classes, found " + classes.size());
        List<String> violations = new ArrayList<>();
        for (Path file : classes) {
            violations.addAll(ReflectionScan.violations(Files.readAllBytes(file)));
            violations.addAll(invokeDynamics(Files.readAllBytes(file)));
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void theScanCatchesReflectionAndInvokeDynamic() throws IOException {
        byte[] canary = Files.readAllBytes(TEST_CLASSES.resolve(
                ReflectiveCanary.class.getName().replace('.', '/') + ".class"));
        assertFalse(ReflectionScan.violations(canary).isEmpty());
        assertFalse(invokeDynamics(canary).isEmpty());
    }

    /** The class files compiled from generated sources, nested classes included. */
    private static List<Path> generatedClassFiles() throws IOException {
        List<Path> classes = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(GENERATED_SOURCES)) {
            for (Path source : (Iterable<Path>) sources.filter(p -> p.toString().endsWith(".java"))::iterator) {
                String relative = GENERATED_SOURCES.relativize(source).toString();
                Path classFile = TEST_CLASSES.resolve(relative.replaceAll("\\.java$", ".class"));
                assertTrue(Files.exists(classFile), "no class file for " + source);
                classes.add(classFile);
                String nestedPrefix = classFile.getFileName().toString().replaceAll("\\.class$", "\\$");
                try (Stream<Path> siblings = Files.list(classFile.getParent())) {
                    siblings.filter(p -> p.getFileName().toString().startsWith(nestedPrefix)).forEach(classes::add);
                }
            }
        }
        return classes;
    }

    private static List<String> invokeDynamics(byte[] classFile) {
        List<String> found = new ArrayList<>();
        ClassReader reader = new ClassReader(classFile);
        reader.accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                    String[] exceptions) {
                return new MethodVisitor(Opcodes.ASM9) {
                    @Override
                    public void visitInvokeDynamicInsn(String indyName, String indyDescriptor, Handle bootstrap,
                            Object... arguments) {
                        found.add(reader.getClassName() + "." + name + " uses invokedynamic via "
                                + bootstrap.getOwner() + "." + bootstrap.getName());
                    }
                };
            }
        }, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        return found;
    }
}
