package dev.streamevent.runtime;

/**
 * One reader and one writer per thread for the whole-document conveniences ({@link JsonCodec#decode(byte[])},
 * {@link JsonCodec#encode(Object)}, {@link JsonValue#toJson()}), so that once their buffers are warm a call allocates
 * only the values it produces.
 *
 * <p>A codec may call {@code encode} or {@code decode} from inside its own {@code write} or {@code read} (a JSON
 * document carried in a string, say). Such a nested call finds the thread's instance busy and gets a fresh one, so
 * two calls never share a buffer. Buffers that grew large for one big document are dropped on return rather than
 * kept for the life of the thread.
 *
 * <p>Each thread's instance lives in a {@link ThreadLocal}, but looking it up there follows a chain of dependent
 * loads (the thread's map, its table, a weak entry): about 7 ns, 6% of decoding the SMALL benchmark's event. So an
 * instance is looked for first in {@link #lastClaimed}, then in one of {@link #SLOTS} slots chosen by the thread's
 * id, each a few loads and a compare of the owner. Both are read and written without locks. That is safe because an
 * instance never changes hands: a thread may find another thread's instance there, but it recognises it by its
 * final {@link #owner} and ignores it, and only the owner ever stores its own. Threads whose ids share a slot take
 * turns in it: a thread that misses takes the slot (and {@code lastClaimed}) over on its first miss and then only on
 * every {@link #MISSES_BEFORE_CLAIM}th, so that busy threads do not write the shared table on every call. The table
 * may keep the instances of threads that have ended (and those {@code Thread} objects) until other threads take
 * their slots: at most {@code SLOTS + 1} of them, each with at most {@link #MAX_RETAINED_BYTES} of writer buffer and
 * a reader's small scratch.
 */
final class ThreadLocalCache {

    /** Buffers up to this size are kept between calls; larger ones are dropped. */
    private static final int MAX_RETAINED_BYTES = 64 << 10;

    /** How many slots the lookaside table has: a power of two. */
    static final int SLOTS = 64;

    /** After missing its slot, a thread takes it over on its first miss and then on every this-many-th. */
    static final int MISSES_BEFORE_CLAIM = 64;

    /** Where each thread's instance lives, made on the thread's first call. */
    private static final ThreadLocal<ThreadLocalCache> HOME =
            ThreadLocal.withInitial(() -> new ThreadLocalCache(Thread.currentThread()));

    /** The lookaside table: slot {@code id % SLOTS} holds the instance of a thread with such an id, or null. */
    private static final ThreadLocalCache[] BY_THREAD_ID = new ThreadLocalCache[SLOTS];

    /** The instance that last took over its slot: in a program with one busy thread, that thread's. */
    private static ThreadLocalCache lastClaimed;

    /** The thread this instance belongs to. Final, so that any thread that reads a slot sees it set. */
    private final Thread owner;
    private final JsonReader reader = JsonReader.of(new byte[0]);
    private final JsonWriter writer = JsonWriter.create();
    /** How often the owner missed its slot; only the owner touches it. */
    private int misses;

    private ThreadLocalCache(Thread owner) {
        this.owner = owner;
    }

    /** {@return the calling thread's instance} */
    private static ThreadLocalCache current() {
        Thread thread = Thread.currentThread();
        ThreadLocalCache last = lastClaimed;
        if (last != null && last.owner == thread) {
            return last;
        }
        // getId, since threadId is JDK 19+. The id only picks the slot; the owner check is what makes a hit exact.
        int slot = (int) thread.getId() & (SLOTS - 1);
        ThreadLocalCache inSlot = BY_THREAD_ID[slot];
        if (inSlot != null && inSlot.owner == thread) {
            return inSlot;
        }
        return fromHome(slot);
    }

    /** The calling thread's instance, from its {@link ThreadLocal}; now and then it takes over the slot. */
    private static ThreadLocalCache fromHome(int slot) {
        ThreadLocalCache home = HOME.get();
        if (home.misses++ % MISSES_BEFORE_CLAIM == 0) {
            BY_THREAD_ID[slot] = home;
            lastClaimed = home;
        }
        return home;
    }

    /**
     * @param json an array holding UTF-8 JSON bytes
     * @param offset where the document starts
     * @param length how many bytes it has
     * @return a reader over the document with the default limits; hand it back with {@link #giveBack(JsonReader)}
     */
    static JsonReader borrowReader(byte[] json, int offset, int length) {
        JsonReader reader = current().reader;
        if (reader.lent) {
            return JsonReader.of(json, offset, length);
        }
        try {
            reader.reuse(json, offset, length, JsonLimits.DEFAULT);
        } catch (RuntimeException tooLargeOrOutOfBounds) {
            reader.release();
            throw tooLargeOrOutOfBounds;
        }
        reader.lent = true;
        return reader;
    }

    /**
     * @param reader a reader from {@link #borrowReader(byte[], int, int)}; it must not be used afterwards
     */
    static void giveBack(JsonReader reader) {
        // The reader itself knows whether it is a thread's cached one, which spares a second thread-local lookup.
        if (reader.lent) {
            reader.release();
            reader.lent = false;
        }
    }

    /**
     * @return an empty writer with the default depth limit; hand it back with {@link #giveBack(JsonWriter)}
     */
    static JsonWriter borrowWriter() {
        JsonWriter writer = current().writer;
        if (writer.lent) {
            return JsonWriter.create();
        }
        writer.lent = true;
        return writer;
    }

    /**
     * @param writer a writer from {@link #borrowWriter()}; it must not be used afterwards
     */
    static void giveBack(JsonWriter writer) {
        // As with the reader, the writer knows whether it is a thread's cached one.
        if (writer.lent) {
            writer.resetAndTrim(MAX_RETAINED_BYTES);
            writer.lent = false;
        }
    }
}
