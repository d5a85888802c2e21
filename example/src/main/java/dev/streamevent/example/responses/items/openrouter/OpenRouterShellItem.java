package dev.streamevent.example.responses.items.openrouter;

import dev.streamevent.StreamEvent;
import dev.streamevent.example.responses.Nullable;
import dev.streamevent.example.responses.model.ShellAction;
import dev.streamevent.example.responses.model.ShellCommandOutput;
import java.util.List;

/** Shell commands run by OpenRouter: output item {@code openrouter:shell}. */
@StreamEvent(type = "openrouter:shell")
public interface OpenRouterShellItem extends OpenRouterToolItem {
    @Nullable
    String callId();

    @Nullable
    String arguments();

    @Nullable
    ShellAction action();

    @Nullable
    List<ShellCommandOutput> output();
}
