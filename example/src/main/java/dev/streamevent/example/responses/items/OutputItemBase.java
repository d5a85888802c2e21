package dev.streamevent.example.responses.items;

import dev.streamevent.example.responses.Nullable;
import dev.streamevent.example.responses.WireObject;

/** The members every output item shares: its optional {@code status} and the kept unknown members. */
public interface OutputItemBase extends OutputItem, WireObject {
    /**
     * The item's state. An open set: {@code in_progress}, {@code searching}, {@code generating}, {@code interpreting},
     * {@code completed}, {@code incomplete}, {@code failed}; Azure even ends image calls with {@code generating}.
     *
     * @return the status, or {@code null} for item types that have none
     */
    @Nullable
    String status();
}
