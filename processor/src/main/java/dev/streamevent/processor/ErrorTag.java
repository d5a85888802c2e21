package dev.streamevent.processor;

/**
 * The stable tag at the start of every message, so that users can search for it and tests can match it. Never rename
 * one: add a new tag instead.
 */
public enum ErrorTag {
    StreamEventNotInterface,
    StreamEventBlankType,
    StreamEventTypeWhitespace,
    StreamEventGenericType,
    StreamEventNotAccessible,
    StreamEventConflictingAnnotations,
    StreamEventMethodParameters,
    StreamEventVoidMethod,
    StreamEventGenericMethod,
    StreamEventUnsupportedType,
    StreamEventRawType,
    StreamEventMapKey,
    StreamEventOptionalBox,
    StreamEventNestedOptional,
    StreamEventUnannotatedValue,
    StreamEventClosedEnum,
    StreamEventNullablePrimitive,
    StreamEventNullableOptional,
    StreamEventBlankJsonName,
    StreamEventDuplicateJsonName,
    StreamEventTypeAccessor,
    StreamEventTypeClash,
    StreamEventInheritedConflict,
    StreamEventUnknownFieldsType,
    StreamEventDuplicateUnknownFields,
    StreamEventDefaultValueOnAbstract,
    StreamEventAnnotationOnNonProperty,
    StreamEventConflictingPropertyAnnotations,
    StreamEventTooManyDefaults,
    StreamEventUnresolvedType,
    StreamEventFileClash,
    StreamEventConflictingDiscriminators,
    StreamEventNotFamilyBase,
    StreamEventFamilyAbstractMethod,
    StreamEventEmptyFamily,
    StreamEventDuplicateTypeValue,
    StreamEventNotFamilyMember,
    StreamEventSealedFamilyPermits,
    StreamEventBlankDiscriminator,
    StreamEventUnexpected;

    /** The tag as it appears in messages: {@code [StreamEventBlankType]}. */
    public String bracketed() {
        return "[" + name() + "]";
    }
}
