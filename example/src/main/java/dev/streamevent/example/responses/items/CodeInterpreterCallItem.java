package dev.streamevent.example.responses.items;

import dev.streamevent.StreamEvent;
import dev.streamevent.example.responses.Nullable;
import java.util.List;

/** A hosted code interpreter run: output item {@code code_interpreter_call}. */
@StreamEvent(type = "code_interpreter_call")
public interface CodeInterpreterCallItem extends IdentifiedItem {
    @Nullable
    String containerId();

    @Nullable
    String code();

    /** @return logs and images the code produced */
    @Nullable
    List<CodeInterpreterOutput> outputs();
}
