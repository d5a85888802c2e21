package dev.streamevent.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * A family of events: a base interface and its {@code @StreamEvent} members, dispatched on one discriminator member.
 *
 * @param base the family's base interface
 * @param discriminator the JSON member that tells members apart, {@code "type"} by default
 * @param members the members, sorted by their type value so that output is deterministic
 * @param names the generated classes
 */
public record FamilyModel(ClassName base, String discriminator, List<Member> members, Names names) {

    public FamilyModel {
        members = List.copyOf(members);
    }

    /**
     * One member of the family.
     *
     * @param typeValue its discriminator value
     * @param type its interface
     * @param codec its generated codec
     */
    public record Member(String typeValue, ClassName type, ClassName codec) {
    }

    /**
     * The classes generated for a family base {@code Bar} (nested {@code Outer.Bar} flattens to {@code Outer_Bar}):
     * {@code BarCodec}, {@code UnknownBar}, {@code InvalidBar} and {@code BarVisitor}, all in its package.
     */
    public record Names(ClassName codec, ClassName unknown, ClassName invalid, ClassName visitor) {

        public static Names of(ClassName base) {
            String flat = String.join("_", base.simpleNames());
            String pkg = base.packageName();
            return new Names(GeneratedNames.of(base).codec(), ClassName.get(pkg, "Unknown" + flat),
                    ClassName.get(pkg, "Invalid" + flat), ClassName.get(pkg, flat + "Visitor"));
        }
    }
}
