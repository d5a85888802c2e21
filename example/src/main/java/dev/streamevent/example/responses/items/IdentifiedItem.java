package dev.streamevent.example.responses.items;

/** An output item whose {@code id} is always sent. */
public interface IdentifiedItem extends OutputItemBase {
    /** @return the item id, which item events name as {@code item_id} */
    String id();
}
