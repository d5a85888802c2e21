package demo;

import dev.streamevent.runtime.JsonCodec;

/** Decodes two events through the family codec and prints what it got, and which modules did the work. */
public final class Main {
    public static void main(String[] args) {
        Event known = EventCodec.INSTANCE.decode("{\"type\":\"response.ping\",\"item_id\":\"item-1\",\"sequence_number\":4}");
        Ping ping = (Ping) known;
        System.out.println("ping " + ping.itemId() + " " + ping.sequenceNumber());
        Event unknown = EventCodec.INSTANCE.decode("{\"type\":\"keepalive\"}");
        System.out.println("unknown " + unknown.type() + " " + EventCodec.INSTANCE.encodeToString(unknown));
        System.out.println("encoded " + PingCodec.INSTANCE.encodeToString(ping));
        System.out.println("modules " + Main.class.getModule().getName() + " " + JsonCodec.class.getModule().getName());
    }
}
