package dev.streamevent.kafka;

import java.util.Map;
import java.util.Optional;

import org.apache.kafka.common.config.ConfigException;

/**
 * The Kafka configuration properties that the serializer, deserializer and serde read in {@code configure}. A
 * property given there overrides the policy given to the constructor; when it is absent, the constructor's stays.
 *
 * <pre>{@code
 * streamevent.on.invalid=fail|deliver          # keys and values
 * streamevent.value.on.invalid=fail|deliver    # values only (wins over the general one)
 * streamevent.key.on.invalid=fail|deliver      # keys only (wins over the general one)
 * }</pre>
 */
public final class StreamEventSerdeConfig {

    /** The {@link InvalidRecordPolicy} for keys and values: {@code fail} or {@code deliver}. */
    public static final String ON_INVALID = "streamevent.on.invalid";

    /** The {@link InvalidRecordPolicy} for record keys only; it wins over {@link #ON_INVALID}. */
    public static final String KEY_ON_INVALID = "streamevent.key.on.invalid";

    /** The {@link InvalidRecordPolicy} for record values only; it wins over {@link #ON_INVALID}. */
    public static final String VALUE_ON_INVALID = "streamevent.value.on.invalid";

    private StreamEventSerdeConfig() {
    }

    /**
     * Reads the policy configured for one side of a record.
     *
     * @param configs the configuration given to {@code configure}; values may be text or an {@link InvalidRecordPolicy}
     * @param isKey whether the (de)serializer is for keys
     * @return the configured policy, or empty when neither property is set
     * @throws ConfigException if a value is neither {@code fail} nor {@code deliver}
     */
    public static Optional<InvalidRecordPolicy> onInvalid(Map<String, ?> configs, boolean isKey) {
        String specific = isKey ? KEY_ON_INVALID : VALUE_ON_INVALID;
        Object value = configs.get(specific);
        String name = specific;
        if (value == null) {
            value = configs.get(ON_INVALID);
            name = ON_INVALID;
        }
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof InvalidRecordPolicy) {
            return Optional.of((InvalidRecordPolicy) value);
        }
        try {
            return Optional.of(InvalidRecordPolicy.parse(value.toString()));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(name, value, e.getMessage());
        }
    }
}
