package dev.streamevent.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.streamevent.processor.model.TypeModel;

/** Small conversions of type names that several writers need. */
final class TypeNames {

    private TypeNames() {
    }

    /** {@code Optional<String>} → {@code Optional}, for static calls such as {@code Optional.empty()}. */
    static ClassName erasure(TypeModel type) {
        TypeName name = type.typeName();
        return name instanceof ParameterizedTypeName parameterized ? parameterized.rawType() : (ClassName) name;
    }
}
