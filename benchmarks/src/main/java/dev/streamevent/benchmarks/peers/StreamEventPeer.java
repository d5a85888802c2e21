package dev.streamevent.benchmarks.peers;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.streamevent.example.responses.events.FunctionCallArgumentsDeltaCodec;
import dev.streamevent.example.responses.events.FunctionCallArgumentsDoneCodec;
import dev.streamevent.example.responses.events.ImageGenerationCallCompletedCodec;
import dev.streamevent.example.responses.events.OutputItemAddedCodec;
import dev.streamevent.example.responses.events.OutputItemDoneCodec;
import dev.streamevent.example.responses.events.ResponseCompletedCodec;
import dev.streamevent.example.responses.events.ResponseCreatedCodec;
import dev.streamevent.example.responses.events.ResponseInProgressCodec;
import dev.streamevent.example.responses.events.ResponseStreamEvent;
import dev.streamevent.example.responses.events.ResponseStreamEventCodec;
import dev.streamevent.runtime.JsonCodec;
import dev.streamevent.runtime.JsonWriter;

/**
 * Ours: the example catalogue's generated codecs, the family dispatcher {@link ResponseStreamEventCodec} and the
 * event codecs. They do more than the peers: they keep unknown members, check duplicates and required members.
 * Encoding reuses one writer per thread, as the runtime intends.
 */
public final class StreamEventPeer implements Peer {

    private static final Map<String, JsonCodec<? extends ResponseStreamEvent>> EVENTS = byType(List.of(
            new Member(ImageGenerationCallCompletedCodec.TYPE, ImageGenerationCallCompletedCodec.INSTANCE),
            new Member(ResponseCreatedCodec.TYPE, ResponseCreatedCodec.INSTANCE),
            new Member(ResponseInProgressCodec.TYPE, ResponseInProgressCodec.INSTANCE),
            new Member(ResponseCompletedCodec.TYPE, ResponseCompletedCodec.INSTANCE),
            new Member(OutputItemAddedCodec.TYPE, OutputItemAddedCodec.INSTANCE),
            new Member(OutputItemDoneCodec.TYPE, OutputItemDoneCodec.INSTANCE),
            new Member(FunctionCallArgumentsDeltaCodec.TYPE, FunctionCallArgumentsDeltaCodec.INSTANCE),
            new Member(FunctionCallArgumentsDoneCodec.TYPE, FunctionCallArgumentsDoneCodec.INSTANCE)));

    private final JsonWriter writer = JsonWriter.create();

    @Override
    public Object decodeFamily(byte[] json) {
        return ResponseStreamEventCodec.INSTANCE.decode(json);
    }

    @Override
    public Decoder concreteDecoder(String type) {
        JsonCodec<? extends ResponseStreamEvent> codec = EVENTS.get(type);
        if (codec == null) {
            throw new IllegalArgumentException("no event codec wired for " + type);
        }
        return codec::decode;
    }

    @Override
    public byte[] encode(Object event) {
        writer.reset();
        ResponseStreamEventCodec.INSTANCE.write(writer, (ResponseStreamEvent) event);
        return writer.toByteArray();
    }

    /** One event codec and the {@code type} it reads. */
    private record Member(String type, JsonCodec<? extends ResponseStreamEvent> codec) {
    }

    private static Map<String, JsonCodec<? extends ResponseStreamEvent>> byType(List<Member> members) {
        return members.stream().collect(Collectors.toUnmodifiableMap(Member::type, Member::codec));
    }
}
