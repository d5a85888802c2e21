package dev.streamevent.runtime;

import java.util.Arrays;
import java.util.List;

/**
 * The shared machinery of every generated family codec: find the discriminator, hand the object to the member's
 * codec, and turn everything else into the family's unknown or invalid member.
 *
 * <p>Dispatch never builds a tree and never allocates a {@code String} for a known type: the reader marks the object
 * and matches the discriminator's bytes against the table of type values. When the discriminator is the first member,
 * as it is in practice, the member's {@link EventCodec} reads on from there, so the object is read once. When it comes
 * later, the members before it are skipped, not decoded, and the member's codec reads the object again from the
 * mark.
 *
 * @param <T> the family's base type
 */
public abstract class AbstractFamilyCodec<T> implements FamilyCodec<T> {

    private static final int MISSING = -3;

    private final JsonNames discriminator;
    private final JsonNames types;
    private final List<JsonCodec<? extends T>> members;
    /** Each member's codec where it can go on after the discriminator, else null; indexed like {@link #members}. */
    private final EventCodec<? extends T>[] resumable;

    /**
     * Creates the codec of a family.
     *
     * @param discriminator the discriminator's member name, usually {@code "type"}
     * @param types the members' type values
     * @param members each member's codec, at the index of its type value in {@code types}
     */
    protected AbstractFamilyCodec(String discriminator, JsonNames types, List<JsonCodec<? extends T>> members) {
        if (types.size() != members.size()) {
            throw new IllegalArgumentException(types.size() + " type values but " + members.size() + " member codecs");
        }
        this.discriminator = JsonNames.of(discriminator);
        this.types = types;
        this.members = List.copyOf(members);
        this.resumable = resumableCodecs(this.members);
    }

    @SuppressWarnings("unchecked")
    private static <T> EventCodec<? extends T>[] resumableCodecs(List<JsonCodec<? extends T>> members) {
        EventCodec<? extends T>[] resumable = new EventCodec[members.size()];
        for (int i = 0; i < resumable.length; i++) {
            if (members.get(i) instanceof EventCodec<? extends T> event) {
                resumable[i] = event;
            }
        }
        return resumable;
    }

    /**
     * Makes the family member for a discriminator value that no member declares.
     *
     * @param type the discriminator value no member declares
     * @param rawJson the member's exact bytes
     * @return the family's unknown member
     */
    protected abstract T unknown(String type, byte[] rawJson);

    /**
     * Makes the family member for input that could not be decoded, in lenient decoding.
     *
     * @param type the discriminator value, or {@code null} if none could be read
     * @param rawJson the input exactly as received
     * @param error why it could not be decoded
     * @return the family's invalid member
     */
    protected abstract T invalid(String type, byte[] rawJson, JsonException error);

    /**
     * Writes a typed member (never the unknown or invalid member) with its own codec.
     *
     * @param writer the writer
     * @param value the member
     */
    protected abstract void writeMember(JsonWriter writer, T value);

    /**
     * Reads one member strictly: an unknown type gives the unknown member, but malformed input, a missing
     * discriminator or invalid content throws.
     */
    @Override
    public final T read(JsonReader reader) {
        long start = reader.mark();
        reader.beginObject();
        int found = MISSING;
        boolean first = true;
        for (int field; (field = reader.nextField(discriminator)) != JsonReader.END; first = false) {
            if (field == 0) {
                found = reader.readStringIndex(types);
                break;
            }
            reader.skipValue();
        }
        if (found >= 0 && first && resumable[found] != null) {
            // The usual case: the discriminator came first, so the member's codec reads on from here.
            return resumable[found].readAfterDiscriminator(reader);
        }
        reader.reset(start);
        if (found >= 0) {
            return members.get(found).read(reader);
        }
        if (found == MISSING) {
            throw reader.missingProperty(discriminator.name(0));
        }
        String type = reader.lastString();
        return unknown(type, reader.readRawValue());
    }

    @Override
    public final T decodeLenient(byte[] json, int offset, int length) {
        try {
            return decode(json, offset, length);
        } catch (JsonException e) {
            return invalid(typeOrNull(json, offset, length), Arrays.copyOfRange(json, offset, offset + length), e);
        }
    }

    /** The failure path's best effort to name the type of input that could not be decoded. */
    private String typeOrNull(byte[] json, int offset, int length) {
        try {
            JsonReader reader = JsonReader.of(json, offset, length);
            reader.beginObject();
            for (int field; (field = reader.nextField(discriminator)) != JsonReader.END; ) {
                if (field == 0) {
                    return reader.readString();
                }
                reader.skipValue();
            }
        } catch (JsonException | IndexOutOfBoundsException e) {
            // Malformed before the discriminator: there is no type to report.
        }
        return null;
    }

    /**
     * Writes any member. The unknown member is written back exactly as it was read. An invalid member is written back
     * exactly when its bytes are well-formed JSON; otherwise it cannot be part of a JSON document.
     *
     * @throws JsonException for an invalid member whose raw input is not well-formed JSON
     */
    @Override
    public final void write(JsonWriter writer, T value) {
        if (value instanceof GeneratedValue generated) {
            // Nearly every value, so it is tested first; see GeneratedValue for why this is faster.
            generated.writeWithGeneratedCodec(writer);
        } else if (value instanceof UnknownMember) {
            writer.rawValue(((UnknownMember) value).rawJson());
        } else if (value instanceof InvalidMember) {
            InvalidMember invalid = (InvalidMember) value;
            byte[] raw = invalid.rawJson();
            try {
                JsonValue.parse(raw);
            } catch (JsonException notJson) {
                throw new JsonException("cannot write an invalid member whose input is not well-formed JSON: "
                        + invalid.error().reason());
            }
            writer.rawValue(raw);
        } else {
            writeMember(writer, value);
        }
    }

    /**
     * Encodes any member. An invalid member gives back its input bytes exactly, even when they are not JSON, so that
     * a pipeline that stores events loses nothing.
     */
    @Override
    public final byte[] encode(T value) {
        if (!(value instanceof GeneratedValue) && value instanceof InvalidMember) {
            return ((InvalidMember) value).rawJson();
        }
        return FamilyCodec.super.encode(value);
    }

    /** Encodes any member as text; an invalid member gives back its input decoded as UTF-8. */
    @Override
    public final String encodeToString(T value) {
        if (!(value instanceof GeneratedValue) && value instanceof InvalidMember) {
            return new String(((InvalidMember) value).rawJson(), java.nio.charset.StandardCharsets.UTF_8);
        }
        return FamilyCodec.super.encodeToString(value);
    }
}
