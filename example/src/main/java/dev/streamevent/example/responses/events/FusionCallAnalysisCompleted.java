package dev.streamevent.example.responses.events;

import dev.streamevent.StreamEvent;
import dev.streamevent.example.responses.Nullable;
import dev.streamevent.example.responses.model.FusionAnalysis;

/** The fusion analyst finished its structured analysis: {@code response.fusion_call.analysis.completed}. */
@StreamEvent(type = "response.fusion_call.analysis.completed")
public interface FusionCallAnalysisCompleted extends ItemEvent {
    /** @return the analysis */
    @Nullable
    FusionAnalysis analysis();
}
