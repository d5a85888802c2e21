package dev.streamevent.runtime;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Copies for the map properties of generated builders. {@link Map#copyOf} would lose the member order, which JSON
 * objects keep, so this copies into an insertion-ordered map instead.
 */
public final class OrderedMaps {

    private OrderedMaps() {
    }

    /**
     * Copies a map, keeping its iteration order.
     *
     * @param map the map to copy
     * @param <V> the value type
     * @return an unmodifiable copy in the same iteration order
     * @throws NullPointerException if the map, a key or a value is null
     */
    public static <V> Map<String, V> copyOf(Map<String, V> map) {
        Map<String, V> copy = new LinkedHashMap<>(Math.max(4, map.size() * 4 / 3 + 1));
        for (Map.Entry<String, V> entry : map.entrySet()) {
            copy.put(Objects.requireNonNull(entry.getKey(), "key"), Objects.requireNonNull(entry.getValue(), "value"));
        }
        return Collections.unmodifiableMap(copy);
    }
}
