package dev.streamevent.example.responses.items.openrouter;

import dev.streamevent.StreamEvent;
import dev.streamevent.example.responses.Nullable;
import dev.streamevent.example.responses.model.FusionAnalysis;
import dev.streamevent.example.responses.model.FusionFailedModel;
import dev.streamevent.example.responses.model.FusionPanelResponse;
import dev.streamevent.example.responses.model.FusionSource;
import java.util.List;

/** A fusion run (a model panel plus an analyst): output item {@code openrouter:fusion}. */
@StreamEvent(type = "openrouter:fusion")
public interface OpenRouterFusionItem extends OpenRouterToolItem {
    @Nullable
    FusionAnalysis analysis();

    @Nullable
    List<FusionPanelResponse> responses();

    @Nullable
    List<FusionFailedModel> failedModels();

    @Nullable
    List<FusionSource> sources();

    @Nullable
    String error();

    /** @return {@code all_panels_failed}, {@code insufficient_credits}, {@code rate_limited}, ... */
    @Nullable
    String failureReason();
}
