package dev.streamevent.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;

/**
 * Lists that generated writers walk by index. An index loop makes no iterator and half the interface calls of a
 * for-each loop; every list that a generated codec or builder makes allows it, and only a hand-written implementation
 * could return a list that does not.
 */
public final class IndexedLists {

    private IndexedLists() {
    }

    /**
     * {@return the list itself if {@code get(int)} is fast on it, else a copy on which it is}
     *
     * @param list the list to walk
     * @param <E> the element type
     */
    public static <E> List<E> of(List<E> list) {
        return list instanceof RandomAccess ? list : new ArrayList<>(list);
    }
}
