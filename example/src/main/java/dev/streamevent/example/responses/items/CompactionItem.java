package dev.streamevent.example.responses.items;

import dev.streamevent.StreamEvent;
import dev.streamevent.example.responses.Nullable;

/** A compacted (encrypted) summary of earlier context: output item {@code compaction}. */
@StreamEvent(type = "compaction")
public interface CompactionItem extends IdentifiedItem {
    @Nullable
    String encryptedContent();
}
