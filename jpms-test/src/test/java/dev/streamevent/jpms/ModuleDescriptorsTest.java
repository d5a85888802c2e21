package dev.streamevent.jpms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Requires;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The packaged jars carry the module descriptors we publish, not automatic-module stand-ins. */
class ModuleDescriptorsTest {

    @Test
    void annotations() {
        ModuleDescriptor module = descriptor(PackagedJars.annotations(), "dev.streamevent.annotations");
        assertEquals(Set.of("dev.streamevent"), exports(module));
        assertEquals(Map.of("java.base", Set.of(Requires.Modifier.MANDATED)), requires(module));
    }

    @Test
    void runtime() {
        ModuleDescriptor module = descriptor(PackagedJars.runtime(), "dev.streamevent.runtime");
        assertEquals(Set.of("dev.streamevent.runtime", "dev.streamevent.runtime.sse", "dev.streamevent.runtime.http"),
                exports(module));
        assertTrue(module.opens().isEmpty(), "nothing is opened to reflection: " + module.opens());
        assertEquals(Map.of(
                "java.base", Set.of(Requires.Modifier.MANDATED),
                "dev.streamevent.annotations", Set.of(Requires.Modifier.TRANSITIVE),
                "java.net.http", Set.of(Requires.Modifier.TRANSITIVE),
                "java.compiler", Set.of(Requires.Modifier.STATIC, Requires.Modifier.TRANSITIVE)), requires(module));
    }

    @Test
    void processorKeepsItsDescriptorThroughShading() {
        ModuleDescriptor module = descriptor(PackagedJars.processor(), "dev.streamevent.processor");
        assertTrue(module.exports().isEmpty(), "the processor exports nothing: " + module.exports());
        assertEquals(1, module.provides().size());
        ModuleDescriptor.Provides provides = module.provides().iterator().next();
        assertEquals("javax.annotation.processing.Processor", provides.service());
        assertEquals(java.util.List.of("dev.streamevent.processor.StreamEventProcessor"), provides.providers());
        // JavaPoet is relocated into the jar: only a compile-time requirement may remain.
        assertEquals(Set.of(Requires.Modifier.STATIC), requires(module).get("com.palantir.javapoet"));
        assertEquals(Set.of(), requires(module).get("java.compiler"));
        // The processor reads the user's annotations as mirrors and never loads them: the jar runs without them.
        assertEquals(Set.of(Requires.Modifier.STATIC), requires(module).get("dev.streamevent.annotations"));
        assertTrue(module.packages().contains("dev.streamevent.processor.shaded.javapoet"), module.packages().toString());
    }

    private static ModuleDescriptor descriptor(Path jar, String name) {
        Set<ModuleReference> found = ModuleFinder.of(jar).findAll();
        assertEquals(1, found.size(), jar.toString());
        ModuleDescriptor module = found.iterator().next().descriptor();
        assertEquals(name, module.name());
        assertFalse(module.isAutomatic(), jar + " has no module-info.class");
        return module;
    }

    private static Set<String> exports(ModuleDescriptor module) {
        Set<String> packages = new TreeSet<>();
        for (ModuleDescriptor.Exports export : module.exports()) {
            assertFalse(export.isQualified(), export.toString());
            packages.add(export.source());
        }
        return packages;
    }

    private static Map<String, Set<Requires.Modifier>> requires(ModuleDescriptor module) {
        Map<String, Set<Requires.Modifier>> requires = new TreeMap<>();
        module.requires().forEach(r -> requires.put(r.name(), r.modifiers()));
        return requires;
    }
}
