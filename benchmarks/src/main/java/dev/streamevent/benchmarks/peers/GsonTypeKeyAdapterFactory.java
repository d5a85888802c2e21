package dev.streamevent.benchmarks.peers;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;

import dev.streamevent.benchmarks.peers.model.Families;

/**
 * Gson's polymorphism: Gson has none built in, and its documented way (the {@code RuntimeTypeAdapterFactory} of
 * gson-extras, which is not published) reads the object as a tree, looks up {@code type}, and binds the tree with the
 * member's reflective adapter. This is that mechanism, written for one family.
 *
 * @param <T> the family's base type
 */
final class GsonTypeKeyAdapterFactory<T> implements TypeAdapterFactory {

    private final Families<T> family;

    GsonTypeKeyAdapterFactory(Families<T> family) {
        this.family = family;
    }

    @Override
    public <R> TypeAdapter<R> create(Gson gson, TypeToken<R> type) {
        if (type.getRawType() != family.base()) {
            return null;
        }
        TypeAdapter<JsonElement> trees = gson.getAdapter(JsonElement.class);
        Map<String, TypeAdapter<?>> byType = new HashMap<>();
        Map<Class<?>, String> typeByClass = new HashMap<>();
        family.members().forEach((name, member) -> {
            byType.put(name, gson.getDelegateAdapter(this, TypeToken.get(member)));
            typeByClass.put(member, name);
        });
        TypeAdapter<Object> adapter = new TypeAdapter<>() {
            @Override
            public Object read(JsonReader in) throws IOException {
                JsonElement tree = trees.read(in);
                if (tree.isJsonNull()) {
                    return null;
                }
                JsonElement name = tree.getAsJsonObject().get("type");
                TypeAdapter<?> member = name == null ? null : byType.get(name.getAsString());
                if (member == null) {
                    throw new JsonParseException("unknown " + family.base().getSimpleName() + " type " + name);
                }
                return member.fromJsonTree(tree);
            }

            @Override
            public void write(JsonWriter out, Object value) throws IOException {
                if (value == null) {
                    out.nullValue();
                    return;
                }
                String name = typeByClass.get(value.getClass());
                @SuppressWarnings("unchecked")
                TypeAdapter<Object> member = (TypeAdapter<Object>) byType.get(name);
                JsonObject fields = member.toJsonTree(value).getAsJsonObject();
                JsonObject tagged = new JsonObject();
                tagged.addProperty("type", name);
                fields.entrySet().forEach(entry -> tagged.add(entry.getKey(), entry.getValue()));
                trees.write(out, tagged);
            }
        }.nullSafe();
        @SuppressWarnings("unchecked")
        TypeAdapter<R> typed = (TypeAdapter<R>) adapter;
        return typed;
    }
}
