package dev.streamevent.example.responses.events;

import dev.streamevent.StreamEvent;
import dev.streamevent.example.responses.Nullable;

/** The fusion analyst (judge) model started its structured analysis: {@code response.fusion_call.analysis.in_progress}. */
@StreamEvent(type = "response.fusion_call.analysis.in_progress")
public interface FusionCallAnalysisInProgress extends ItemEvent {
    /** @return the analyst model's slug (the current SDK name) */
    @Nullable
    String analystModel();

    /** @return the analyst model's slug under its earlier name */
    @Nullable
    String judgeModel();
}
