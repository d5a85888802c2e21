package dev.streamevent.processor.roundtrip;

import dev.streamevent.processor.fixtures.Containers;
import dev.streamevent.processor.fixtures.ContainersBuilder;
import dev.streamevent.processor.fixtures.KeepsUnknown;
import dev.streamevent.processor.fixtures.KeepsUnknownBuilder;
import dev.streamevent.processor.fixtures.Nesting;
import dev.streamevent.processor.fixtures.Nesting_CompletedBuilder;
import dev.streamevent.processor.fixtures.Nesting_OutputItemBuilder;
import dev.streamevent.processor.fixtures.Nesting_PartBuilder;
import dev.streamevent.processor.fixtures.Nesting_ResponseBuilder;
import dev.streamevent.processor.fixtures.Nesting_UsageBuilder;
import dev.streamevent.processor.fixtures.Presence;
import dev.streamevent.processor.fixtures.PresenceBuilder;
import dev.streamevent.processor.fixtures.Scalars;
import dev.streamevent.processor.fixtures.ScalarsBuilder;
import dev.streamevent.processor.fixtures.Status;
import dev.streamevent.processor.fixtures.ManyShapes;
import dev.streamevent.processor.fixtures.ManyShapesBuilder;
import dev.streamevent.runtime.JsonValue;
import dev.streamevent.runtime.OpenEnum;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/** Random instances of the fixture types, built through their generated builders. */
final class RandomEvents {
    /** Names the fixtures never declare, for unknown members. */
    static final String UNKNOWN_PREFIX = "x-unknown-";

    private final RandomValues random;

    RandomEvents(RandomValues random) {
        this.random = random;
    }

    Scalars scalars() {
        return ScalarsBuilder.builder()
                .flag(random.chance(50)).count(random.anInt()).total(random.aLong())
                .ratio(random.aFloat()).score(random.aDouble())
                .boxedFlag(random.chance(50)).boxedCount(random.anInt()).boxedTotal(random.aLong())
                .boxedRatio(random.aFloat()).boxedScore(random.aDouble())
                .text(random.string()).amount(random.bigDecimal()).huge(random.bigInteger())
                .metadata(random.json(3))
                .build();
    }

    Containers containers() {
        return ContainersBuilder.builder()
                .tags(random.list(random::string, 4))
                .numbers(random.list(random::anInt, 4))
                .matrix(random.list(() -> random.list(random::aLong, 3), 3))
                .weights(random.map(random::aDouble, 3))
                .groups(random.map(() -> random.list(random::string, 2), 3))
                .records(random.list(() -> random.map(() -> random.json(2), 2), 2))
                .scalars(random.list(this::scalars, 2))
                .scalarsByName(random.map(this::scalars, 2))
                .history(random.list(this::status, 4))
                .flags(random.map(() -> random.map(() -> random.chance(50), 2), 2))
                .build();
    }

    private OpenEnum<Status> status() {
        Status[] known = Status.values();
        return random.chance(70) ? OpenEnum.of(known[random.below(known.length)])
                : OpenEnum.unknown("new_" + random.string());
    }

    Presence presence() {
        PresenceBuilder builder = PresenceBuilder.builder().id(random.string());
        sometimes(() -> builder.note(random.string()));
        sometimes(() -> builder.code(random.anInt()));
        sometimes(() -> builder.aliases(random.list(random::string, 3)));
        sometimes(() -> builder.label(Optional.of(random.string())));
        sometimes(() -> builder.details(Optional.of(scalars())));
        sometimes(() -> builder.tags(Optional.of(random.list(random::string, 3))));
        sometimes(() -> builder.index(OptionalInt.of(random.anInt())));
        sometimes(() -> builder.createdAt(OptionalLong.of(random.aLong())));
        sometimes(() -> builder.temperature(OptionalDouble.of(random.aDouble())));
        sometimes(() -> builder.summaryIndex(random.anInt()));
        sometimes(() -> builder.role(random.string()));
        return builder.build();
    }

    Nesting.Completed completed() {
        Nesting.Response response = Nesting_ResponseBuilder.builder()
                .id(random.string())
                .output(random.list(() -> Nesting_OutputItemBuilder.builder()
                        .id(random.string())
                        .content(random.list(() -> Nesting_PartBuilder.builder()
                                .type(random.string()).text(random.string()).build(), 3))
                        .build(), 3))
                .usage(random.chance(50) ? Optional.empty() : Optional.of(Nesting_UsageBuilder.builder()
                        .inputTokens(random.anInt()).outputTokens(random.anInt()).build()))
                .build();
        return Nesting_CompletedBuilder.builder().response(response).sequenceNumber(random.anInt()).build();
    }

    KeepsUnknown keepsUnknown() {
        return KeepsUnknownBuilder.builder()
                .itemId(random.string())
                .status(random.chance(50) ? null : random.string())
                .unknownFields(unknownMembers())
                .build();
    }

    /** Every shape at once, in a type large enough that its codec fills the value in place. */
    ManyShapes manyShapes() {
        ManyShapesBuilder builder = ManyShapesBuilder.builder()
                .id(random.string()).flag(random.chance(50)).count(random.anInt()).total(random.aLong())
                .ratio(random.aFloat()).score(random.aDouble()).boxedCount(random.anInt())
                .amount(random.bigDecimal()).metadata(random.json(3)).status(status()).scalars(scalars())
                .tags(random.list(random::string, 4)).totals(random.map(random::aLong, 3)).model(random.string())
                .unknownFields(unknownMembers());
        sometimes(() -> builder.note(random.string()));
        sometimes(() -> builder.aliases(random.list(random::string, 3)));
        sometimes(() -> builder.store(random.chance(50)));
        sometimes(() -> builder.label(Optional.of(random.string())));
        sometimes(() -> builder.details(Optional.of(scalars())));
        sometimes(() -> builder.groups(Optional.of(random.list(random::string, 3))));
        sometimes(() -> builder.index(OptionalInt.of(random.anInt())));
        sometimes(() -> builder.createdAt(OptionalLong.of(random.aLong())));
        sometimes(() -> builder.temperature(OptionalDouble.of(random.aDouble())));
        sometimes(() -> builder.summaryIndex(random.anInt()));
        sometimes(() -> builder.role(random.string()));
        return builder.build();
    }

    /** Runs {@code set} half of the time: for a member that may be absent. */
    private void sometimes(Runnable set) {
        if (random.chance(50)) {
            set.run();
        }
    }

    private Map<String, JsonValue> unknownMembers() {
        Map<String, JsonValue> members = new LinkedHashMap<>();
        random.map(() -> random.json(2), 3).forEach((name, value) -> members.put(UNKNOWN_PREFIX + name, value));
        return members;
    }

    /** A JSON value to add as an unknown member. */
    JsonValue anyJson() {
        return random.json(3);
    }
}
