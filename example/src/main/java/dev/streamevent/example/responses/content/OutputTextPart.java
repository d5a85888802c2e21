package dev.streamevent.example.responses.content;

import dev.streamevent.StreamEvent;
import dev.streamevent.example.responses.Nullable;
import dev.streamevent.example.responses.WireObject;
import dev.streamevent.example.responses.model.Logprob;
import java.util.List;

/** Text the model wrote: content part {@code output_text}. */
@StreamEvent(type = "output_text")
public interface OutputTextPart extends ContentPart, WireObject {
    String text();

    /** @return the citations in the text; unknown kinds decode as {@code UnknownAnnotation} */
    @Nullable
    List<Annotation> annotations();

    /** @return token log probabilities; absent on OpenRouter */
    @Nullable
    List<Logprob> logprobs();
}
