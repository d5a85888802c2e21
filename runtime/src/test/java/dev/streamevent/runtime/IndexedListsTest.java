package dev.streamevent.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedList;
import java.util.List;
import java.util.RandomAccess;

import org.junit.jupiter.api.Test;

/** Generated writers walk lists by index; a list without fast get(int) is copied first, not walked in O(n²). */
class IndexedListsTest {

    @Test
    void aRandomAccessListIsWalkedAsItIs() {
        List<String> list = List.of("a", "b");
        assertSame(list, IndexedLists.of(list));
    }

    @Test
    void aLinkedListIsCopiedInOrder() {
        List<String> linked = new LinkedList<>(List.of("a", "b", "c"));
        List<String> indexed = IndexedLists.of(linked);
        assertTrue(indexed instanceof RandomAccess);
        assertEquals(List.of("a", "b", "c"), indexed);
    }
}
