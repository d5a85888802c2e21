package dev.streamevent.benchmarks.peers.model;

import com.dslplatform.json.CompiledJson;
import io.avaje.jsonb.Json;

/** The text settings of a response; the format is open-ended JSON. */
@Json
@CompiledJson
public class TextConfig {
    public Object format;
    public String verbosity;
}
