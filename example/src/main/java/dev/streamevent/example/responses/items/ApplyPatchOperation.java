package dev.streamevent.example.responses.items;

import dev.streamevent.StreamFamily;

/** The file operation of an apply-patch call: the family keyed on {@code type} ({@code create_file}, {@code update_file}, {@code delete_file}). */
@StreamFamily
public interface ApplyPatchOperation {
    /** @return {@code create_file}, {@code update_file} or {@code delete_file} */
    String type();
}
