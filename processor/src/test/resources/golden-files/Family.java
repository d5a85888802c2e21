package golden;

import dev.streamevent.StreamEvent;
import dev.streamevent.StreamFamily;

@StreamFamily(discriminator = "kind")
public sealed interface Family permits Family.Created, Family.Delta, UnknownFamily, InvalidFamily {
    String type();

    @StreamEvent(type = "created")
    non-sealed interface Created extends Family {
        String id();
    }

    @StreamEvent(type = "delta")
    non-sealed interface Delta extends Family {
        String delta();
    }
}
