package dev.streamevent.example.cli;

import dev.streamevent.runtime.InvalidMember;
import dev.streamevent.runtime.UnknownMember;

/** Whether a decoded event is a typed member, an unknown type kept raw, or invalid input kept raw. */
enum EventKind {
    TYPED, UNKNOWN, INVALID;

    static EventKind of(Object event) {
        if (event instanceof UnknownMember) {
            return UNKNOWN;
        }
        return event instanceof InvalidMember ? INVALID : TYPED;
    }
}
