package dev.streamevent.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import dev.streamevent.processor.model.PropertyModel;
import dev.streamevent.processor.model.RuntimeTypes;
import dev.streamevent.processor.model.TypeModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * The codec's static {@code OpenEnum.Table} fields, one per enum type its properties use (at any depth), built once so
 * that reading a known value allocates nothing.
 */
final class EnumTables {
    private final Map<ClassName, String> fields = new LinkedHashMap<>();

    /** Finds every enum type in the properties, in declaration order, and names a field for each. */
    EnumTables(List<PropertyModel> properties, NameAllocator fieldNames) {
        for (PropertyModel property : properties) {
            collect(property.type(), fieldNames);
        }
    }

    private void collect(TypeModel type, NameAllocator fieldNames) {
        if (type instanceof TypeModel.OpenEnumOf openEnum) {
            fields.computeIfAbsent(openEnum.enumType(), enumType -> fieldNames.newName(
                    constantName(String.join("_", enumType.simpleNames())) + "_VALUES"));
        } else if (type instanceof TypeModel.ListOf list) {
            collect(list.element(), fieldNames);
        } else if (type instanceof TypeModel.MapOf map) {
            collect(map.value(), fieldNames);
        } else if (type instanceof TypeModel.OptionalOf optional) {
            collect(optional.element(), fieldNames);
        }
    }

    String fieldFor(TypeModel.OpenEnumOf openEnum) {
        return fields.get(openEnum.enumType());
    }

    /** {@code private static final OpenEnum.Table<Status> STATUS_VALUES = OpenEnum.table(Status.values());} */
    List<FieldSpec> fieldSpecs() {
        List<FieldSpec> specs = new ArrayList<>();
        fields.forEach((enumType, name) -> specs.add(FieldSpec.builder(
                        ParameterizedTypeName.get(RuntimeTypes.OPEN_ENUM_TABLE, enumType), name,
                        Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("$T.table($T.values())", RuntimeTypes.OPEN_ENUM, enumType)
                .build()));
        return specs;
    }

    /** {@code ResponseStatus} → {@code RESPONSE_STATUS}. */
    private static String constantName(String simpleName) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < simpleName.length(); i++) {
            char c = simpleName.charAt(i);
            if (i > 0 && Character.isUpperCase(c) && Character.isLowerCase(simpleName.charAt(i - 1))) {
                out.append('_');
            }
            out.append(c);
        }
        return out.toString().toUpperCase(Locale.ROOT);
    }
}
