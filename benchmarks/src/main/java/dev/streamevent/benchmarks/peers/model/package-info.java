/**
 * The peers' model of the benchmark corpus, written once and shared: Jackson, fastjson2, Gson and Moshi bind its
 * public fields by reflection or bytecode generation, DSL-JSON ({@code @CompiledJson}) and avaje-jsonb ({@code @Json})
 * generate their codecs from it at compile time. Fields are named exactly as on the wire (snake_case), so that no
 * library needs a naming strategy. Each type declares the properties of the catalogue's interface that the corpus
 * sends, with the same Java types; open-ended JSON is {@code Object}. Unknown members are skipped by every library.
 */
package dev.streamevent.benchmarks.peers.model;
