/** The seed event from the spec page the project started from, as a standalone {@code @StreamEvent}. */
package dev.streamevent.example.seed;
