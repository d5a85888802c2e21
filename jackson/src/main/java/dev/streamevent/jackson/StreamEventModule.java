package dev.streamevent.jackson;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import dev.streamevent.runtime.JsonCodec;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A Jackson {@link Module} that reads and writes streamevent's generated types through their codecs, so that an
 * existing {@code ObjectMapper} (Spring's, say) can hold events inside its own beans.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(StreamEventModule.builder()
 *         .add(ResponseStreamEvent.class, ResponseStreamEventCodec.INSTANCE)
 *         .add(OutputTextDelta.class, OutputTextDeltaCodec.INSTANCE)
 *         .build());
 * }</pre>
 *
 * <p>Each type is registered with its codec, by hand: nothing is looked up by reflection, and Jackson never binds the
 * generated classes itself. A registered interface also covers the values that implement it, so a family base's codec
 * writes every member, unknown and invalid ones included; a more specific registration wins. Reading goes by the
 * declared type of the property: register each event type that your beans declare.
 *
 * <p>Writing hands the codec's bytes to Jackson's JSON generator as a raw value, with no re-encoding; when the output
 * is not plain compact JSON (a pretty printer, escaped non-ASCII, numbers as strings, another data format, or a token
 * buffer as in {@code valueToTree}) the bytes are replayed token by token instead, so the mapper's settings hold.
 * Reading copies the value's tokens to UTF-8 bytes, numbers as their exact text, and decodes those with the codec.
 */
public final class StreamEventModule extends Module {
    private final List<Registration<?>> registrations;

    private StreamEventModule(List<Registration<?>> registrations) {
        this.registrations = List.copyOf(registrations);
    }

    /**
     * Starts a module.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String getModuleName() {
        return "streamevent";
    }

    @Override
    public Version version() {
        return Version.unknownVersion();
    }

    /**
     * Each module is its own registration: Jackson skips a second module with the same type id, and two modules with
     * different types must both count.
     */
    @Override
    public Object getTypeId() {
        return this;
    }

    @Override
    public void setupModule(SetupContext context) {
        SimpleSerializers serializers = new SimpleSerializers();
        SimpleDeserializers deserializers = new SimpleDeserializers();
        for (Registration<?> registration : registrations) {
            registration.addTo(serializers, deserializers);
        }
        context.addSerializers(serializers);
        context.addDeserializers(deserializers);
    }

    /** Collects the types and their codecs. */
    public static final class Builder {
        private final List<Registration<?>> registrations = new ArrayList<>();

        private Builder() {
        }

        /**
         * Reads and writes {@code type} with {@code codec}.
         *
         * @param type a generated event, value or family base interface, such as {@code Foo.class}
         * @param codec its codec, such as {@code FooCodec.INSTANCE}
         * @param <T> the type
         * @return this builder
         * @throws IllegalArgumentException if {@code type} was added before
         */
        public <T> Builder add(Class<T> type, JsonCodec<T> codec) {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(codec, "codec");
            for (Registration<?> registration : registrations) {
                if (registration.type() == type) {
                    throw new IllegalArgumentException(type.getName() + " is already registered");
                }
            }
            registrations.add(new Registration<>(type, codec));
            return this;
        }

        /**
         * Builds the module, to pass to {@code ObjectMapper.registerModule}.
         *
         * @return the module
         */
        public StreamEventModule build() {
            return new StreamEventModule(registrations);
        }
    }

    private record Registration<T>(Class<T> type, JsonCodec<T> codec) {
        void addTo(SimpleSerializers serializers, SimpleDeserializers deserializers) {
            serializers.addSerializer(type, new CodecSerializer<>(type, codec));
            deserializers.addDeserializer(type, new CodecDeserializer<>(type, codec));
        }
    }
}
