package dev.streamevent.processor.model;

import com.palantir.javapoet.ClassName;

/** The runtime classes generated code refers to, named here once. */
public final class RuntimeTypes {
    private static final String PACKAGE = "dev.streamevent.runtime";

    public static final ClassName JSON_CODEC = ClassName.get(PACKAGE, "JsonCodec");
    public static final ClassName EVENT_CODEC = ClassName.get(PACKAGE, "EventCodec");
    public static final ClassName JSON_READER = ClassName.get(PACKAGE, "JsonReader");
    public static final ClassName JSON_WRITER = ClassName.get(PACKAGE, "JsonWriter");
    public static final ClassName GENERATED_VALUE = ClassName.get(PACKAGE, "GeneratedValue");
    public static final ClassName JSON_NAMES = ClassName.get(PACKAGE, "JsonNames");
    public static final ClassName JSON_EXCEPTION = ClassName.get(PACKAGE, "JsonException");
    public static final ClassName JSON_VALUE = ClassName.get(PACKAGE, "JsonValue");
    public static final ClassName OPEN_ENUM = ClassName.get(PACKAGE, "OpenEnum");
    public static final ClassName OPEN_ENUM_TABLE = OPEN_ENUM.nestedClass("Table");
    public static final ClassName ORDERED_MAPS = ClassName.get(PACKAGE, "OrderedMaps");
    public static final ClassName INDEXED_LISTS = ClassName.get(PACKAGE, "IndexedLists");
    public static final ClassName ABSTRACT_FAMILY_CODEC = ClassName.get(PACKAGE, "AbstractFamilyCodec");
    public static final ClassName UNKNOWN_MEMBER = ClassName.get(PACKAGE, "UnknownMember");
    public static final ClassName INVALID_MEMBER = ClassName.get(PACKAGE, "InvalidMember");

    private RuntimeTypes() {
    }
}
