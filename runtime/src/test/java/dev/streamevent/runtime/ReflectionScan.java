package dev.streamevent.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Reads class files and lists every use of reflection or of unsafe memory access: any reference to
 * {@code java.lang.reflect}, {@code Class.forName} and the other reflective {@code Class} methods, method-handle
 * lookups, and {@code Unsafe}.
 *
 * <p>The bootstrap methods that javac itself emits for lambdas, string concatenation and records take a
 * {@code MethodHandles.Lookup} parameter; that is the JVM linking the call site, not a lookup our code makes, so the
 * scan looks at the instructions and members of the class, where a real lookup would have to appear.
 */
public final class ReflectionScan {

    private static final List<String> FORBIDDEN_OWNER_PREFIXES = List.of(
            "java/lang/reflect/", "sun/misc/Unsafe", "jdk/internal/misc/Unsafe", "java/lang/invoke/MethodHandles");
    private static final List<String> FORBIDDEN_CLASS_METHODS = List.of(
            "forName", "getDeclaredMethod", "getDeclaredMethods", "getDeclaredField", "getDeclaredFields",
            "getDeclaredConstructor", "getDeclaredConstructors", "getMethod", "getMethods", "getField", "getFields",
            "getConstructor", "getConstructors", "newInstance", "getRecordComponents");

    private ReflectionScan() {
    }

    /**
     * @param root a folder of class files (searched recursively) or one class file
     * @return one line per forbidden use, naming the class, member and target; empty when there are none
     */
    public static List<String> violations(Path root) {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".class"))::iterator) {
                scan(Files.readAllBytes(file), found);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    /**
     * @param classFile the bytes of one class file
     * @return one line per forbidden use; empty when there are none
     */
    public static List<String> violations(byte[] classFile) {
        List<String> found = new ArrayList<>();
        scan(classFile, found);
        return found;
    }

    private static void scan(byte[] classFile, List<String> found) {
        ClassReader reader = new ClassReader(classFile);
        String className = reader.getClassName();
        reader.accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
                checkDescriptor(className + "." + name, descriptor, found);
                return null;
            }

            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                             String[] exceptions) {
                String where = className + "." + name;
                checkDescriptor(where, descriptor, found);
                return new MethodVisitor(Opcodes.ASM9) {
                    @Override
                    public void visitMethodInsn(int opcode, String owner, String method, String desc, boolean itf) {
                        checkOwner(where, owner, method, found);
                        checkDescriptor(where, desc, found);
                        if (owner.equals("java/lang/Class") && FORBIDDEN_CLASS_METHODS.contains(method)) {
                            found.add(where + " calls Class." + method);
                        }
                    }

                    @Override
                    public void visitFieldInsn(int opcode, String owner, String field, String desc) {
                        checkOwner(where, owner, field, found);
                        checkDescriptor(where, desc, found);
                    }

                    @Override
                    public void visitTypeInsn(int opcode, String type) {
                        checkOwner(where, type, "<type>", found);
                    }

                    @Override
                    public void visitLdcInsn(Object value) {
                        if (value instanceof Type type && type.getSort() == Type.OBJECT) {
                            checkOwner(where, type.getInternalName(), "<constant>", found);
                        } else if (value instanceof Handle handle) {
                            checkOwner(where, handle.getOwner(), handle.getName(), found);
                        }
                    }
                };
            }
        }, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
    }

    private static void checkOwner(String where, String owner, String member, List<String> found) {
        for (String prefix : FORBIDDEN_OWNER_PREFIXES) {
            if (owner.startsWith(prefix)) {
                found.add(where + " uses " + owner.replace('/', '.') + "." + member);
            }
        }
    }

    private static void checkDescriptor(String where, String descriptor, List<String> found) {
        for (String prefix : FORBIDDEN_OWNER_PREFIXES) {
            int at = descriptor.indexOf("L" + prefix);
            if (at >= 0) {
                String type = descriptor.substring(at + 1, descriptor.indexOf(';', at));
                found.add(where + " refers to " + type.replace('/', '.') + " in " + descriptor);
            }
        }
    }
}
