package dev.streamevent.benchmarks.gate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.streamevent.runtime.JsonValue;

/**
 * A JSON document reduced to what its values mean, so that libraries' outputs compare equal when they carry the
 * same values: member order is ignored, a {@code null} member counts as absent (libraries differ on writing nulls),
 * and numbers compare by value ({@code 1.0} equals {@code 1}).
 */
final class Canonical {

    private Canonical() {
    }

    /**
     * @param json a JSON document
     * @return nested maps, lists, strings, booleans and {@link BigDecimal}s
     */
    static Object of(byte[] json) {
        return of(JsonValue.parse(json));
    }

    private static Object of(JsonValue value) {
        if (value instanceof JsonValue.ObjectValue object) {
            Map<String, Object> members = new HashMap<>();
            object.members().forEach((name, member) -> {
                if (!(member instanceof JsonValue.NullValue)) {
                    members.put(name, of(member));
                }
            });
            return members;
        }
        if (value instanceof JsonValue.ArrayValue array) {
            List<Object> elements = new ArrayList<>();
            array.elements().forEach(element -> elements.add(of(element)));
            return elements;
        }
        if (value instanceof JsonValue.StringValue string) {
            return string.value();
        }
        if (value instanceof JsonValue.NumberValue number) {
            BigDecimal decimal = number.bigDecimalValue().stripTrailingZeros();
            return decimal.signum() == 0 ? BigDecimal.ZERO : decimal;
        }
        if (value instanceof JsonValue.BooleanValue bool) {
            return bool.value();
        }
        return null;
    }
}
