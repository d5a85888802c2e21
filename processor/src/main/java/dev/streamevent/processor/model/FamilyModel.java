package dev.streamevent.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * A family of events: a base interface and its {@code @StreamEvent} members, dispatched on one discriminator member.
 * Not generated yet (issue 6); the shape is fixed here so that the event model already fits it.
 *
 * @param base the family's base interface
 * @param discriminator the JSON member that tells members apart, {@code "type"} by default
 * @param members the members, sorted by their discriminator value so that output is deterministic
 */
public record FamilyModel(ClassName base, String discriminator, List<EventModel> members) {

    public FamilyModel {
        members = List.copyOf(members);
    }
}
